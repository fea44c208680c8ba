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
	 * or empty when it has no magnitude or cannot be normalized (unknown period, missing rate or volume, too large
	 * for a double).
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
			amount = rate.isPresent() ? amount * rate.getAsDouble() : Double.NaN;
		}
		// an amount too large for a double (reported as vnet.number-out-of-range) is no amount: never Infinity in a sum
		return Double.isFinite(amount) ? OptionalDouble.of(amount) : OptionalDouble.empty();
	}

	/**
	 * The price that values a flow per unit of its magnitude: the flow's own {@code price}, else its value
	 * object's; null when neither states one.
	 */
	public static Quantity price(Flow flow) {
		if (flow.getPrice() != null) {
			return flow.getPrice();
		}
		ValueObject value = flow.getValue();
		return value != null && !value.eIsProxy() ? value.getPrice() : null;
	}

	/**
	 * The unit a price is counted per: its own {@code /PER}; for a value object's price without one, the
	 * object's {@code unit}; null when the price applies to whatever unit the flow is measured in.
	 */
	public static String priceUnit(Flow flow, Quantity price) {
		if (price.getPer() != null) {
			return price.getPer();
		}
		ValueObject value = flow.getValue();
		return price != flow.getPrice() && value != null && !value.eIsProxy() ? value.getUnit() : null;
	}

	/**
	 * Whether two free-text units name the same thing, ignoring case and a plural ending
	 * ({@code unit}/{@code units}, {@code policy}/{@code policies}); currencies and periods are not units here.
	 */
	public static boolean sameUnit(String a, String b) {
		return a != null && b != null && singular(a).equals(singular(b));
	}

	private static String singular(String unit) {
		String u = unit.toLowerCase(java.util.Locale.ROOT);
		if (u.length() > 3 && u.endsWith("ies")) {
			return u.substring(0, u.length() - 3) + "y";
		}
		return u.length() > 1 && u.endsWith("s") && !u.endsWith("ss") ? u.substring(0, u.length() - 1) : u;
	}

	/**
	 * A flow's perceived value per year in the network currency, from its {@code worth}: per period when the
	 * worth names one ({@code 30k EUR/year}), else per occurrence of the flow. Empty when not given or not
	 * normalizable (unknown currency, unknown occurrences, a {@code /PER} that is not a period).
	 */
	public static OptionalDouble worthPerYear(Flow flow, Quantity worth, CurrencyTable currencies) {
		if (worth == null) {
			return OptionalDouble.empty();
		}
		OptionalDouble rate = currencies.rate(worth.getUnit());
		OptionalDouble times = worth.getPer() != null ? Units.periodsPerYear(worth.getPer()) : occurrencesPerYear(flow);
		if (rate.isEmpty() || times.isEmpty()) {
			return OptionalDouble.empty();
		}
		return finite(worth.getAmount() * times.getAsDouble() * rate.getAsDouble());
	}

	private static OptionalDouble finite(double value) {
		return Double.isFinite(value) && value >= 0 ? OptionalDouble.of(value) : OptionalDouble.empty();
	}
}
