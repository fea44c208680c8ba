package dev.valuenet.interop;

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
 */
final class NameResolver {

	private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
			"llc", "plc", "gmbh", "ag", "sa", "sas", "srl", "bv", "nv", "kk", "oy", "ab", "as", "spa");

	private final Map<String, String> aliases = new HashMap<>();
	private final Map<String, String> byKey = new HashMap<>();
	private final Map<String, String> resolved = new HashMap<>();

	/** A merge of a spelling into an actor, for the report. */
	record Merge(String spelling, String into, long record, boolean alias) {
	}

	NameResolver(Map<String, String> aliasTable) {
		aliasTable.forEach((alias, name) -> aliases.put(key(alias), name.trim()));
	}

	/** The actor a spelling stands for; {@code merges} receives a new merge (once per spelling). */
	String resolve(String spelling, long record, List<Merge> merges) {
		String known = resolved.get(spelling);
		if (known != null) {
			return known;
		}
		String trimmed = spelling.trim().replaceAll("\\s+", " ");
		String key = key(trimmed);
		String name = aliases.get(key);
		boolean alias = name != null;
		if (name == null) {
			name = byKey.computeIfAbsent(key, k -> trimmed);
		} else {
			byKey.putIfAbsent(key(name), name);
		}
		if (!name.equals(trimmed)) {
			merges.add(new Merge(spelling, name, record, alias));
		}
		resolved.put(spelling, name);
		return name;
	}

	/** The folded form: lower case, no accents, words of letters and digits, legal form dropped. */
	static String key(String name) {
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
