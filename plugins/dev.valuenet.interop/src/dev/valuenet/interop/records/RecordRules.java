package dev.valuenet.interop.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules that turn one interaction record into an amount of a flow, or say why it is skipped:
 * fields present, amount a finite number of zero or more, date in the period, unit or currency
 * known and converted (currencies with the rates into the network currency, kg/g to t, l to m3,
 * kWh/GWh to MWh, counts to units; a lower-case custom unit is kept as it is). Everything here
 * depends on the record alone, so a reader on one machine ({@link RecordAggregator}) and a
 * distributed job apply the very same rules.
 */
public final class RecordRules implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The fields of a record, and the default column (or JSON key) of each. */
	public static final List<String> FIELDS = List.of("date", "from", "to", "kind", "amount", "unit");
	public static final int DATE = 0, FROM = 1, TO = 2, KIND = 3, AMOUNT = 4, UNIT = 5;

	/**
	 * The value kinds a record's kind may name (the model's ValueKind literals but "unspecified";
	 * a test holds them equal). Written out rather than read from the model so that these rules
	 * compile without EMF, for the Spark job.
	 */
	public static final List<String> VALUE_KINDS = List.of("goods", "service", "money", "data", "knowledge", "reputation", "trust", "influence");

	/** How many records of one kind of skip (or of duplicates) the report lists by number. */
	public static final int LISTED = 20;

	private record Conversion(String unit, double factor) implements Serializable {
	}

	/** Non-currency units converted to a base unit: mass to t, volume to m3, counts to units. */
	private static final Map<String, Conversion> UNITS = Map.ofEntries(Map.entry("kg", new Conversion("t", 0.001)),
			Map.entry("g", new Conversion("t", 1e-6)), Map.entry("t", new Conversion("t", 1.0)), Map.entry("tonne", new Conversion("t", 1.0)),
			Map.entry("tonnes", new Conversion("t", 1.0)), Map.entry("l", new Conversion("m3", 0.001)), Map.entry("m3", new Conversion("m3", 1.0)),
			Map.entry("unit", new Conversion("units", 1.0)), Map.entry("units", new Conversion("units", 1.0)),
			Map.entry("pcs", new Conversion("units", 1.0)), Map.entry("pc", new Conversion("units", 1.0)),
			Map.entry("kwh", new Conversion("MWh", 0.001)), Map.entry("mwh", new Conversion("MWh", 1.0)),
			Map.entry("gwh", new Conversion("MWh", 1000.0)));

	/** What the rules make of a record: an {@link Amount} that counts, or a {@link Skip} saying why not. */
	public sealed interface Outcome permits Amount, Skip {
	}

	/**
	 * A record that counts, before its names are resolved.
	 *
	 * @param date        its day, or null (then the period is given)
	 * @param kind        the value kind literal
	 * @param valueObject the value object named instead of a kind, or null
	 * @param unit        the base unit (the network currency for money)
	 * @param value       the amount in {@code unit}
	 */
	public record Amount(LocalDate date, String kind, String valueObject, String unit, double value) implements Outcome, Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** A record that does not count, and why (the report's text after "skipped: "). */
	public record Skip(String why) implements Outcome, Serializable {
		private static final long serialVersionUID = 1L;

		/** The class of skip the report counts and lists up to {@link #LISTED} of: the reason's first word. */
		public String kind() {
			return why.replaceAll("[ '].*", "");
		}
	}

	private final String currency;
	private final Map<String, Double> rates;
	private final LocalDate[] period;

	/**
	 * @param currency the network currency amounts are converted into
	 * @param rates    currency -> units of {@code currency} per unit
	 * @param period   first and last day counted (inclusive), or null for the records' own span
	 */
	public RecordRules(String currency, Map<String, Double> rates, LocalDate[] period) {
		this.currency = currency;
		this.rates = Map.copyOf(rates);
		this.period = period == null ? null : period.clone();
	}

	/** The network currency. */
	public String currency() {
		return currency;
	}

	/** The first and last day counted, or null. */
	public LocalDate[] period() {
		return period == null ? null : period.clone();
	}

	/** The rules applied to one record's fields, in {@link #FIELDS} order (null for a missing column). */
	public Outcome apply(String[] fields) {
		String from = blank(fields[FROM]), to = blank(fields[TO]), kindText = blank(fields[KIND]), amountText = blank(fields[AMOUNT]);
		if (from == null || to == null || kindText == null || amountText == null) {
			return new Skip("missing " + (from == null ? "from" : to == null ? "to" : kindText == null ? "kind" : "amount"));
		}
		double amount;
		try {
			amount = Double.parseDouble(amountText);
		} catch (NumberFormatException e) {
			return new Skip("amount '" + shorten(amountText) + "' is not a number");
		}
		if (!Double.isFinite(amount) || amount < 0) {
			return new Skip("amount " + amountText + " is not a finite amount of zero or more");
		}
		LocalDate date = null;
		if (fields[DATE] != null && !fields[DATE].isBlank()) {
			try {
				String text = fields[DATE].trim();
				date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			} catch (DateTimeParseException e) {
				return new Skip("date '" + shorten(fields[DATE]) + "' is not a date (YYYY-MM-DD)");
			}
			if (period != null && (date.isBefore(period[0]) || date.isAfter(period[1]))) {
				return new Skip("outside the period");
			}
		} else if (period == null) {
			return new Skip("no date, and no --period to count it in");
		}
		String kind = kind(kindText);
		String valueObject = kind == null ? kindText.trim() : null;
		String unit = blank(fields[UNIT]);
		// three capitals are a currency code, known to the JDK or not (an unknown one is reported, not taken as a unit)
		boolean isCurrency = unit != null && unit.trim().matches("[A-Z]{3}");
		if (kind == null) {
			kind = isCurrency ? "money" : "goods";
		}
		String baseUnit;
		double factor;
		if (isCurrency) {
			unit = unit.trim();
			if (unit.equals(currency)) {
				factor = 1;
			} else if (rates.containsKey(unit)) {
				factor = rates.get(unit);
			} else {
				return new Skip("unknown currency " + unit + " (no rate into " + currency + "; add one with --rates)");
			}
			baseUnit = currency;
		} else if (kind.equals("money")) {
			if (unit == null && currency != null) {
				baseUnit = currency;
				factor = 1;
			} else {
				return new Skip("money in '" + unit + "', which is not a currency");
			}
		} else if (unit == null) {
			baseUnit = "units";
			factor = 1;
		} else {
			Conversion known = UNITS.get(unit.trim().toLowerCase(Locale.ROOT));
			if (known != null) {
				baseUnit = known.unit();
				factor = known.factor();
			} else if (unit.trim().matches("[a-z][A-Za-z0-9_]*")) {
				baseUnit = unit.trim(); // a custom unit (cups, sessions): kept, never added to another unit
				factor = 1;
			} else {
				return new Skip("unknown unit '" + shorten(unit) + "'");
			}
		}
		return new Amount(date, kind, valueObject, baseUnit, amount * factor);
	}

	/** The skip of a record whose giver and receiver resolved to one actor. */
	public static Skip selfFlow(String from, String to) {
		return new Skip("self-flow: " + from + " -> " + to + " is one actor");
	}

	/**
	 * The duplicate key of a record: 64-bit FNV-1a over the trimmed fields (a missing one counts as
	 * NUL). Records with equal keys are exact duplicates; two different records collide with
	 * probability ~n^2/2^64.
	 */
	public static long dedupeKey(String[] fields) {
		long hash = 0xcbf29ce484222325L;
		for (String field : fields) {
			String text = field == null ? "\u0000" : field.trim();
			for (int i = 0; i < text.length(); i++) {
				hash ^= text.charAt(i);
				hash *= 0x100000001b3L;
			}
			hash ^= 0x1F;
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	/** A month as a number, counted from January 1900: the bit a flow sets for it. */
	public static int month(LocalDate date) {
		return date.getYear() * 12 + date.getMonthValue() - 1 - 1900 * 12;
	}

	/** The value kind literal {@code text} names (any case), or null when it names none. */
	public static String kind(String text) {
		String literal = text.trim().toLowerCase(Locale.ROOT);
		return VALUE_KINDS.contains(literal) ? literal : null;
	}

	/** A value as quoted in a message: at most 40 characters. */
	public static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "..." : text;
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
