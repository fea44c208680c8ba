package dev.valuenet.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

import dev.valuenet.interop.BadInputException;
import dev.valuenet.interop.records.NameResolver;
import dev.valuenet.interop.records.RecordAggregate;
import dev.valuenet.interop.records.RecordAggregate.Flow;
import dev.valuenet.interop.records.RecordAggregate.FlowKey;
import dev.valuenet.interop.records.RecordAggregate.Note;
import dev.valuenet.interop.records.RecordAggregator;
import dev.valuenet.interop.records.RecordRules;
import scala.Tuple2;

/**
 * The aggregation of {@code valuenet import RECORDS} as a Spark job: the same {@link RecordRules},
 * {@link NameResolver} and {@link RecordAggregate} (compiled from the interop bundle's sources),
 * distributed. What a single pass decides by the order of the records is decided here by record
 * number, which is the record's position in the input (files in the order given, a folder's
 * files by name):
 * <ul>
 * <li>a name's spelling: each folded key's earliest claim (record, giver before receiver);
 * <li>duplicates: per duplicate key, the earliest record is kept, the others dropped;
 * <li>the order of actors and flows: by their first aggregated record;
 * <li>the report: the first {@link RecordRules#LISTED} skips of each kind and duplicates.
 * </ul>
 * Sums are exact ({@link dev.valuenet.interop.records.ExactSum}), so partial sums merged in any
 * order give the single pass's double. Memory on the driver grows with the number of actors,
 * flows and merged spellings, never with the number of records.
 */
public final class RecordAggregation {

	private RecordAggregation() {
	}

	/** The settings of one run, as {@code valuenet import} takes them. */
	public record Settings(List<String> inputs, String format, Map<String, String> columns, Map<String, String> aliases, RecordRules rules,
			String network, boolean dedupe) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** One record, numbered from 1, with what the rules made of it. */
	private record Parsed(long record, String[] fields, RecordRules.Outcome outcome) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** A record that counts, its names resolved, with its {@link RecordRules#dedupeKey}. */
	private record Used(long record, String giver, String receiver, RecordRules.Amount amount, long dedupeKey) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** The earliest record of a duplicate key, how many later ones there were, and the first of those. */
	private record Kept(Used first, long duplicates, long[] firstDuplicates) implements Serializable {
		private static final long serialVersionUID = 1L;

		static Kept merge(Kept a, Kept b) {
			Kept early = a.first.record() <= b.first.record() ? a : b, late = early == a ? b : a;
			long[] both = new long[early.firstDuplicates.length + late.firstDuplicates.length + 1];
			System.arraycopy(early.firstDuplicates, 0, both, 0, early.firstDuplicates.length);
			System.arraycopy(late.firstDuplicates, 0, both, early.firstDuplicates.length, late.firstDuplicates.length);
			both[both.length - 1] = late.first.record();
			Arrays.sort(both);
			return new Kept(early.first, a.duplicates + b.duplicates + 1, Arrays.copyOf(both, Math.min(both.length, RecordRules.LISTED)));
		}
	}

