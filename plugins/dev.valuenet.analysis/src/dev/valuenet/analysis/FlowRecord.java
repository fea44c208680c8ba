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
 * @param amountPerYear magnitude per year in {@code unit}; NaN when unknown. A physical amount: never add
 *                      it to amounts of another unit (use {@link #valuePerYear()} to sum flows)
 * @param leadDays      lead time in days, NaN when not given
 * @param cost          cost per transfer in the network currency, NaN when not given
 * @param accuracy      accuracy in [0, 1], NaN when not given
 * @param unit          unit of {@code amountPerYear}: the network currency for currency amounts, the written unit
 *                      otherwise; null without a magnitude
 * @param pricing       the price and worth the model states for it
 * @param value         its yearly value in the network currency (see {@link FlowValuation})
 */
public record FlowRecord(Flow source, String from, String to, ValueKind kind, String layer, double amountPerYear,
		double leadDays, double cost, double accuracy, String unit, Pricing pricing, FlowValue value) {

	/** Goods and services: the supply that reaches customer segments. */
	public boolean isSupply() {
		return kind == ValueKind.GOODS || kind == ValueKind.SERVICE;
	}

	/** Yearly value in the network currency; NaN when the flow cannot be valued. */
	public double valuePerYear() {
		return value.perYear();
	}

	/** Whether the flow has a value in the network currency. */
	public boolean valued() {
		return value.known();
	}

	FlowRecord withEnds(String newFrom, String newTo) {
		return new FlowRecord(source, newFrom, newTo, kind, layer, amountPerYear, leadDays, cost, accuracy, unit, pricing, value);
	}

	FlowRecord withValue(FlowValue newValue) {
		return new FlowRecord(source, from, to, kind, layer, amountPerYear, leadDays, cost, accuracy, unit, pricing, newValue);
	}
}
