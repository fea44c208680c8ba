package dev.valuenet.analysis;

/** Where a flow's yearly value in the network currency comes from (docs/language.md, "Value"). */
public enum Valuation {
	/** A money flow: its yearly amount. */
	MONEY("money amount"),
	/** A non-money flow measured in a currency: its yearly amount. */
	MAGNITUDE("amount in currency"),
	/** The flow's own {@code price} times its yearly amount. */
	FLOW_PRICE("flow price"),
	/** The flow's own {@code worth} (perceived value). */
	WORTH("perceived worth"),
	/** Its value object's {@code price} times its yearly amount. */
	OBJECT_PRICE("value object price"),
	/** The money that comes back for it (in its exchange, or between the same two participants). */
	RECIPROCAL("reciprocal money"),
	/** Not valued: left out of every value figure, and counted. */
	NONE("not valued");

	private final String label;

	Valuation(String label) {
		this.label = label;
	}

	/** A short phrase for outputs ("flow price"). */
	public String label() {
		return label;
	}
}
