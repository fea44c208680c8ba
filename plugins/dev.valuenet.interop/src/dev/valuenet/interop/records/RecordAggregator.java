package dev.valuenet.interop.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.valuenet.interop.records.RecordAggregate.Flow;
import dev.valuenet.interop.records.RecordAggregate.FlowKey;
import dev.valuenet.interop.records.RecordAggregate.Note;

/**
 * Records aggregated one after another on one machine, in bounded memory: grows with the
 * number of distinct flows, actors and spellings, plus 8 bytes per record for duplicate detection
 * (none without dedupe). The order of the records decides three things, which a distributed run
 * reproduces from record numbers: the spelling of a merged name (first seen), which of two equal
 * records is the duplicate (the later), and the order of actors and flows (first record).
 */
public final class RecordAggregator {

	private final RecordRules rules;
	private final NameResolver names;
	private final boolean dedupe;
	private final Map<FlowKey, Flow> flows = new LinkedHashMap<>();
	private final Set<String> actors = new LinkedHashSet<>();
	private final List<Note> notes = new ArrayList<>();
	private final List<NameResolver.Merge> merges = new ArrayList<>();
	private final LongSet seen = new LongSet();
	private final Map<String, Integer> reported = new HashMap<>();
	private long records, used, duplicates, skipped;
	private LocalDate first, last;

	/**
	 * @param rules   the rules for one record
	 * @param aliases spelling -> actor name
	 * @param dedupe  drop records identical to an earlier one (all fields)
	 */
	public RecordAggregator(RecordRules rules, Map<String, String> aliases, boolean dedupe) {
		this.rules = rules;
		this.names = new NameResolver(aliases);
		this.dedupe = dedupe;
	}

	/** Records added so far. */
	public long records() {
		return records;
	}

	/** Adds record {@code number}: fields in {@link RecordRules#FIELDS} order. */
	public void add(long number, String[] fields) {
		records++;
		RecordRules.Outcome outcome = rules.apply(fields);
		if (outcome instanceof RecordRules.Skip skip) {
			skip(number, skip);
			return;
		}
		RecordRules.Amount amount = (RecordRules.Amount) outcome;
		String giver = names.resolve(fields[RecordRules.FROM], number, merges);
		String receiver = names.resolve(fields[RecordRules.TO], number, merges);
		if (giver.equals(receiver)) {
			skip(number, RecordRules.selfFlow(fields[RecordRules.FROM], fields[RecordRules.TO]));
			return;
		}
		if (dedupe && !seen.add(RecordRules.dedupeKey(fields))) {
			duplicates++;
			if (duplicates <= RecordRules.LISTED) {
				notes.add(duplicate(number));
			}
			return;
		}
		actors.add(giver);
		actors.add(receiver);
		flows.computeIfAbsent(new FlowKey(giver, receiver, amount.kind(), amount.valueObject(), amount.unit()), k -> new Flow()).add(number,
				amount.value(), amount.date());
		LocalDate date = amount.date();
		if (date != null) {
			first = first == null || date.isBefore(first) ? date : first;
			last = last == null || date.isAfter(last) ? date : last;
		}
		used++;
	}

	/** The note on a dropped duplicate. */
	public static Note duplicate(long record) {
		return new Note(record, "dropped: exact duplicate of an earlier record");
	}

	/**
	 * The note on a skip that is the {@code rank}-th (from 1) of its {@link RecordRules.Skip#kind()} in
	 * record order: the first {@link RecordRules#LISTED} are listed, the next says there were more,
	 * null for the rest.
	 */
	public static Note skipped(long record, RecordRules.Skip skip, long rank) {
		return rank <= RecordRules.LISTED ? new Note(record, "skipped: " + skip.why())
				: rank == RecordRules.LISTED + 1 ? new Note(record, "skipped: more records like this (only the first " + RecordRules.LISTED
						+ " are listed)") : null;
	}

	private void skip(long number, RecordRules.Skip skip) {
		skipped++;
		Note note = skipped(number, skip, reported.merge(skip.kind(), 1, Integer::sum));
		if (note != null) {
			notes.add(note);
		}
	}

	/**
	 * The aggregate of the records added.
	 *
	 * @param source  the records' file name, for the report
	 * @param network the network's name
	 */
	public RecordAggregate finish(String source, String network) {
		List<Note> all = new ArrayList<>(notes);
		merges.forEach(merge -> all.add(new Note(merge.record(), merge.message())));
		all.sort(Comparator.comparingLong(Note::record)); // stable: a record's skip or drop before its merges
		return new RecordAggregate(source, network, rules.currency(), rules.period(), records, used, duplicates, skipped, first, last, new ArrayList<>(actors),
				flows, all);
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
