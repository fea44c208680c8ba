package dev.valuenet.analysis;

import dev.valuenet.model.Flow;
import dev.valuenet.model.ValueKind;

/**
 * One flow of a resolved network, after scenario edits.
 *
 * @param source        the declaring flow (for locating diagnostics)
 * @param from          qualified name of the giver
 * @param to            qualified name of the receiver
 * @param kind          value kind
 * @param layer         name of its layer, or null when no layer groups it
 * @param amountPerYear magnitude per year in the network currency (money) or its unit; NaN when unknown
 * @param leadDays      lead time in days, NaN when not given
 * @param cost          cost per transfer in the network currency, NaN when not given
 * @param accuracy      accuracy in [0, 1], NaN when not given
 */
public record FlowRecord(Flow source, String from, String to, ValueKind kind, String layer, double amountPerYear,
		double leadDays, double cost, double accuracy) {

	/** Goods and services: the supply that reaches customer segments. */
	public boolean isSupply() {
		return kind == ValueKind.GOODS || kind == ValueKind.SERVICE;
	}

	FlowRecord withEnds(String newFrom, String newTo) {
		return new FlowRecord(source, newFrom, newTo, kind, layer, amountPerYear, leadDays, cost, accuracy);
	}
}
