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
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
import dev.valuenet.model.Units;
import dev.valuenet.model.ValueKind;

/**
 * Interaction records (orders, invoices, payments, API calls: one line each, CSV or JSON lines)
 * aggregated into the flows of a network: names resolved ({@link NameResolver}), units and
 * currencies converted, exact duplicates dropped, records summed per giver, receiver, value and
 * unit into a yearly magnitude over the period with the frequency they occurred at. Streams the
 * input: memory grows with the number of distinct flows and actors, plus 8 bytes per record for
 * duplicate detection (off with {@link Options#dedupe} false).
 */
public final class RecordImport {

	/** The fields of a record, and the default column (or JSON key) of each. */
	public static final List<String> FIELDS = List.of("date", "from", "to", "kind", "amount", "unit");

	/** Non-currency units converted to a base unit: mass to t, volume to m3, counts to units. */
	private static final Map<String, Object[]> UNITS = Map.ofEntries(Map.entry("kg", new Object[] { "t", 0.001 }),
			Map.entry("g", new Object[] { "t", 1e-6 }), Map.entry("t", new Object[] { "t", 1.0 }), Map.entry("tonne", new Object[] { "t", 1.0 }),
			Map.entry("tonnes", new Object[] { "t", 1.0 }), Map.entry("l", new Object[] { "m3", 0.001 }), Map.entry("m3", new Object[] { "m3", 1.0 }),
			Map.entry("unit", new Object[] { "units", 1.0 }), Map.entry("units", new Object[] { "units", 1.0 }),
			Map.entry("pcs", new Object[] { "units", 1.0 }), Map.entry("pc", new Object[] { "units", 1.0 }),
			Map.entry("kwh", new Object[] { "MWh", 0.001 }), Map.entry("mwh", new Object[] { "MWh", 1.0 }),
			Map.entry("gwh", new Object[] { "MWh", 1000.0 }));

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

	/** One line of the report: what happened to which record. */
	public record Note(long record, String message) {
	}

	/** The aggregate: tables for {@link VnetText}, the report, and counts. */
	public record Result(NetworkTables tables, List<Note> notes, long records, long used, long duplicates, long skipped,
			LocalDate first, LocalDate last) {
	}

	private record FlowKey(String from, String to, String kind, String valueObject, String unit) {
	}

	private static final class Aggregate {
		double sum;
		long count;
		long firstRecord;
		final BitSet months = new BitSet();
	}

	private final Options options;
	private final NameResolver names;
	private final Map<FlowKey, Aggregate> flows = new LinkedHashMap<>();
	private final Map<String, Long> actors = new LinkedHashMap<>();
	private final List<Note> notes = new ArrayList<>();
	private final List<NameResolver.Merge> merges = new ArrayList<>();
	private final LongSet seen = new LongSet();
	private final Map<String, Integer> reported = new HashMap<>();
	private long records, used, duplicates, skipped;
	private LocalDate first, last;

