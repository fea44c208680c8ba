package dev.valuenet.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;
import dev.valuenet.interop.records.RecordAggregate;
import dev.valuenet.interop.records.RecordAggregate.Flow;
import dev.valuenet.interop.records.RecordAggregate.FlowKey;
import dev.valuenet.interop.records.RecordAggregate.Note;
import dev.valuenet.interop.records.RecordAggregator;
import dev.valuenet.interop.records.RecordFiles;
import dev.valuenet.interop.records.RecordRules;
import dev.valuenet.model.Units;
import dev.valuenet.model.ValueKind;

/**
 * Interaction records (orders, invoices, payments, API calls: one line each, CSV or JSON lines)
 * aggregated into the flows of a network: read here, aggregated by the rules of
 * {@link dev.valuenet.interop.records} (names resolved, units and currencies converted, exact
 * duplicates dropped, records summed per giver, receiver, value and unit), and turned into a
 * yearly magnitude over the period with the frequency they occurred at. Streams the input: memory
 * grows with the number of distinct flows and actors, plus 8 bytes per record for duplicate
 * detection (off with {@link Options#dedupe} false). An aggregate written by the Spark job
 * ({@link #of(RecordAggregate)}) becomes the same model.
 */
public final class RecordImport {

	/** The fields of a record, and the default column (or JSON key) of each. */
	public static final List<String> FIELDS = RecordRules.FIELDS;

	/**
	 * How to read and aggregate.
	 *
	 * @param columns  field -> column name (CSV header or JSON key), for fields named differently
	 * @param aliases  spelling -> actor name
	 * @param currency the network currency amounts are converted into
	 * @param rates    currency -> units of {@code currency} per unit
	 * @param period   first and last day counted (inclusive), or null for the records' own span
	 * @param network  the network's name
	 * @param dedupe   drop records identical to an earlier one (all fields)
	 * @param progress receives (records read, bytes read) every 1,024 records (cheap: the receiver
	 *                 throttles what it shows, and may throw to cancel the import); may be null
	 */
	public record Options(Map<String, String> columns, Map<String, String> aliases, String currency, Map<String, Double> rates,
			LocalDate[] period, String network, boolean dedupe, Consumer<long[]> progress) {
	}

	/** The aggregate: tables for {@link VnetText}, the report, and counts. */
	public record Result(NetworkTables tables, List<Note> notes, long records, long used, long duplicates, long skipped,
			LocalDate first, LocalDate last) {
	}

	private final Options options;
	private final RecordAggregator aggregator;

	private RecordImport(Options options) {
		this.options = options;
		this.aggregator = new RecordAggregator(new RecordRules(options.currency(), options.rates(), options.period()), options.aliases(),
				options.dedupe());
	}

	/**
	 * Whether {@code file} holds interaction records rather than a table export: {@code format}
	 * "records", or no format and a JSON lines file or a .csv that is not one of a table export's files.
	 */
	public static boolean isRecords(Path file, String format) {
		if (format != null) {
			return format.equals("records");
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
			return true;
		}
		return name.endsWith(".csv") && !Formats.isTableCsv(file);
	}

