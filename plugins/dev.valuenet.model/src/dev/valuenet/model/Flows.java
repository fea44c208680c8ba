package dev.valuenet.model;

import java.util.OptionalDouble;

/**
 * Derived facts about a flow that every consumer (validator, exporter, analysis) must compute the
 * same way: its effective value kind, tangibility, the exchange it belongs to, and its magnitude
 * normalized to a yearly amount in the network currency.
 */
public final class Flows {

	private Flows() {
	}

	/** The value kind, taken from the declared value object when the flow carries one. */
	public static ValueKind kind(Flow flow) {
		if (flow.getKind() != ValueKind.UNSPECIFIED) {
			return flow.getKind();
		}
		ValueObject value = flow.getValue();
		return value != null && !value.eIsProxy() ? value.getKind() : ValueKind.UNSPECIFIED;
	}

	public static boolean isIntangible(Flow flow) {
		return switch (flow.getTangibility()) {
			case TANGIBLE -> false;
			case INTANGIBLE -> true;
			default -> Units.isIntangibleByDefault(kind(flow));
		};
	}

	/** The exchange a flow is part of, or null for a stand-alone flow. */
	public static Exchange exchange(Flow flow) {
		return flow.eContainer() instanceof Exchange exchange ? exchange : null;
	}

	/**
	 * Occurrences per year. Flows of an exchange with a volume happen once per occurrence of the
	 * exchange; other flows (and exchange flows without a volume) by their own period ({@code /month})
	 * or frequency ({@code weekly}), once a year when neither is given.
	 */
	public static OptionalDouble occurrencesPerYear(Flow flow) {
		Exchange exchange = exchange(flow);
		if (exchange != null && exchange.getVolume() != null) {
			Quantity volume = exchange.getVolume();
			OptionalDouble per = volume.getPer() == null ? OptionalDouble.of(1) : Units.periodsPerYear(volume.getPer());
			return per.isPresent() ? OptionalDouble.of(volume.getAmount() * per.getAsDouble()) : OptionalDouble.empty();
		}
		if (exchange != null && exchange.getPer() != null) {
			return OptionalDouble.empty(); // counted per occurrence but no volume: unknown (reported by the validator)
		}
		Quantity quantity = flow.getQuantity();
		if (quantity != null && quantity.getPer() != null) {
			return Units.periodsPerYear(quantity.getPer());
		}
		return OptionalDouble.of(Units.perYear(flow.getFrequency()));
	}

	/**
	 * The flow's magnitude per year, converted to the network currency when it is a currency amount,
	 * or empty when it has no magnitude or cannot be normalized (unknown period, missing rate or volume).
	 */
	public static OptionalDouble yearlyAmount(Flow flow, CurrencyTable currencies) {
		Quantity quantity = flow.getQuantity();
		if (quantity == null) {
			return OptionalDouble.empty();
		}
		OptionalDouble occurrences = occurrencesPerYear(flow);
		if (occurrences.isEmpty()) {
			return OptionalDouble.empty();
		}
		double amount = quantity.getAmount() * occurrences.getAsDouble();
		if (Units.isCurrency(quantity.getUnit())) {
			OptionalDouble rate = currencies.rate(quantity.getUnit());
			return rate.isPresent() ? OptionalDouble.of(amount * rate.getAsDouble()) : OptionalDouble.empty();
		}
		return OptionalDouble.of(amount);
	}
}