	private RecordImport(Options options) {
		this.options = options;
		this.names = new NameResolver(options.aliases());
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
			throw TextInput.notUtf8(file, importer.records + 1);
		}
		return importer.finish();
	}

	/** The network name an import of {@code file} gets by default: the file's name without extension, as a .vnet name. */
	public static String networkName(Path file) {
		return file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.]", "_");
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
			while (true) {
				CSVRecord record;
				try {
					if (!iterator.hasNext()) {
						break;
					}
					record = iterator.next();
				} catch (UncheckedIOException e) {
					if (e.getCause() instanceof CharacterCodingException) {
						throw TextInput.notUtf8(file, parser.getCurrentLineNumber() + 1);
					}
					throw new BadInputException(file + ":" + (parser.getCurrentLineNumber() + 1) + ": " + e.getCause().getMessage()
							+ " (truncated inside a quoted cell?)");
				}
				for (int i = 0; i < fields.length; i++) {
					fields[i] = index[i] >= 0 && index[i] < record.size() ? record.get(index[i]) : null;
				}
				add(record.getRecordNumber(), fields, file + ":" + parser.getCurrentLineNumber());
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
			add(number, fields, file + ":" + number);
			tick(counted);
		}
	}

	private void tick(CountingStream counted) {
		if (options.progress() != null && (records & 0x3FF) == 0) {
			options.progress().accept(new long[] { records, counted.count });
		}
	}

	/** One record: fields in {@link #FIELDS} order. */
	private void add(long number, String[] fields, String where) throws BadInputException {
		records++;
		String from = blank(fields[1]), to = blank(fields[2]), kindText = blank(fields[3]), amountText = blank(fields[4]);
		if (from == null || to == null || kindText == null || amountText == null) {
			skip(number, "missing " + (from == null ? "from" : to == null ? "to" : kindText == null ? "kind" : "amount"));
			return;
		}
		double amount;
		try {
			amount = Double.parseDouble(amountText);
		} catch (NumberFormatException e) {
			skip(number, "amount '" + Columns.shorten(amountText) + "' is not a number");
			return;
		}
		if (!Double.isFinite(amount) || amount < 0) {
			skip(number, "amount " + amountText + " is not a finite amount of zero or more");
			return;
		}
		LocalDate date = null;
		if (fields[0] != null && !fields[0].isBlank()) {
			try {
				String text = fields[0].trim();
				date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			} catch (DateTimeParseException e) {
				skip(number, "date '" + Columns.shorten(fields[0]) + "' is not a date (YYYY-MM-DD)");
				return;
			}
			if (options.period() != null && (date.isBefore(options.period()[0]) || date.isAfter(options.period()[1]))) {
				skip(number, "outside the period");
				return;
			}
		} else if (options.period() == null) {
			skip(number, "no date, and no --period to count it in");
			return;
		}
		String kind = VnetText.kind(kindText);
		String valueObject = kind == null ? kindText.trim() : null;
		String unit = blank(fields[5]);
		// three capitals are a currency code, known to the JDK or not (an unknown one is reported, not taken as a unit)
		boolean currency = unit != null && (Units.isCurrency(unit.trim()) || unit.trim().matches("[A-Z]{3}"));
		if (kind == null) {
			kind = currency ? "money" : "goods";
		}
		String baseUnit;
		double factor;
		if (currency) {
			unit = unit.trim();
			if (unit.equals(options.currency())) {
				factor = 1;
			} else if (options.rates().containsKey(unit)) {
				factor = options.rates().get(unit);
			} else {
				skip(number, "unknown currency " + unit + " (no rate into " + options.currency() + "; add one with --rates)");
				return;
			}
			baseUnit = options.currency();
		} else if (kind.equals("money")) {
			if (unit == null && options.currency() != null) {
				baseUnit = options.currency();
				factor = 1;
			} else {
				skip(number, "money in '" + unit + "', which is not a currency");
				return;
			}
		} else if (unit == null) {
			baseUnit = "units";
			factor = 1;
		} else {
			Object[] known = UNITS.get(unit.trim().toLowerCase(Locale.ROOT));
			if (known != null) {
				baseUnit = (String) known[0];
				factor = (Double) known[1];
			} else if (unit.trim().matches("[a-z][A-Za-z0-9_]*")) {
				baseUnit = unit.trim(); // a custom unit (cups, sessions): kept, never added to another unit
				factor = 1;
			} else {
				skip(number, "unknown unit '" + Columns.shorten(unit) + "'");
				return;
			}
		}
		String giver = names.resolve(from, number, merges);
		String receiver = names.resolve(to, number, merges);
		if (giver.equals(receiver)) {
			skip(number, "self-flow: " + from + " -> " + to + " is one actor");
			return;
		}
		if (options.dedupe()) {
			long hash = hash(fields);
			if (!seen.add(hash)) {
				duplicates++;
				if (duplicates <= 20) {
					notes.add(new Note(number, "dropped: exact duplicate of an earlier record"));
				}
				return;
			}
		}
		actors.putIfAbsent(giver, number);
		actors.putIfAbsent(receiver, number);
		Aggregate aggregate = flows.computeIfAbsent(new FlowKey(giver, receiver, kind, valueObject, baseUnit), k -> new Aggregate());
		if (aggregate.count == 0) {
			aggregate.firstRecord = number;
		}
		aggregate.sum += amount * factor;
		aggregate.count++;
		if (date != null) {
			aggregate.months.set(date.getYear() * 12 + date.getMonthValue() - 1 - 1900 * 12);
			first = first == null || date.isBefore(first) ? date : first;
			last = last == null || date.isAfter(last) ? date : last;
		}
		used++;
	}

	private void skip(long number, String why) {
		skipped++;
		String kind = why.replaceAll("[ '].*", "");
		int count = reported.merge(kind, 1, Integer::sum);
		if (count <= 20) {
			notes.add(new Note(number, "skipped: " + why));
		} else if (count == 21) {
			notes.add(new Note(number, "skipped: more records like this (only the first 20 are listed)"));
		}
	}

	/** 64-bit FNV-1a over the fields: two different records collide with probability ~n^2/2^64. */
	private static long hash(String[] fields) {
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

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private Result finish() {
		for (NameResolver.Merge merge : merges) {
			notes.add(new Note(merge.record(), "merged: '" + merge.spelling() + "' is " + merge.into()
					+ (merge.alias() ? " (alias)" : " (near-duplicate name)")));
		}
		LocalDate start = options.period() != null ? options.period()[0] : first;
		LocalDate end = options.period() != null ? options.period()[1] : last;
		double years = start == null ? 1 : (ChronoUnit.DAYS.between(start, end) + 1) / 365.0;
		List<ActorRow> actorRows = new ArrayList<>();
		actors.keySet().forEach(name -> actorRows.add(new ActorRow(name, "actor", "firm", null, Double.NaN, Map.of())));
		List<FlowRow> flowRows = new ArrayList<>();
		for (Map.Entry<FlowKey, Aggregate> entry : flows.entrySet()) {
			FlowKey key = entry.getKey();
			Aggregate aggregate = entry.getValue();
			double yearly = aggregate.sum / years;
			double perYear = aggregate.count / years;
			String frequency = perYear >= 200 ? "daily" : perYear >= 40 ? "weekly" : perYear >= 10 ? "monthly" : perYear >= 3 ? "quarterly" : "yearly";
			double occurrences = switch (frequency) {
				case "daily" -> 365;
				case "weekly" -> 52;
				case "monthly" -> 12;
				case "quarterly" -> 4;
				default -> 1;
			};
			String id = camel(key.from()) + "To" + capital(camel(key.to())) + capital(key.valueObject() != null ? camel(key.valueObject()) : key.kind())
					+ (key.unit().equals(options.currency()) || key.kind().equals("money") ? "" : capital(camel(key.unit())));
			boolean tangible = !Units.isIntangibleByDefault(ValueKind.get(key.kind()));
			double value = key.unit().equals(options.currency()) ? yearly : Double.NaN;
			flowRows.add(new FlowRow(id, key.from(), key.to(), key.kind(), key.valueObject(), tangible, round(yearly / occurrences), key.unit(),
					null, frequency, yearly, key.unit(), value, null, null));
			if (start != null && perYear >= 10) {
				gaps(aggregate, start, end, id);
			}
		}
		notes.sort(java.util.Comparator.comparingLong(Note::record));
		return new Result(new NetworkTables(options.network(), null, options.currency(), actorRows, flowRows, List.of()), notes, records, used,
				duplicates, skipped, start, end);
	}

	/** A flow recorded at least monthly with two or more months without a record inside the period. */
	private void gaps(Aggregate aggregate, LocalDate start, LocalDate end, String id) {
		int from = start.getYear() * 12 + start.getMonthValue() - 1 - 1900 * 12;
		int to = end.getYear() * 12 + end.getMonthValue() - 1 - 1900 * 12;
		int run = 0;
		for (int month = from; month <= to + 1; month++) {
			if (month <= to && !aggregate.months.get(month)) {
				run++;
			} else {
				if (run >= 2) {
					int gapStart = month - run;
					notes.add(new Note(aggregate.firstRecord, "gap: flow " + id + " has no records from " + monthName(gapStart) + " to "
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

	/** An open-addressing set of longs (8 bytes per entry at most half full): the duplicate detector. */
	static final class LongSet {
		private long[] table = new long[1 << 16];
		private boolean zero;
		private int size;

		boolean add(long value) {
			if (value == 0) {
				boolean added = !zero;
				zero = true;
				return added;
			}
			if (size * 2 >= table.length) {
				grow();
			}
			int mask = table.length - 1;
			int i = (int) (value ^ (value >>> 32)) * 0x9E3779B9 & mask;
			while (table[i] != 0) {
				if (table[i] == value) {
					return false;
				}
				i = (i + 1) & mask;
			}
			table[i] = value;
			size++;
			return true;
		}

		private void grow() {
			long[] old = table;
			table = new long[old.length * 2];
			size = 0;
			for (long value : old) {
				if (value != 0) {
					add(value);
				}
			}
		}
	}
}
