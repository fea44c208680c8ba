package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.flow.FlowEfficiency;

/**
 * The value paths of a network: for every customer segment and every actor that reaches it over
 * goods and services, the fastest path (least lead time, then least cost) with its lead time, cost,
 * accuracy and slowest step. The segment itself and actors that do not reach it are left out.
 */
final class ValuePaths {

	private ValuePaths() {
	}

	static List<ValuePath> of(LayerGraph supply) {
		MetricsGraph g = supply.graph();
		FlowEfficiency efficiency = new FlowEfficiency(g, supply.leadDays(), supply.cost(), supply.accuracy());
		List<ValuePath> result = new ArrayList<>();
		for (int s : supply.segments()) {
			FlowEfficiency.Paths paths = efficiency.toSegment(s);
			for (int u = 0; u < g.nodeCount(); u++) {
				if (u == s || !paths.reachable(u) || supply.node(u).isSegment()) {
					continue;
				}
				int[] edges = paths.path(u);
				List<String> nodes = new ArrayList<>(edges.length + 1);
				nodes.add(supply.node(u).name());
				int withoutLead = 0;
				for (int e : edges) {
					nodes.add(supply.node(g.target(e)).name());
					if (supply.flows(e).stream().allMatch(f -> Double.isNaN(f.leadDays()))) {
						withoutLead++;
					}
				}
				int slow = paths.bottleneck(u);
				result.add(new ValuePath(supply.node(u).name(), supply.node(s).name(), edges.length, paths.leadTime(u), paths.cost(u),
						paths.accuracy(u), supply.node(g.source(slow)).name(), supply.node(g.target(slow)).name(), supply.leadDays()[slow],
						withoutLead, List.copyOf(nodes)));
			}
		}
		return List.copyOf(result);
	}
}