	/** The records of {@code settings.inputs()} aggregated. */
	public static RecordAggregate aggregate(SparkSession spark, Settings settings) throws IOException {
		JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
		Broadcast<RecordRules> rules = context.broadcast(settings.rules());
		Broadcast<NameResolver> resolver = context.broadcast(new NameResolver(settings.aliases()));

		JavaRDD<Parsed> parsed = fields(spark, settings).zipWithIndex()
				.map(row -> new Parsed(row._2() + 1, row._1(), rules.value().apply(row._1())))
				.persist(StorageLevel.MEMORY_AND_DISK());
		long records = parsed.count();
		JavaRDD<Parsed> valid = parsed.filter(p -> p.outcome() instanceof RecordRules.Amount);

		// names: a spelling's first occurrence (record * 2, + 1 for the receiver), then each key's earliest claim
		JavaPairRDD<String, Long> spellings = valid
				.flatMapToPair(p -> List.of(new Tuple2<>(p.fields()[RecordRules.FROM], p.record() * 2),
						new Tuple2<>(p.fields()[RecordRules.TO], p.record() * 2 + 1)).iterator())
				.reduceByKey(Math::min).persist(StorageLevel.MEMORY_AND_DISK());
		Map<String, String> earliest = new HashMap<>();
		spellings.mapToPair(s -> {
			NameResolver.Claim claim = resolver.value().claim(s._1());
			return new Tuple2<>(claim.key(), new Tuple2<>(s._2(), claim.name()));
		}).reduceByKey((a, b) -> a._1() <= b._1() ? a : b).collect().forEach(c -> earliest.put(c._1(), c._2()._2()));
		Broadcast<Map<String, String>> names = context.broadcast(earliest);
		List<Tuple2<Long, NameResolver.Merge>> merges = new ArrayList<>(spellings.flatMap(s -> {
			NameResolver.Claim claim = resolver.value().claim(s._1());
			String name = claim.name(names.value());
			return name.equals(claim.trimmed()) ? List.<Tuple2<Long, NameResolver.Merge>>of().iterator()
					: List.of(new Tuple2<>(s._2(), new NameResolver.Merge(s._1(), name, s._2() / 2, claim.alias()))).iterator();
		}).collect());
		merges.sort(Comparator.comparingLong(Tuple2::_1));
		spellings.unpersist();

		// resolved; self-flows are skips
		JavaRDD<Object> resolved = valid.mapPartitions(partition -> {
			Map<String, String> cache = new HashMap<>();
			List<Object> out = new ArrayList<>();
			while (partition.hasNext()) {
				Parsed p = partition.next();
				String from = p.fields()[RecordRules.FROM], to = p.fields()[RecordRules.TO];
				String giver = cache.computeIfAbsent(from, s -> resolver.value().claim(s).name(names.value()));
				String receiver = cache.computeIfAbsent(to, s -> resolver.value().claim(s).name(names.value()));
				out.add(giver.equals(receiver) ? new Parsed(p.record(), p.fields(), RecordRules.selfFlow(from, to))
						: new Used(p.record(), giver, receiver, (RecordRules.Amount) p.outcome(), RecordRules.dedupeKey(p.fields())));
			}
			return out.iterator();
		}).persist(StorageLevel.MEMORY_AND_DISK());

		// skips: counted, and the first LISTED + 1 of each kind noted
		JavaPairRDD<Long, RecordRules.Skip> skips = parsed.filter(p -> p.outcome() instanceof RecordRules.Skip)
				.union(resolved.filter(o -> o instanceof Parsed).map(o -> (Parsed) o))
				.mapToPair(p -> new Tuple2<>(p.record(), (RecordRules.Skip) p.outcome()));
		long skipped = skips.count();
		List<Note> reading = new ArrayList<>();
		skips.mapToPair(s -> new Tuple2<>(s._2().kind(), firstOf(s)))
				.reduceByKey(RecordAggregation::firstOf)
				.values().collect().forEach(first -> {
					long rank = 0;
					for (Map.Entry<Long, RecordRules.Skip> skip : first.entrySet()) {
						reading.add(RecordAggregator.skipped(skip.getKey(), skip.getValue(), ++rank));
					}
				});

		// duplicates: per key the earliest record is kept
		JavaRDD<Used> used = resolved.filter(o -> o instanceof Used).map(o -> (Used) o);
		long duplicates = 0;
		if (settings.dedupe()) {
			JavaRDD<Kept> kept = used.mapToPair(u -> new Tuple2<>(u.dedupeKey(), new Kept(u, 0, new long[0])))
					.reduceByKey(Kept::merge).values().persist(StorageLevel.MEMORY_AND_DISK());
			duplicates = kept.map(Kept::duplicates).fold(0L, Long::sum);
			kept.flatMap(k -> Arrays.stream(k.firstDuplicates()).boxed().iterator()).takeOrdered(RecordRules.LISTED)
					.forEach(record -> reading.add(RecordAggregator.duplicate(record)));
			used = kept.map(Kept::first);
		}
		used = used.persist(StorageLevel.MEMORY_AND_DISK());

		// flows and actors in the order of their first record
		List<Tuple2<FlowKey, Flow>> flows = new ArrayList<>(used
				.mapToPair(u -> new Tuple2<>(new FlowKey(u.giver(), u.receiver(), u.amount().kind(), u.amount().valueObject(), u.amount().unit()), u))
				.aggregateByKey(new Flow(), (flow, u) -> {
					flow.add(u.record(), u.amount().value(), u.amount().date());
					return flow;
				}, Flow::add).collect());
		flows.sort(Comparator.comparingLong(f -> f._2().firstRecord()));
		Map<FlowKey, Flow> flowMap = new LinkedHashMap<>();
		flows.forEach(f -> flowMap.put(f._1(), f._2()));
		List<Tuple2<String, Long>> actorOrder = new ArrayList<>(used
				.flatMapToPair(u -> List.of(new Tuple2<>(u.giver(), u.record() * 2), new Tuple2<>(u.receiver(), u.record() * 2 + 1)).iterator())
				.reduceByKey(Math::min).collect());
		actorOrder.sort(Comparator.comparingLong(Tuple2::_2));
		long[] span = used.map(u -> u.amount().date() == null ? new long[] { Long.MAX_VALUE, Long.MIN_VALUE, 1 }
				: new long[] { u.amount().date().toEpochDay(), u.amount().date().toEpochDay(), 1 })
				.fold(new long[] { Long.MAX_VALUE, Long.MIN_VALUE, 0 }, (a, b) -> new long[] { Math.min(a[0], b[0]), Math.max(a[1], b[1]), a[2] + b[2] });
		parsed.unpersist();
		resolved.unpersist();

		// the report as a single pass writes it: reading notes by record, then merges, stable by record
		reading.sort(Comparator.comparingLong(Note::record));
		List<Note> notes = new ArrayList<>(reading);
		merges.forEach(m -> notes.add(new Note(m._2().record(), m._2().message())));
		notes.sort(Comparator.comparingLong(Note::record));
		return new RecordAggregate(String.join(",", settings.inputs()), settings.network(), settings.rules().currency(), settings.rules().period(),
				records, span[2], duplicates, skipped, span[0] == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(span[0]),
				span[0] == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(span[1]), actorOrder.stream().map(Tuple2::_1).toList(), flowMap, notes);
	}

