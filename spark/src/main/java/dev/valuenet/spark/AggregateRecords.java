package dev.valuenet.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

import dev.valuenet.interop.BadInputException;
import dev.valuenet.interop.records.RecordAggregate;
import dev.valuenet.interop.records.RecordFiles;
import dev.valuenet.interop.records.RecordRules;

/**
 * The command line of the Spark job: the options of {@code valuenet import RECORDS} that shape the
 * aggregation, and an aggregate file instead of a model; {@code valuenet import AGGREGATE} turns that
 * into the model. Run with spark/run.sh (local) or spark-submit (a cluster).
 */
public final class AggregateRecords {

	static final String USAGE = """
			Usage: run.sh [--master URL] [--conf KEY=VALUE]... [--format csv|parquet]
			              [--aliases FILE] [--rates FILE] [--period P] [--currency C]
			              [--column FIELD=NAME]... [--keep-duplicates] [--network NAME]
			              --out AGGREGATE.jsonl RECORDS...

			Aggregates interaction records (CSV with a header, or Parquet; a folder's files by name)
			exactly as 'valuenet import RECORDS' does, on Spark, and writes the aggregate that
			'valuenet import --out MODEL.vnet AGGREGATE.jsonl' turns into the same model. Options as
			for valuenet import (see 'valuenet import --help'); --master defaults to local[*].
			Exit codes: 0 written, 2 usage error or input that cannot be aggregated.
			""";

	private AggregateRecords() {
	}

	public static void main(String[] args) {
		try {
			System.exit(run(args));
		} catch (UsageException e) {
			System.err.println("valuenet spark: " + e.getMessage() + "\n\n" + USAGE);
			System.exit(2);
		} catch (BadInputException e) {
			System.err.println("valuenet spark: " + e.getMessage());
			System.exit(2);
		} catch (IOException e) {
			System.err.println("valuenet spark: " + e.getMessage());
			System.exit(1);
		}
	}

	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	/** Runs with {@code args}; returns the exit code. */
	static int run(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>();
		Map<String, String> columns = new HashMap<>();
		Map<String, String> conf = new LinkedHashMap<>();
		List<String> inputs = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help")) {
				System.out.print(USAGE);
				return 0;
			} else if (arg.equals("--keep-duplicates")) {
				options.put(arg, "");
			} else if (arg.startsWith("--") || arg.equals("-o")) {
				if (i + 1 >= args.length) {
					throw new UsageException(arg + " wants a value");
				}
				String value = args[++i];
				switch (arg) {
					case "--column" -> {
						for (String mapping : value.split(",")) {
							String[] parts = mapping.split("=", 2);
							if (parts.length != 2 || !RecordRules.FIELDS.contains(parts[0].trim())) {
								throw new UsageException("--column wants FIELD=NAME with FIELD one of " + String.join(", ", RecordRules.FIELDS));
							}
							columns.put(parts[0].trim(), parts[1].trim());
						}
					}
					case "--conf" -> {
						String[] parts = value.split("=", 2);
						if (parts.length != 2) {
							throw new UsageException("--conf wants KEY=VALUE, not '" + value + "'");
						}
						conf.put(parts[0], parts[1]);
					}
					case "-o", "--out", "--master", "--format", "--aliases", "--rates", "--period", "--currency", "--network" ->
						options.put(arg.equals("-o") ? "--out" : arg, value);
					default -> throw new UsageException("unknown option " + arg);
				}
			} else {
				inputs.add(arg);
			}
		}
		if (inputs.isEmpty() || !options.containsKey("--out")) {
			throw new UsageException(inputs.isEmpty() ? "give the records to aggregate" : "give the aggregate to write with --out AGGREGATE.jsonl");
		}
		String format = options.getOrDefault("--format", inputs.get(0).toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "csv");
		if (!format.equals("csv") && !format.equals("parquet")) {
			throw new UsageException("--format is csv or parquet, not '" + format + "'");
		}
		RecordFiles.Rates rates = RecordFiles.rates(options.containsKey("--rates") ? Path.of(options.get("--rates")) : null);
		Map<String, String> aliases = RecordFiles.aliases(options.containsKey("--aliases") ? Path.of(options.get("--aliases")) : null);
		String currency = RecordFiles.currency(options.get("--currency"), rates);
		RecordRules rules;
		try {
			rules = new RecordRules(currency, rates.rates(), RecordFiles.period(options.get("--period")));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--period: " + e.getMessage());
		}
		String network = options.getOrDefault("--network", RecordFiles.networkName(Path.of(inputs.get(0))));
		RecordAggregation.Settings settings = new RecordAggregation.Settings(inputs, format, columns, aliases, rules, network,
				!options.containsKey("--keep-duplicates"));

		SparkSession.Builder builder = SparkSession.builder().appName("valuenet record aggregation");
		if (options.containsKey("--master")) {
			builder.master(options.get("--master"));
		} else if (!conf.containsKey("spark.master") && System.getProperty("spark.master") == null) {
			builder.master("local[*]");
		}
		conf.forEach(builder::config);
		long start = System.nanoTime();
		try (SparkSession spark = builder.getOrCreate()) {
			RecordAggregate aggregate = RecordAggregation.aggregate(spark, settings);
			write(aggregate, Path.of(options.get("--out")));
			double seconds = (System.nanoTime() - start) / 1e9;
			System.err.printf(Locale.ROOT, "valuenet spark: %,d records, %,d aggregated into %d flows between %d actors; wrote %s in %.1f s (%,.0f records/s)%n",
					aggregate.records(), aggregate.used(), aggregate.flows().size(), aggregate.actors().size(), options.get("--out"), seconds,
					aggregate.records() / Math.max(seconds, 1e-9));
		}
		return 0;
	}

	/** Writes {@code aggregate} to {@code file} atomically: a partial file never has the final name. */
	static void write(RecordAggregate aggregate, Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		// beside the target (a rename within one folder is atomic), with the permissions the umask gives
		Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".part");
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				aggregate.write(out);
			}
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
