package dev.valuenet.validation.checks;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.metrics.resilience.Redundancy;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * An actor (not a customer segment) whose goods and services come mostly from one of its suppliers. The Herfindahl-Hirschman
 * index H of the supplier shares is at least 1/n for n suppliers (equal shares), so a fixed bound
 * would call any two equal suppliers "concentrated". The check fires only when H exceeds both
 * {@value #BOUND} and the equal-share value 1/n by {@value #MARGIN}: two suppliers above 0.6 (the
 * larger share above 72%), three or more above 0.5. Since H is at most the largest share, H above 0.5
 * means one supplier delivers more than half, which is what the finding says (docs/metrics.md).
 */
public final class SupplierConcentration extends BasicCheck {

	public SupplierConcentration() {
		super(IssueCodes.SUPPLIER_CONCENTRATION, Cost.NORMAL);
	}

	/** HHI above which supply counts as concentrated whatever the number of suppliers. */
	public static final double BOUND = 0.5;
	/** How far above the equal-share HHI 1/n the index must be. */
	public static final double MARGIN = 0.1;

	/** The HHI above which {@code suppliers} suppliers are concentrated. */
	public static double threshold(int suppliers) {
		return Math.max(BOUND, 1.0 / suppliers + MARGIN);
	}

	@Override
	public void check(CheckContext context) {
		LayerGraph supply = context.analysis().supplyGraph();
		Redundancy redundancy = Redundancy.of(supply.graph());
		for (int v = 0; v < supply.graph().nodeCount(); v++) {
			int n = redundancy.suppliers(v);
			// a customer segment buying from several makers is a market, not a supplier base
			// an inflow without a value makes the shares unknown (NetworkAnalysis.allValued): no finding
			if (n < 2 || !(redundancy.inflow(v) > 0) || supply.node(v).isSegment() || !NetworkAnalysis.allValued(supply, v)) {
				continue;
			}
			double hhi = redundancy.hhi(v);
			double threshold = threshold(n);
			if (hhi > threshold) {
				String[] shown = Figures.apart(hhi, threshold, 2);
				context.report(CheckContext.Severity.INFO, String.format(
						"%s's %d suppliers are concentrated (HHI %s > %s, the bound for %d suppliers): one of them delivers most of the value.",
						supply.node(v).simpleName(), n, shown[0], shown[1], n),
						supply.node(v).source(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}
}
