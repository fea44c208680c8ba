package dev.valuenet.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.interop.BadInputException;
import dev.valuenet.interop.records.RecordAggregate;
import dev.valuenet.interop.records.RecordFiles;
import dev.valuenet.interop.records.RecordRules;

/**
 * The Spark job in local mode on a generated sample gives the model and the report that
 * {@code valuenet import} gives for the same records, byte for byte. Needs the command line built
 * ({@code ./build.sh package -DskipTests} at the root): it is the reference.
 */
class RecordAggregationTest {

	/** Records in the sample; enough for many partitions, duplicates across them and 21+ skips of a kind. */
	static final int RECORDS = Integer.getInteger("valuenet.spark.records", 300_000);

	@TempDir
	static Path folder;
	static SparkSession spark;
	static Path records, aliases, rates;
	static Path root = Path.of(System.getProperty("valuenet.root", "..")).toAbsolutePath().normalize();

	@BeforeAll
	static void start() throws IOException {
		records = folder.resolve("records.csv");
		SampleRecords.write(records, RECORDS, 11);
		aliases = Files.writeString(folder.resolve("aliases.txt"), SampleRecords.ALIASES);
		rates = Files.writeString(folder.resolve("rates.txt"), SampleRecords.RATES);
		spark = SparkSession.builder().master("local[2]").appName("test").config("spark.ui.enabled", "false")
				.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
				// many small partitions: merges of partial sums, names and duplicates across them
				.config("spark.sql.files.maxPartitionBytes", "1m").config("spark.sql.files.openCostInBytes", "0").getOrCreate();
	}

	@AfterAll
	static void stop() {
		if (spark != null) {
			spark.stop();
		}
	}

	private static RecordAggregation.Settings settings(List<String> inputs, String format) throws IOException {
		RecordFiles.Rates read = RecordFiles.rates(rates);
		return new RecordAggregation.Settings(inputs, format, Map.of(), RecordFiles.aliases(aliases), new RecordRules(read.into(), read.rates(), null),
				"records", true);
	}

	@Test
	void csvGivesTheModelAndReportOfValuenetImport() throws Exception {
		RecordAggregate aggregate = RecordAggregation.aggregate(spark, settings(List.of(records.toString()), "csv"));
		assertEquals(RECORDS, aggregate.records());
		assertTrue(aggregate.duplicates() > RECORDS / 200, "about 1% exact duplicates: " + aggregate.duplicates());
		assertEquals(aggregate.records(), aggregate.used() + aggregate.duplicates() + aggregate.skipped());
		assertTrue(aggregate.actors().contains("Firm 0001") && !aggregate.actors().contains("Firm One Holding"), "aliases apply");
		Path file = folder.resolve("records.aggregate.jsonl");
		AggregateRecords.write(aggregate, file);

		Path single = folder.resolve("single.vnet"), report = folder.resolve("single.txt");
		valuenet("import", "--aliases", aliases.toString(), "--rates", rates.toString(), "--report", report.toString(), "-o", single.toString(),
				records.toString());
		Path distributed = folder.resolve("spark.vnet"), sparkReport = folder.resolve("spark.txt");
		valuenet("import", "--report", sparkReport.toString(), "-o", distributed.toString(), file.toString());
		String model = Files.readString(single);
		assertTrue(model.contains("actor Firm_0001 : firm") && model.contains(" t ") && model.contains(" MWh "), "conversions in the model");
		assertArrayEquals(Files.readAllBytes(single), Files.readAllBytes(distributed), "the models differ");
		String expected = Files.readString(report);
		assertTrue(expected.contains("skipped: self-flow") && expected.contains("dropped: exact duplicate")
				&& expected.contains("skipped: unknown currency XYZ") && expected.contains("(alias)") && expected.contains("(near-duplicate name)")
				&& expected.contains("skipped: more records like this"), expected.substring(0, Math.min(expected.length(), 3000)));
		assertEquals(expected, Files.readString(sparkReport));
	}

	@Test
	void parquetGivesTheSameAggregateAsCsv() throws Exception {
		Path parquet = folder.resolve("records.parquet");
		spark.read().option("header", true).option("escape", "\"").option("nullValue", "\u0000null\u0000").option("emptyValue", "")
				.csv(records.toString()).coalesce(1).write().parquet(parquet.toString());
		RecordAggregation.Settings csv = settings(List.of(records.toString()), "csv");
		RecordAggregation.Settings fromParquet = settings(List.of(parquet.toString()), "parquet");
		assertEquals(text(RecordAggregation.aggregate(spark, csv)), text(RecordAggregation.aggregate(spark, fromParquet)));
	}

	@Test
	void aMissingColumnIsNamed() throws IOException {
		Path bad = Files.writeString(folder.resolve("bad.csv"), "date,payer,to,kind,amount,unit\n2024-01-01,A,B,money,1,EUR\n");
		BadInputException e = assertThrows(BadInputException.class,
				() -> RecordAggregation.aggregate(spark, settings(List.of(bad.toString()), "csv")));
		assertTrue(e.getMessage().endsWith("bad.csv:1: no column 'from' for the from of a record (columns: date, payer, to, kind, amount, unit;"
				+ " map one with --column from=NAME)"), e.getMessage());
	}

	/** The aggregate as its file, but for its source. */
	private static String text(RecordAggregate aggregate) throws IOException {
		var out = new java.io.StringWriter();
		new RecordAggregate("", aggregate.network(), aggregate.currency(), aggregate.period(), aggregate.records(), aggregate.used(),
				aggregate.duplicates(), aggregate.skipped(), aggregate.first(), aggregate.last(), aggregate.actors(), aggregate.flows(),
				aggregate.notes()).write(out);
		return out.toString();
	}

	/** Runs the command line of this checkout; fails with its output unless it exits 0. */
	private static void valuenet(String... args) throws Exception {
		if (!Files.exists(root.resolve("releng/dev.valuenet.repository/target/valuenet/bin/valuenet"))) {
			fail("the reference is valuenet import: build it first (./build.sh package -DskipTests in " + root + ")");
		}
		List<String> command = new ArrayList<>(List.of(root.resolve("valuenet").toString()));
		command.addAll(List.of(args));
		Path log = Files.createTempFile(folder, "valuenet", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = process.waitFor();
		assertEquals(0, exit, () -> String.join(" ", command) + "\n" + read(log));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}
}
