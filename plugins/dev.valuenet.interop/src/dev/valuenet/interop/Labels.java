package dev.valuenet.interop;

import dev.valuenet.interop.NetworkTables.FlowRow;

/** Short human labels for pictures (DOT, Mermaid). */
final class Labels {

	private Labels() {
	}

	/** "money 2.4M EUR/year" or "Steel 3.2k t/year": the value and its yearly magnitude when known. */
	static String flow(FlowRow flow) {
		String what = flow.valueObject() != null ? flow.valueObject() : flow.kind();
		if (Double.isNaN(flow.amountPerYear()) || flow.yearlyUnit() == null) {
			return what;
		}
		return what + " " + compact(flow.amountPerYear()) + " " + flow.yearlyUnit() + "/year";
	}

	/** 2400000 as 2.4M, 3200 as 3.2k: the .vnet spelling of magnitudes. */
	static String compact(double value) {
		double abs = Math.abs(value);
		String[] suffixes = { "T", "B", "M", "k" };
		double[] scales = { 1e12, 1e9, 1e6, 1e3 };
		for (int i = 0; i < scales.length; i++) {
			if (abs >= scales[i]) {
				return Columns.plain(Math.round(value / scales[i] * 100) / 100.0) + suffixes[i];
			}
		}
		return Columns.plain(Math.round(value * 100) / 100.0);
	}
}