	/** Reads {@code file} (CSV, or JSON lines when it ends in .jsonl/.ndjson/.json) and aggregates it. */
	public static Result read(Path file, Options options) throws IOException {
		RecordImport importer = new RecordImport(options);
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		CountingStream counted = new CountingStream(Files.newInputStream(file));
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new BufferedReader(new InputStreamReader(counted, decoder), 1 << 16)) {
			if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
				importer.readJsonLines(file, (BufferedReader) reader, counted);
			} else {
				importer.readCsv(file, reader, counted);
			}
		} catch (CharacterCodingException e) {
			throw TextInput.notUtf8(file, TextInput.badLine(file));
		}
		return of(importer.aggregator.finish(file.toString(), options.network()));
	}

	/** The network name an import of {@code file} gets by default: the file's name without extension, as a .vnet name. */
	public static String networkName(Path file) {
		return RecordFiles.networkName(file);
	}

	/**
	 * The text of {@code output} after the import: the existing model with its flows updated and the
	 * others added (comments and order kept), or a new formatted network. What was done is added to
	 * the result's notes.
	 */
	public static String model(Result result, Path output) throws IOException {
		if (Files.exists(output)) {
			RecordMerge.Result merge = RecordMerge.into(output, result.tables());
			result.notes().add(new Note(0, "updated " + merge.updated() + " flows of " + output + ", added " + merge.added() + " flows and "
					+ merge.addedActors() + " actors"));
			return merge.text();
		}
		VnetText.Result vnet = VnetText.of(result.tables(), output);
		vnet.notes().forEach(n -> result.notes().add(new Note(0, n)));
		return vnet.text();
	}

	/** The report: the counts, then each merge, drop and skip with its record number. */
	public static String report(Path file, Result result) {
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%s: %,d records, %,d aggregated into %d flows between %d actors, %,d exact duplicates dropped,"
				+ " %,d skipped; period %s to %s%n", file, result.records(), result.used(), result.tables().flows().size(),
				result.tables().actors().size(), result.duplicates(), result.skipped(), result.first(), result.last()));
		for (Note note : result.notes()) {
			report.append(note.record() > 0 ? "record " + note.record() + ": " : "").append(note.message()).append('\n');
		}
		return report.toString();
	}

	private void readCsv(Path file, Reader reader, CountingStream counted) throws IOException {
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get()
				.parse(reader)) {
			Map<String, Integer> header = parser.getHeaderMap();
			int[] index = new int[FIELDS.size()];
			for (int i = 0; i < FIELDS.size(); i++) {
				String column = options.columns().getOrDefault(FIELDS.get(i), FIELDS.get(i));
				Integer at = header.get(column);
				if (at == null && !FIELDS.get(i).equals("unit") && !FIELDS.get(i).equals("date")) {
					throw new BadInputException(file + ":1: no column '" + column + "' for the " + FIELDS.get(i) + " of a record (columns: "
							+ String.join(", ", header.keySet()) + "; map one with --column " + FIELDS.get(i) + "=NAME)");
				}
				index[i] = at == null ? -1 : at;
			}
			Iterator<CSVRecord> iterator = parser.iterator();
			String[] fields = new String[FIELDS.size()];
			long line = 1; // where the last record ended
			while (true) {
				CSVRecord record;
				try {
					if (!iterator.hasNext()) {
						break;
					}
					record = iterator.next();
				} catch (UncheckedIOException e) {
					if (e.getCause() instanceof CharacterCodingException) {
						throw TextInput.notUtf8(file, TextInput.badLine(file));
					}
					throw CsvFormat.notCsv(file, line + 1, e.getCause());
				}
				line = parser.getCurrentLineNumber();
				for (int i = 0; i < fields.length; i++) {
					fields[i] = index[i] >= 0 && index[i] < record.size() ? record.get(index[i]) : null;
				}
				aggregator.add(record.getRecordNumber(), fields);
				tick(counted);
			}
		}
	}

	private void readJsonLines(Path file, BufferedReader reader, CountingStream counted) throws IOException {
		String line;
		long number = 0;
		String[] fields = new String[FIELDS.size()];
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			JsonObject object;
			try {
				JsonElement parsed = JsonParser.parseString(line);
				if (!parsed.isJsonObject()) {
					throw new BadInputException(file + ":" + number + ": not a JSON object");
				}
				object = parsed.getAsJsonObject();
			} catch (JsonSyntaxException e) {
				throw new BadInputException(file + ":" + number + ": not valid JSON (truncated or damaged line?)");
			}
			for (int i = 0; i < fields.length; i++) {
				JsonElement value = object.get(options.columns().getOrDefault(FIELDS.get(i), FIELDS.get(i)));
				fields[i] = value == null || value.isJsonNull() ? null : value.isJsonPrimitive() ? value.getAsString() : value.toString();
			}
			aggregator.add(number, fields);
			tick(counted);
		}
	}

	private void tick(CountingStream counted) {
		if (options.progress() != null && (aggregator.records() & 0x3FF) == 0) {
			options.progress().accept(new long[] { aggregator.records(), counted.count });
		}
	}

	/**
	 * The network of an aggregate, whether this class read the records or a Spark job did: flows
	 * with their yearly magnitude over the period and the frequency they occurred at, and the
	 * report's notes, gaps added.
	 */
	public static Result of(RecordAggregate aggregate) {
		List<Note> notes = new ArrayList<>(aggregate.notes());
		LocalDate start = aggregate.period() != null ? aggregate.period()[0] : aggregate.first();
		LocalDate end = aggregate.period() != null ? aggregate.period()[1] : aggregate.last();
		double years = start == null ? 1 : (ChronoUnit.DAYS.between(start, end) + 1) / 365.0;
		String currency = aggregate.currency();
		List<ActorRow> actorRows = new ArrayList<>();
		aggregate.actors().forEach(name -> actorRows.add(new ActorRow(name, "actor", "firm", null, Double.NaN, Map.of())));
		List<FlowRow> flowRows = new ArrayList<>();
		for (Map.Entry<FlowKey, Flow> entry : aggregate.flows().entrySet()) {
			FlowKey key = entry.getKey();
			Flow flow = entry.getValue();
			double yearly = flow.sum() / years;
			double perYear = flow.count() / years;
			String frequency = perYear >= 200 ? "daily" : perYear >= 40 ? "weekly" : perYear >= 10 ? "monthly" : perYear >= 3 ? "quarterly" : "yearly";
			double occurrences = switch (frequency) {
				case "daily" -> 365;
				case "weekly" -> 52;
				case "monthly" -> 12;
				case "quarterly" -> 4;
				default -> 1;
			};
			String id = camel(key.from()) + "To" + capital(camel(key.to())) + capital(key.valueObject() != null ? camel(key.valueObject()) : key.kind())
					+ (key.unit().equals(currency) || key.kind().equals("money") ? "" : capital(camel(key.unit())));
			boolean tangible = !Units.isIntangibleByDefault(ValueKind.get(key.kind()));
			double value = key.unit().equals(currency) ? yearly : Double.NaN;
			flowRows.add(new FlowRow(id, key.from(), key.to(), key.kind(), key.valueObject(), tangible, round(yearly / occurrences), key.unit(),
					null, frequency, yearly, key.unit(), value, null, null));
			if (start != null && perYear >= 10) {
				gaps(flow, start, end, id, notes);
			}
		}
		notes.sort(Comparator.comparingLong(Note::record));
		return new Result(new NetworkTables(aggregate.network(), null, currency, actorRows, flowRows, List.of()), notes, aggregate.records(),
				aggregate.used(), aggregate.duplicates(), aggregate.skipped(), start, end);
	}

	/** A flow recorded at least monthly with two or more months without a record inside the period. */
	private static void gaps(Flow flow, LocalDate start, LocalDate end, String id, List<Note> notes) {
		int from = RecordRules.month(start);
		int to = RecordRules.month(end);
		int run = 0;
		for (int month = from; month <= to + 1; month++) {
			if (month <= to && !flow.hasMonth(month)) {
				run++;
			} else {
				if (run >= 2) {
					int gapStart = month - run;
					notes.add(new Note(flow.firstRecord(), "gap: flow " + id + " has no records from " + monthName(gapStart) + " to "
							+ monthName(month - 1) + " (" + run + " months)"));
				}
				run = 0;
			}
		}
	}

	private static String monthName(int index) {
		return String.format(Locale.ROOT, "%04d-%02d", 1900 + index / 12, index % 12 + 1);
	}

	/** Six significant digits: the per-occurrence amount is a display of the yearly one, not a new fact. */
	private static double round(double value) {
		if (value == 0 || !Double.isFinite(value)) {
			return value;
		}
		return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).doubleValue();
	}

	private static String camel(String name) {
		StringBuilder text = new StringBuilder();
		boolean upper = false;
		for (char c : name.toCharArray()) {
			if (Character.isLetterOrDigit(c) && c < 128) {
				text.append(text.isEmpty() ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		return text.isEmpty() ? "x" : text.toString();
	}

	private static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A file's bytes read so far, for the progress line's ETA. */
	private static final class CountingStream extends java.io.FilterInputStream {
		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
