package dev.valuenet.analysis;

/**
 * The yearly value of a flow in the network currency, where it comes from, and why it is missing.
 *
 * @param perYear value per year in the network currency; NaN when the flow cannot be valued
 * @param source  how the value was found ({@link Valuation#NONE} when it was not)
 * @param note    for an unvalued flow, what is missing and what to write (empty otherwise)
 */
public record FlowValue(double perYear, Valuation source, String note) {

	static final FlowValue PENDING = new FlowValue(Double.NaN, Valuation.NONE, "");

	static FlowValue of(double perYear, Valuation source) {
		return Double.isFinite(perYear) && perYear >= 0 ? new FlowValue(perYear, source, "")
				: none("its " + source.label() + " is not a finite amount");
	}

	static FlowValue none(String note) {
		return new FlowValue(Double.NaN, Valuation.NONE, note);
	}

	public boolean known() {
		return source != Valuation.NONE;
	}
}
