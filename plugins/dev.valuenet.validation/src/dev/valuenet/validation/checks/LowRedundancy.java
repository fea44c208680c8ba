package dev.valuenet.validation.checks;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.resilience.Redundancy;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * A critical inflow without redundancy: an actor that passes goods or services on towards a
 * customer segment (it has supply inflows and outflows) but receives them from a single supplier.
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
		for (int v = 0; v < g.nodeCount(); v++) {
			if (!supply.node(v).isSegment() && redundancy.suppliers(v) == 1 && g.outDegree(v) > 0) {
				context.report(CheckContext.Severity.INFO, supply.node(v).simpleName() + " gets its goods and services from "
						+ supply.node(g.inNeighbor(v, 0)).simpleName() + " alone; a second source would make this inflow redundant.",
						supply.node(v).source(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}
}
