package dev.valuenet.validation.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.resilience.Dominators;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * An actor is a single point of failure when its exit cuts a customer segment off from all its
 * supply: on the goods-and-services graph, every path from the origins of supply (actors without
 * supply inflow) to the segment passes through it, i.e. it dominates the segment. One dominator
 * computation answers this for all actors at once (a what-if exit per actor was 10x slower on the
 * 5,000-actor example).
 */
public final class SinglePointOfFailure extends BasicCheck {

	public SinglePointOfFailure() {
		super(IssueCodes.SINGLE_POINT_OF_FAILURE, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		LayerGraph supply = context.analysis().supplyGraph();
		for (Map.Entry<Integer, List<String>> entry : cutOffSegments(supply).entrySet()) {
			int v = entry.getKey();
			context.report(CheckContext.Severity.WARNING, "If " + supply.node(v).simpleName() + " exits, segment(s) "
					+ String.join(", ", entry.getValue()) + " lose all their supply; add an alternative partner or channel.",
					supply.node(v).source(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
		}
	}

	/** Actor node -> names of the segments it alone connects to supply, in node order. */
	public static Map<Integer, List<String>> cutOffSegments(LayerGraph supply) {
		MetricsGraph g = supply.graph();
		List<Integer> origins = new ArrayList<>();
		for (int v = 0; v < g.nodeCount(); v++) {
			if (g.inDegree(v) == 0 && g.outDegree(v) > 0 && !supply.node(v).isSegment()) {
				origins.add(v);
			}
		}
		Dominators dominators = Dominators.of(g, origins.stream().mapToInt(Integer::intValue).toArray());
		Map<Integer, List<String>> result = new LinkedHashMap<>();
		for (int segment : supply.segments()) {
			for (int x : dominators.strictDominators(segment)) {
				if (!supply.node(x).isSegment()) {
					result.computeIfAbsent(x, k -> new ArrayList<>()).add(supply.node(segment).simpleName());
				}
			}
		}
		return result;
	}
}
