package dev.valuenet.validation.checks;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.metrics.resilience.Redundancy;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * An actor with several suppliers of goods and services whose yearly volumes are concentrated:
 * Herfindahl-Hirschman index of the supplier shares above {@value #THRESHOLD} (the US DoJ calls
 * above 0.25 "highly concentrated"; 0.5 means one supplier holds most of it).
 */
public final class SupplierConcentration extends BasicCheck {

	public SupplierConcentration() {
		super(IssueCodes.SUPPLIER_CONCENTRATION, Cost.NORMAL);
	}

	public static final double THRESHOLD = 0.5;

	@Override
	public void check(CheckContext context) {
		LayerGraph supply = context.analysis().supplyGraph();
		Redundancy redundancy = Redundancy.of(supply.graph());
		for (int v = 0; v < supply.graph().nodeCount(); v++) {
			if (redundancy.suppliers(v) >= 2 && redundancy.inflow(v) > 0 && NetworkAnalysis.allValued(supply, v) && redundancy.hhi(v) > THRESHOLD) {
				context.report(CheckContext.Severity.INFO, String.format(
						"%s's %d suppliers are concentrated (HHI %.2f > %.2f): one of them delivers most of the volume.",
						supply.node(v).simpleName(), redundancy.suppliers(v), redundancy.hhi(v), THRESHOLD),
						supply.node(v).source(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}
}
