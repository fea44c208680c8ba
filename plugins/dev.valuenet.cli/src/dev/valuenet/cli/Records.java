package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.valuenet.dsl.io.AtomicFileWriter;
import dev.valuenet.interop.RecordImport;
import dev.valuenet.interop.records.RecordAggregate;
import dev.valuenet.interop.records.RecordFiles;

/** {@code valuenet import RECORDS.csv}: interaction records aggregated into a model (see ImportCommand's help). */
final class Records {

	private Records() {
	}

	/** Whether FILE is an aggregate of records written by the Spark job (spark/). */
	static boolean isAggregate(Path file, String format) {
		return format != null ? format.equals("aggregate") : RecordAggregate.isAggregate(file);
	}

	/** An aggregate the Spark job wrote becomes the model the records themselves would have given. */
	static int runAggregate(Path file, Path output, Arguments arguments, PrintStream err) throws IOException {
		for (String option : new String[] { "--aliases", "--rates", "--period", "--currency", "--column" }) {
			if (arguments.option(option, null) != null) {
				throw new Arguments.UsageException(option + " does not apply to an aggregate: the Spark job that wrote " + file.getFileName()
						+ " applied it; give it there");
			}
		}
		if (arguments.flag("--keep-duplicates")) {
			throw new Arguments.UsageException("--keep-duplicates does not apply to an aggregate: give it to the Spark job");
		}
		long start = System.nanoTime();
		RecordAggregate read = RecordAggregate.read(file);
		String network = arguments.option("--network", null);
		RecordAggregate aggregate = network == null ? read
				: new RecordAggregate(read.source(), network, read.currency(), read.period(), read.records(), read.used(), read.duplicates(),
						read.skipped(), read.first(), read.last(), read.actors(), read.flows(), read.notes());
		RecordImport.Result result = RecordImport.of(aggregate);
		return write(Path.of(aggregate.source()), output, arguments, err, result, start, false);
	}

	static int run(Path file, Path output, Arguments arguments, PrintStream err) throws IOException {
		RecordFiles.Rates rates = RecordFiles.rates(path(arguments.option("--rates", null)));
		Map<String, String> aliases = RecordFiles.aliases(path(arguments.option("--aliases", null)));
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
		String currency = RecordFiles.currency(arguments.option("--currency", null), rates);
		String network = arguments.option("--network", RecordImport.networkName(file));
		long size = Files.size(file);
		long start = System.nanoTime();
		long[] lastLine = { start };
		RecordImport.Options options = new RecordImport.Options(columns, aliases, currency, rates.rates(), period(arguments.option("--period", null)), network,
				!arguments.flag("--keep-duplicates"), progress -> {
					if (System.nanoTime() - lastLine[0] < 1_000_000_000L) {
						return; // a line a second
					}
					lastLine[0] = System.nanoTime();
					double seconds = (System.nanoTime() - start) / 1e9;
					double rate = progress[0] / seconds;
					double eta = progress[1] == 0 ? 0 : seconds * (size - progress[1]) / progress[1];
					err.printf(Locale.ROOT, "\rvaluenet import: %,d records, %,.0f records/s, %d%%, ETA %.0f s   ", progress[0], rate,
							size == 0 ? 100 : 100 * progress[1] / size, eta);
					err.flush();
				});
		RecordImport.Result result = RecordImport.read(file, options);
		err.print("\r" + " ".repeat(78) + "\r");
		return write(file, output, arguments, err, result, start, true);
	}

	/** Writes the model and the report of records from {@code file}; {@code read}: whether this run read the records. */
	private static int write(Path file, Path output, Arguments arguments, PrintStream err, RecordImport.Result result, long start, boolean read)
			throws IOException {
		double seconds = (System.nanoTime() - start) / 1e9;
		boolean merged = Files.exists(output);
		String text = RecordImport.model(result, output);
		String report = RecordImport.report(file, result);
		AtomicFileWriter.write(output, text.getBytes(StandardCharsets.UTF_8));
		if (arguments.option("--report", null) != null) {
			AtomicFileWriter.write(Path.of(arguments.option("--report", null)), report.getBytes(StandardCharsets.UTF_8));
		} else {
			err.print(report);
		}
		if (read) {
			err.printf(Locale.ROOT, "valuenet import: %s %s in %.1f s (%,.0f records/s)%n", merged ? "updated" : "wrote", output, seconds,
					result.records() / Math.max(seconds, 1e-9));
		} else { // a rate would be the job's records over this run's time
			err.printf(Locale.ROOT, "valuenet import: %s %s in %.1f s (%,d records, aggregated by the Spark job)%n", merged ? "updated" : "wrote",
					output, seconds, result.records());
		}
		return Valuenet.OK;
	}

	private static Path path(String option) {
		return option == null ? null : Path.of(option);
	}

	/** 2024 | 2024-03 | 2024-01..2024-06 | 2024-01-01..2024-12-31, as first and last day. */
	static LocalDate[] period(String text) {
		try {
			return RecordFiles.period(text);
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException("--period: " + e.getMessage());
		}
	}
}
