package dev.valuenet.validation.checks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.clustering.Partition;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * A community (Leiden, all layers) whose members are linked to the rest of the network through a
 * single pair of actors: losing that relationship isolates the community.
 */
public final class SingleBridgeCommunity extends BasicCheck {

	public SingleBridgeCommunity() {
		super(IssueCodes.SINGLE_BRIDGE_COMMUNITY, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		LayerGraph all = context.analysis().graph(LayerGraph.ALL);
		MetricsGraph g = all.graph();
		Partition partition = context.analysis().communities(LayerGraph.ALL);
		if (partition.communityCount() < 2) {
			return;
		}
		Map<Integer, Set<List<Integer>>> crossPairs = new HashMap<>();
		int[] membership = partition.membership();
		for (int e = 0; e < g.edgeCount(); e++) {
			int u = g.source(e);
			int v = g.target(e);
			if (membership[u] != membership[v]) {
				List<Integer> pair = List.of(Math.min(u, v), Math.max(u, v));
				crossPairs.computeIfAbsent(membership[u], k -> new HashSet<>()).add(pair);
				crossPairs.computeIfAbsent(membership[v], k -> new HashSet<>()).add(pair);
			}
		}
		for (Map.Entry<Integer, Set<List<Integer>>> entry : crossPairs.entrySet()) {
			if (entry.getValue().size() == 1) {
				List<Integer> pair = entry.getValue().iterator().next();
				int inside = membership[pair.get(0)] == entry.getKey() ? pair.get(0) : pair.get(1);
				int outside = inside == pair.get(0) ? pair.get(1) : pair.get(0);
				context.report(CheckContext.Severity.INFO, "The community around " + all.node(inside).simpleName()
						+ " is linked to the rest of the network only through " + all.node(inside).simpleName() + " -- "
						+ all.node(outside).simpleName() + "; a second relationship would keep it connected.",
						all.node(inside).source(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}
}
