package dev.valuenet.interop.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

import dev.valuenet.interop.BadInputException;

/**
 * Interaction records summed up, before they become a network: per flow (giver, receiver, value,
 * unit) the exact sum, the count, the first record and the months with records; the actors in the
 * order they first appear; the counts and the report's notes. {@link RecordAggregator} builds it
 * from records on one machine, the Spark job (spark/) on many; {@link #write} and {@link #read}
 * carry it between the two as JSON lines (docs/interop.md), and {@code RecordImport} turns it into
 * a model.
 *
 * @param source     the records' file name, for the report
 * @param network    the network's name
 * @param currency   the network currency
 * @param period     first and last day counted, or null for the records' own span
 * @param records    records read
 * @param used       records aggregated
 * @param duplicates exact duplicates dropped
 * @param skipped    records skipped
 * @param first      the first date of an aggregated record, or null
 * @param last       the last one, or null
 * @param actors     actor names in the order of their first aggregated record (giver before receiver)
 * @param flows      the flows in the order of their first record
 * @param notes      the report so far (skips, drops, merges), ordered by record number
 */
public record RecordAggregate(String source, String network, String currency, LocalDate[] period, long records, long used, long duplicates,
		long skipped, LocalDate first, LocalDate last, List<String> actors, Map<FlowKey, Flow> flows, List<Note> notes) {

	/** The format's name and version, the first line's "valuenet" member. */
	public static final String FORMAT = "record-aggregate/1";

	/** What records are summed by. */
	public record FlowKey(String from, String to, String kind, String valueObject, String unit) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** One line of the report: what happened to which record (0: to none). */
	public record Note(long record, String message) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** The records of one flow, summed; merging two partial flows gives the flow of both. */
	public static final class Flow implements Serializable {
		private static final long serialVersionUID = 1L;

		private final ExactSum sum = new ExactSum();
		private long count;
		private long firstRecord = Long.MAX_VALUE;
		private final BitSet months = new BitSet();

		/** Adds record {@code record} of {@code value} on {@code date} (null: no date). */
		public void add(long record, double value, LocalDate date) {
			sum.add(value);
			count++;
			firstRecord = Math.min(firstRecord, record);
			if (date != null) {
				months.set(RecordRules.month(date));
			}
		}

		/** Adds the records of {@code other}. */
		public Flow add(Flow other) {
			sum.add(other.sum);
			count += other.count;
			firstRecord = Math.min(firstRecord, other.firstRecord);
			months.or(other.months);
			return this;
		}

		public double sum() {
			return sum.value();
		}

		public long count() {
			return count;
		}

		public long firstRecord() {
			return firstRecord;
		}

		/** Whether a record fell in month {@code month} ({@link RecordRules#month}). */
		public boolean hasMonth(int month) {
			return months.get(month);
		}
	}

	/** Writes the aggregate as JSON lines: a header object, then one object per actor, flow and note. */
	public void write(Writer out) throws IOException {
		JsonWriter header = json(out);
		header.beginObject().name("valuenet").value(FORMAT).name("source").value(source).name("network").value(network).name("currency")
				.value(currency);
		header.name("period");
		if (period == null) {
			header.nullValue();
		} else {
			header.beginArray().value(period[0].toString()).value(period[1].toString()).endArray();
		}
		header.name("records").value(records).name("used").value(used).name("duplicates").value(duplicates).name("skipped").value(skipped)
				.name("first").value(first == null ? null : first.toString()).name("last").value(last == null ? null : last.toString()).endObject();
		out.write('\n');
		for (String actor : actors) {
			json(out).beginObject().name("actor").value(actor).endObject();
			out.write('\n');
		}
		for (Map.Entry<FlowKey, Flow> entry : flows.entrySet()) {
			FlowKey key = entry.getKey();
			Flow flow = entry.getValue();
			JsonWriter line = json(out).beginObject().name("from").value(key.from()).name("to").value(key.to()).name("kind").value(key.kind())
					.name("valueObject").value(key.valueObject()).name("unit").value(key.unit()).name("sum").value(flow.sum()).name("count")
					.value(flow.count).name("firstRecord").value(flow.firstRecord).name("months").beginArray();
			for (int month = flow.months.nextSetBit(0); month >= 0; month = flow.months.nextSetBit(month + 1)) {
				line.value(month);
			}
			line.endArray().endObject();
			out.write('\n');
		}
		for (Note note : notes) {
			json(out).beginObject().name("note").value(note.record()).name("message").value(note.message()).endObject();
			out.write('\n');
		}
		out.flush();
	}

	/** A writer for one line; never closed, as the lines share {@code out}. */
	private static JsonWriter json(Writer out) {
		JsonWriter writer = new JsonWriter(out);
		writer.setSerializeNulls(true);
		return writer;
	}

	/** Whether {@code file} starts like an aggregate (its first line names {@link #FORMAT}'s name). */
	public static boolean isAggregate(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line = reader.readLine();
			return line != null && line.startsWith("{\"valuenet\":\"record-aggregate/");
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Reads what {@link #write} wrote; damaged input gives a {@link BadInputException} naming the line. */
	public static RecordAggregate read(Path file) throws IOException {
		List<String> actors = new ArrayList<>();
		Map<FlowKey, Flow> flows = new LinkedHashMap<>();
		List<Note> notes = new ArrayList<>();
		JsonObject header = null;
		long number = 0;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String text;
			while ((text = reader.readLine()) != null) {
				number++;
				if (text.isBlank()) {
					continue;
				}
				try {
					JsonObject line = JsonParser.parseString(text).getAsJsonObject();
					if (header == null) {
						if (!line.has("valuenet") || !FORMAT.equals(line.get("valuenet").getAsString())) {
							throw new BadInputException(file + ":" + number + ": not a record aggregate (" + FORMAT
									+ "); write one with spark/run.sh or import the records themselves");
						}
						header = line;
					} else if (line.has("actor")) {
						actors.add(line.get("actor").getAsString());
					} else if (line.has("note")) {
						notes.add(new Note(line.get("note").getAsLong(), line.get("message").getAsString()));
					} else {
						Flow flow = new Flow();
						flow.sum.add(line.get("sum").getAsDouble());
						flow.count = line.get("count").getAsLong();
						flow.firstRecord = line.get("firstRecord").getAsLong();
						line.getAsJsonArray("months").forEach(month -> flow.months.set(month.getAsInt()));
						flows.put(new FlowKey(string(line, "from"), string(line, "to"), string(line, "kind"), string(line, "valueObject"),
								string(line, "unit")), flow);
					}
				} catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
						| DateTimeParseException e) {
					throw new BadInputException(file + ":" + number + ": not a line of a record aggregate (truncated or damaged?)");
				}
			}
		} catch (java.nio.charset.MalformedInputException e) {
			throw new BadInputException(file + ":" + (number + 1) + ": not UTF-8 text (mis-encoded?); write it again with spark/run.sh");
		}
		if (header == null) {
			throw new BadInputException(file + ": empty; a record aggregate starts with a line naming " + FORMAT);
		}
		try {
			LocalDate[] period = header.get("period").isJsonNull() ? null
					: new LocalDate[] { LocalDate.parse(header.getAsJsonArray("period").get(0).getAsString()),
							LocalDate.parse(header.getAsJsonArray("period").get(1).getAsString()) };
			return new RecordAggregate(string(header, "source"), string(header, "network"), string(header, "currency"), period,
					header.get("records").getAsLong(), header.get("used").getAsLong(), header.get("duplicates").getAsLong(),
					header.get("skipped").getAsLong(), date(header, "first"), date(header, "last"), actors, flows, notes);
		} catch (RuntimeException e) {
			throw new BadInputException(file + ":1: the header of a record aggregate lacks a member or has a bad one (" + e.getMessage() + ")");
		}
	}

	private static String string(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	private static LocalDate date(JsonObject object, String member) {
		String text = string(object, member);
		return text == null ? null : LocalDate.parse(text);
	}
}
