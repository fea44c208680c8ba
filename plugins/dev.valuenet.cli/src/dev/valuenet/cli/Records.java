package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.valuenet.dsl.io.AtomicFileWriter;
import dev.valuenet.interop.RecordImport;
import dev.valuenet.interop.RecordMerge;
import dev.valuenet.interop.VnetText;

/** {@code valuenet import RECORDS.csv}: interaction records aggregated into a model (see ImportCommand's help). */
final class Records {

	private Records() {
	}

	/** Whether FILE holds interaction records rather than a table export. */
	static boolean isRecords(Path file, String format) {
		if (format != null) {
			return format.equals("records");
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
			return true;
		}
		return name.endsWith(".csv") && !name.endsWith(".actors.csv") && !name.endsWith(".flows.csv") && !name.endsWith(".network.csv");
	}

	static int run(Path file, Path output, Arguments arguments, PrintStream err) throws IOException {
		Map<String, Double> rates = new LinkedHashMap<>();
		String rateTarget = null;
		if (arguments.option("--rates", null) != null) {
			Path ratesFile = Path.of(arguments.option("--rates", null));
			int line = 0;
			for (String text : Files.readAllLines(ratesFile, StandardCharsets.UTF_8)) {
				line++;
				String[] parts = text.replaceAll("#.*", "").trim().split("\\s*[=,;\\s]\\s*");
				if (parts.length == 1 && parts[0].isEmpty() || parts[0].equalsIgnoreCase("currency")) {
					continue;
				}
				try {
					rates.put(parts[0], Double.parseDouble(parts[1]));
					rateTarget = parts.length > 2 ? parts[2] : rateTarget;
				} catch (RuntimeException e) {
					throw new Arguments.UsageException(ratesFile + ":" + line + ": expected 'USD = 0.92 EUR', not '" + text + "'");
				}
			}
		}
		Map<String, String> aliases = new HashMap<>();
		if (arguments.option("--aliases", null) != null) {
			Path aliasFile = Path.of(arguments.option("--aliases", null));
			int line = 0;
			for (String text : Files.readAllLines(aliasFile, StandardCharsets.UTF_8)) {
				line++;
				String clean = text.trim();
				if (clean.isEmpty() || clean.startsWith("#") || clean.equalsIgnoreCase("alias,name")) {
					continue;
				}
				int at = clean.indexOf('=') >= 0 ? clean.indexOf('=') : clean.lastIndexOf(',');
				if (at <= 0) {
					throw new Arguments.UsageException(aliasFile + ":" + line + ": expected 'spelling = name', not '" + text + "'");
				}
				aliases.put(clean.substring(0, at).trim().replaceAll("^\"|\"$", ""), clean.substring(at + 1).trim().replaceAll("^\"|\"$", ""));
			}
		}
		Map<String, String> columns = new HashMap<>();
		for (String mapping : arguments.option("--column", "").split(",")) {
			if (mapping.isBlank()) {
				continue;
			}
			String[] parts = mapping.split("=", 2);
			if (parts.length != 2 || !RecordImport.FIELDS.contains(parts[0].trim())) {
				throw new Arguments.UsageException("--column wants FIELD=NAME with FIELD one of " + String.join(", ", RecordImport.FIELDS)
						+ ", not '" + mapping + "'");
			}
			columns.put(parts[0].trim(), parts[1].trim());
		}
		String currency = arguments.option("--currency", rateTarget != null ? rateTarget : "EUR");
		String network = arguments.option("--network", file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.]", "_"));
		long size = Files.size(file);
		long start = System.nanoTime();
		RecordImport.Options options = new RecordImport.Options(columns, aliases, currency, rates, period(arguments.option("--period", null)), network,
				!arguments.flag("--keep-duplicates"), progress -> {
					double seconds = (System.nanoTime() - start) / 1e9;
					double rate = progress[0] / seconds;
					double eta = progress[1] == 0 ? 0 : seconds * (size - progress[1]) / progress[1];
					err.printf(Locale.ROOT, "\rvaluenet import: %,d records, %,.0f records/s, %d%%, ETA %.0f s   ", progress[0], rate,
							size == 0 ? 100 : 100 * progress[1] / size, eta);
					err.flush();
				});
		RecordImport.Result result = RecordImport.read(file, options);
		double seconds = (System.nanoTime() - start) / 1e9;
		String text;
		boolean merged = Files.exists(output);
		if (merged) {
			RecordMerge.Result merge = RecordMerge.into(output, result.tables());
			text = merge.text();
			result.notes().add(new RecordImport.Note(0, "updated " + merge.updated() + " flows of " + output + ", added " + merge.added()
					+ " flows and " + merge.addedActors() + " actors"));
		} else {
			VnetText.Result vnet = VnetText.of(result.tables(), output);
			text = vnet.text();
			vnet.notes().forEach(n -> result.notes().add(new RecordImport.Note(0, n)));
		}
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%s: %,d records, %,d aggregated into %d flows between %d actors, %,d exact duplicates dropped,"
				+ " %,d skipped; period %s to %s%n", file, result.records(), result.used(), result.tables().flows().size(),
				result.tables().actors().size(), result.duplicates(), result.skipped(), result.first(), result.last()));
		for (RecordImport.Note note : result.notes()) {
			report.append(note.record() > 0 ? "record " + note.record() + ": " : "").append(note.message()).append('\n');
		}
		AtomicFileWriter.write(output, text.getBytes(StandardCharsets.UTF_8));
		if (options.progress() != null) {
			err.print("\r" + " ".repeat(78) + "\r");
		}
		if (arguments.option("--report", null) != null) {
			AtomicFileWriter.write(Path.of(arguments.option("--report", null)), report.toString().getBytes(StandardCharsets.UTF_8));
		} else {
			err.print(report);
		}
		err.printf(Locale.ROOT, "valuenet import: %s %s in %.1f s (%,.0f records/s)%n", merged ? "updated" : "wrote", output, seconds,
				result.records() / Math.max(seconds, 1e-9));
		return Valuenet.OK;
	}

	/** 2024 | 2024-03 | 2024-01..2024-06 | 2024-01-01..2024-12-31, as first and last day. */
	static LocalDate[] period(String text) {
		if (text == null) {
			return null;
		}
		String[] ends = text.split("\\.\\.", 2);
		try {
			LocalDate first = start(ends[0].trim());
			LocalDate last = end(ends.length == 2 ? ends[1].trim() : ends[0].trim());
			if (last.isBefore(first)) {
				throw new Arguments.UsageException("--period ends before it starts: " + text);
			}
			return new LocalDate[] { first, last };
		} catch (DateTimeParseException | NumberFormatException e) {
			throw new Arguments.UsageException("--period wants 2024, 2024-03, 2024-01..2024-06 or 2024-01-01..2024-12-31, not '" + text + "'");
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