	private static TreeMap<Long, RecordRules.Skip> firstOf(Tuple2<Long, RecordRules.Skip> skip) {
		TreeMap<Long, RecordRules.Skip> first = new TreeMap<>();
		first.put(skip._1(), skip._2());
		return first;
	}

	/** The first {@link RecordRules#LISTED} + 1 skips of both. */
	private static TreeMap<Long, RecordRules.Skip> firstOf(TreeMap<Long, RecordRules.Skip> a, TreeMap<Long, RecordRules.Skip> b) {
		TreeMap<Long, RecordRules.Skip> both = new TreeMap<>(a);
		both.putAll(b);
		while (both.size() > RecordRules.LISTED + 1) {
			both.pollLastEntry();
		}
		return both;
	}

	/** The six fields of every record, strings as a CSV has them, in input order. */
	private static JavaRDD<String[]> fields(SparkSession spark, Settings settings) throws IOException {
		Dataset<Row> all = null;
		for (String input : files(spark, settings.inputs())) {
			Dataset<Row> read = settings.format().equals("parquet") ? spark.read().parquet(input)
					: spark.read().option("header", true).option("ignoreLeadingWhiteSpace", true).option("ignoreTrailingWhiteSpace", true)
							// RFC 4180 as commons-csv reads it in a single pass: a quote inside quotes is doubled, no backslash escape
							.option("escape", "\"")
							// an empty cell is "" as in a single pass (where a missing cell is null)
							.option("nullValue", "\u0000null\u0000").option("emptyValue", "").option("mode", "PERMISSIVE").csv(input);
			List<String> columns = Arrays.asList(read.columns());
			Column[] selected = new Column[RecordRules.FIELDS.size()];
			for (int i = 0; i < selected.length; i++) {
				String field = RecordRules.FIELDS.get(i);
				String column = settings.columns().getOrDefault(field, field);
				if (columns.contains(column)) {
					selected[i] = functions.col("`" + column + "`").cast("string");
				} else if (field.equals("unit") || field.equals("date")) {
					selected[i] = functions.lit(null).cast("string");
				} else {
					throw new BadInputException(input + ":1: no column '" + column + "' for the " + field + " of a record (columns: "
							+ String.join(", ", columns) + "; map one with --column " + field + "=NAME)");
				}
			}
			Dataset<Row> fields = read.select(selected);
			all = all == null ? fields : all.union(fields);
		}
		return all.javaRDD().map(row -> {
			String[] fields = new String[row.length()];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = row.isNullAt(i) ? null : row.getString(i);
			}
			return fields;
		});
	}

	/** The input files in record order: as given, a folder's data files by name. */
	private static List<String> files(SparkSession spark, List<String> inputs) throws IOException {
		List<String> files = new ArrayList<>();
		for (String input : inputs) {
			org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
			FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
			if (!fs.exists(path)) {
				throw new BadInputException("no such file: " + input);
			}
			if (fs.getFileStatus(path).isDirectory()) {
				List<String> parts = new ArrayList<>();
				for (FileStatus status : fs.listStatus(path)) {
					String name = status.getPath().getName();
					if (status.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
						parts.add(status.getPath().toString());
					}
				}
				parts.sort(Comparator.naturalOrder());
				files.addAll(parts);
			} else {
				files.add(input);
			}
		}
		return files;
	}
}
