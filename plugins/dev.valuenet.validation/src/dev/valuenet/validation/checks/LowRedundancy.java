package dev.valuenet.validation.checks;

import java.util.ArrayDeque;
import java.util.Deque;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.resilience.Redundancy;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * A critical inflow without redundancy: an actor on a path of goods and services to a customer
 * segment (it passes them on, and a chain of supply flows leads from it to a segment) that receives
 * them from a single supplier. An actor whose outflows reach no segment is not on a value path to a
 * customer, so its single source endangers no segment.
 */
public final class LowRedundancy extends BasicCheck {

	public LowRedundancy() {
		super(IssueCodes.LOW_REDUNDANCY, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		LayerGraph supply = context.analysis().supplyGraph();
		MetricsGraph g = supply.graph();
		Redundancy redundancy = Redundancy.of(g);
		boolean[] towardsSegment = reachesSegment(supply);
		for (int v = 0; v < g.nodeCount(); v++) {
			if (!supply.node(v).isSegment() && towardsSegment[v] && redundancy.suppliers(v) == 1 && g.outDegree(v) > 0) {
				context.report(CheckContext.Severity.INFO, supply.node(v).simpleName() + " gets its goods and services from "
						+ supply.node(g.inNeighbor(v, 0)).simpleName() + " alone; a second source would make this inflow redundant.",
						supply.node(v).source(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}

	/** Nodes from which a chain of supply flows leads to a segment (breadth-first over in-edges from the segments). */
	static boolean[] reachesSegment(LayerGraph supply) {
		MetricsGraph g = supply.graph();
		boolean[] reaches = new boolean[g.nodeCount()];
		Deque<Integer> queue = new ArrayDeque<>();
		for (int s : supply.segments()) {
			reaches[s] = true;
			queue.add(s);
		}
		while (!queue.isEmpty()) {
			int v = queue.poll();
			for (int k = 0; k < g.inDegree(v); k++) {
				int u = g.inNeighbor(v, k);
				if (!reaches[u]) {
					reaches[u] = true;
					queue.add(u);
				}
			}
		}
		return reaches;
	}
}
