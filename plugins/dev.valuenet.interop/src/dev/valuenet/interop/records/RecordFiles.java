package dev.valuenet.interop.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.valuenet.interop.BadInputException;

/**
 * The small side files and settings of an interaction import, read the same way by
 * {@code valuenet import}, the workbench's import wizard and the Spark job: aliases, exchange rates,
 * the period.
 */
public final class RecordFiles {

	/**
	 * Exchange rates: currency -> units of {@code into} per unit; {@code into} is the target named in
	 * the file, or null when no line names one.
	 */
	public record Rates(Map<String, Double> rates, String into) {
	}

	private RecordFiles() {
	}

	/** The network name an import of {@code file} gets by default: the file's name without extension, as a .vnet name. */
	public static String networkName(Path file) {
		return file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.]", "_");
	}

	/**
	 * Lines {@code USD = 0.92 EUR} (or CSV {@code currency,factor,into}); {@code #} starts a comment.
	 * A null file (no rates given) is no rates.
	 */
	public static Rates rates(Path file) throws IOException {
		Map<String, Double> rates = new LinkedHashMap<>();
		String into = null;
		if (file == null) {
			return new Rates(rates, into);
		}
		int line = 0;
		for (String text : lines(file)) {
			line++;
			String[] parts = text.replaceAll("#.*", "").trim().split("\\s*[=,;\\s]\\s*");
			if (parts.length == 1 && parts[0].isEmpty() || parts[0].equalsIgnoreCase("currency")) {
				continue;
			}
			try {
				rates.put(parts[0], Double.parseDouble(parts[1]));
				into = parts.length > 2 ? parts[2] : into;
			} catch (RuntimeException e) {
				throw new BadInputException(file + ":" + line + ": expected 'USD = 0.92 EUR', not '" + RecordRules.shorten(text) + "'");
			}
		}
		return new Rates(rates, into);
	}

	/**
	 * The network currency of an import: the one asked for, else the target the rates name, else EUR.
	 *
	 * @param asked the currency given (--currency), or null
	 */
	public static String currency(String asked, Rates rates) {
		return asked != null ? asked : rates.into() != null ? rates.into() : "EUR";
	}

	/**
	 * Lines {@code spelling = name} (or CSV {@code spelling,name}); {@code #} starts a comment. A null
	 * file (no aliases given) is no aliases.
	 */
	public static Map<String, String> aliases(Path file) throws IOException {
		Map<String, String> aliases = new HashMap<>();
		if (file == null) {
			return aliases;
		}
		int line = 0;
		for (String text : lines(file)) {
			line++;
			String clean = text.trim();
			if (clean.isEmpty() || clean.startsWith("#") || clean.equalsIgnoreCase("alias,name")) {
				continue;
			}
			int at = clean.indexOf('=') >= 0 ? clean.indexOf('=') : clean.lastIndexOf(',');
			if (at <= 0) {
				throw new BadInputException(file + ":" + line + ": expected 'spelling = name', not '" + RecordRules.shorten(text) + "'");
			}
			aliases.put(clean.substring(0, at).trim().replaceAll("^\"|\"$", ""), clean.substring(at + 1).trim().replaceAll("^\"|\"$", ""));
		}
		return aliases;
	}

	private static java.util.List<String> lines(Path file) throws IOException {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (java.nio.charset.CharacterCodingException e) {
			throw BadInputException.notUtf8(file, 1);
		}
	}

	/**
	 * A period {@code 2024 | 2024-03 | 2024-01..2024-06 | 2024-01-01..2024-12-31} as its first and
	 * last day; null for null or blank text.
	 *
	 * @throws IllegalArgumentException with a message saying what is expected
	 */
	public static LocalDate[] period(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] ends = text.split("\\.\\.", 2);
		try {
			LocalDate first = start(ends[0].trim());
			LocalDate last = end(ends.length == 2 ? ends[1].trim() : ends[0].trim());
			if (last.isBefore(first)) {
				throw new IllegalArgumentException("the period ends before it starts: " + text);
			}
			return new LocalDate[] { first, last };
		} catch (DateTimeParseException | NumberFormatException e) {
			throw new IllegalArgumentException("a period is 2024, 2024-03, 2024-01..2024-06 or 2024-01-01..2024-12-31, not '" + text + "'");
		}
	}

	private static LocalDate start(String text) {
		return text.length() == 4 ? LocalDate.of(Integer.parseInt(text), 1, 1)
				: text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
	}

	private static LocalDate end(String text) {
		return text.length() == 4 ? LocalDate.of(Integer.parseInt(text), 12, 31)
				: text.length() == 7 ? YearMonth.parse(text).atEndOfMonth() : LocalDate.parse(text);
	}
}
