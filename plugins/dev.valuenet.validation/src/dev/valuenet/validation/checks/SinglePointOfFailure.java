package dev.valuenet.validation.checks;

import java.util.List;
import java.util.Map;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.whatif.WhatIfAnalysis;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * An actor is a single point of failure when its exit cuts a customer segment off from all its
 * supply: on the goods-and-services graph, every path from the origins of supply (actors without
 * supply inflow) to the segment passes through it, i.e. it dominates the segment. The query is
 * the what-if exit's, for all actors at once ({@link WhatIfAnalysis#cutOffSegments}).
 */
public final class SinglePointOfFailure extends BasicCheck {

	public SinglePointOfFailure() {
		super(IssueCodes.SINGLE_POINT_OF_FAILURE, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		LayerGraph supply = context.analysis().supplyGraph();
		for (Map.Entry<Integer, List<String>> entry : WhatIfAnalysis.cutOffSegments(supply).entrySet()) {
			int v = entry.getKey();
			context.report(CheckContext.Severity.WARNING, "If " + supply.node(v).simpleName() + " exits, segment(s) "
					+ String.join(", ", entry.getValue()) + " lose all their supply; add an alternative partner or channel.",
					supply.node(v).source(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
		}
	}
}
