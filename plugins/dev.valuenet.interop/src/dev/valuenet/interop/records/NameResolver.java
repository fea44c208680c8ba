package dev.valuenet.interop.records;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Actor names of interaction records resolved to one spelling: first the alias table
 * ({@code "ACME Corporation" -> "Acme"}), then near-duplicates, names equal after folding case,
 * accents, punctuation, spaces and a legal-form suffix ({@code Acme Corp.}, {@code ACME corp},
 * {@code Acmé Corp} are one actor, spelled as first seen). Every merge is reported once.
 * <p>
 * "First seen" is the only order-dependent part, made explicit for a distributed run: each
 * spelling makes a {@link Claim} on a folded key, and a key's name is the one of its earliest
 * claim (record number, then giver before receiver). {@link #resolve} applies the claims in
 * reading order; a distributed job finds each key's earliest claim and calls
 * {@link Claim#name(Map)}, which gives the same names.
 */
public final class NameResolver implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
			"llc", "plc", "gmbh", "ag", "sa", "sas", "srl", "bv", "nv", "kk", "oy", "ab", "as", "spa");

	private final Map<String, String> aliases = new HashMap<>();
	private final Map<String, String> byKey = new HashMap<>();
	private final Map<String, String> resolved = new HashMap<>();

	/** A merge of a spelling into an actor, for the report. */
	public record Merge(String spelling, String into, long record, boolean alias) implements Serializable {
		private static final long serialVersionUID = 1L;

		/** The report's line for it. */
		public String message() {
			return "merged: '" + spelling + "' is " + into + (alias ? " (alias)" : " (near-duplicate name)");
		}
	}

	/**
	 * What a spelling asks of the name table: that {@code key} be spelled {@code name} unless an
	 * earlier claim spelled it already.
	 *
	 * @param trimmed the spelling, trimmed and with inner white space collapsed
	 * @param alias   whether the alias table named it: then it is {@code name} whatever the table holds
	 */
	public record Claim(String key, String name, String trimmed, boolean alias) implements Serializable {
		private static final long serialVersionUID = 1L;

		/** The actor it stands for, given each key's earliest claimed name. */
		public String name(Map<String, String> earliest) {
			return alias ? name : earliest.get(key);
		}
	}

	public NameResolver(Map<String, String> aliasTable) {
		aliasTable.forEach((alias, name) -> aliases.put(key(alias), name.trim()));
	}

	/** The claim {@code spelling} makes. */
	public Claim claim(String spelling) {
		String trimmed = spelling.trim().replaceAll("\\s+", " ");
		String name = aliases.get(key(trimmed));
		return name != null ? new Claim(key(name), name, trimmed, true) : new Claim(key(trimmed), trimmed, trimmed, false);
	}

	/** The actor a spelling stands for, in reading order; {@code merges} receives a new merge (once per spelling). */
	public String resolve(String spelling, long record, List<Merge> merges) {
		String known = resolved.get(spelling);
		if (known != null) {
			return known;
		}
		Claim claim = claim(spelling);
		byKey.putIfAbsent(claim.key(), claim.name());
		String name = claim.name(byKey);
		if (!name.equals(claim.trimmed())) {
			merges.add(new Merge(spelling, name, record, claim.alias()));
		}
		resolved.put(spelling, name);
		return name;
	}

	/** The folded form: lower case, no accents, words of letters and digits, legal form dropped. */
	public static String key(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		String[] words = folded.split("[^\\p{L}\\p{N}]+");
		StringBuilder key = new StringBuilder();
		int last = words.length - 1;
		while (last > 0 && (words[last].isEmpty() || LEGAL_FORMS.contains(words[last]))) {
			last--;
		}
		for (int i = 0; i <= last; i++) {
			key.append(words[i]);
		}
		return key.toString();
	}
}
