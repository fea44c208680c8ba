package dev.valuenet.model;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The units of the .vnet language: currencies, periods (for per-year normalization), durations
 * and the default tangibility of each value kind. One place, so the validator, the exporter and
 * the analysis agree on what "2.4M EUR/year" and "weekly" mean.
 */
public final class Units {

	private static final Map<String, Double> PERIODS_PER_YEAR = Map.ofEntries(
			Map.entry("hour", 8760.0), Map.entry("hours", 8760.0), Map.entry("h", 8760.0),
			Map.entry("day", 365.0), Map.entry("days", 365.0), Map.entry("d", 365.0),
			Map.entry("week", 52.0), Map.entry("weeks", 52.0), Map.entry("wk", 52.0),
			Map.entry("month", 12.0), Map.entry("months", 12.0), Map.entry("mo", 12.0),
			Map.entry("quarter", 4.0), Map.entry("quarters", 4.0),
			Map.entry("year", 1.0), Map.entry("years", 1.0), Map.entry("yr", 1.0), Map.entry("y", 1.0));

	private static final Map<String, Double> DAYS_PER_DURATION_UNIT = Map.ofEntries(
			Map.entry("s", 1.0 / 86400), Map.entry("sec", 1.0 / 86400),
			Map.entry("min", 1.0 / 1440),
			Map.entry("h", 1.0 / 24), Map.entry("hour", 1.0 / 24), Map.entry("hours", 1.0 / 24),
			Map.entry("d", 1.0), Map.entry("day", 1.0), Map.entry("days", 1.0),
			Map.entry("w", 7.0), Map.entry("wk", 7.0), Map.entry("week", 7.0), Map.entry("weeks", 7.0),
			Map.entry("mo", 365.25 / 12), Map.entry("month", 365.25 / 12), Map.entry("months", 365.25 / 12),
			Map.entry("y", 365.25), Map.entry("yr", 365.25), Map.entry("year", 365.25), Map.entry("years", 365.25));

	private Units() {
	}

	/** True for an ISO 4217 currency code such as EUR or USD. */
	public static boolean isCurrency(String unit) {
		if (unit == null || unit.length() != 3 || !unit.equals(unit.toUpperCase(Locale.ROOT))) {
			return false;
		}
		try {
			Currency.getInstance(unit);
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** How many times a period fits in a year ("month" gives 12), or empty when {@code per} is not a period. */
	public static OptionalDouble periodsPerYear(String per) {
		Double factor = per == null ? null : PERIODS_PER_YEAR.get(per);
		return factor == null ? OptionalDouble.empty() : OptionalDouble.of(factor);
	}

	/** Occurrences per year of a frequency adverb ({@code once} counts one occurrence). */
	public static double perYear(Frequency frequency) {
		return switch (frequency) {
			case DAILY -> 365;
			case WEEKLY -> 52;
			case MONTHLY -> 12;
			case QUARTERLY -> 4;
			case YEARLY, ONCE, UNSPECIFIED -> 1;
		};
	}

	/** Days in one duration unit ("w" gives 7), or empty for an unknown unit. */
	public static OptionalDouble daysPer(String durationUnit) {
		Double days = durationUnit == null ? null : DAYS_PER_DURATION_UNIT.get(durationUnit);
		return days == null ? OptionalDouble.empty() : OptionalDouble.of(days);
	}

	/** The tangibility a kind has unless a flow states otherwise: knowledge, reputation, trust, influence are intangible. */
	public static boolean isIntangibleByDefault(ValueKind kind) {
		return switch (kind) {
			case KNOWLEDGE, REPUTATION, TRUST, INFLUENCE -> true;
			default -> false;
		};
	}
}
