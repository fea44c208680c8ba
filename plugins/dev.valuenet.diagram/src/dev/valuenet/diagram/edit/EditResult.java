package dev.valuenet.diagram.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

import dev.valuenet.dsl.edit.TextChange;

/**
 * What a diagram command does to the text: the changes of every file it touches (apply each file's
 * changes as one undoable edit), or why it was refused.
 *
 * @param changes the changes, by file then offset; empty when refused
 * @param element the id of the created or renamed node (qualified name) or the name of the created
 *                flow or tie, so the diagram can select it after reloading; null otherwise
 * @param refusal why nothing changes, written for the user; null when the command applies
 */
public record EditResult(List<TextChange> changes, String element, String refusal) {

	static EditResult refused(String refusal) {
		return new EditResult(List.of(), null, refusal);
	}

	static EditResult of(List<TextChange> changes, String element) {
		List<TextChange> sorted = new ArrayList<>(changes);
		sorted.sort(Comparator.comparing((TextChange c) -> c.file().toString()).thenComparingInt(TextChange::offset)
				.thenComparingInt(TextChange::end));
		return new EditResult(List.copyOf(sorted), element, null);
	}

	public boolean ok() {
		return refusal == null;
	}

	/** The changes grouped per file, files in the order of their URIs. */
	public Map<URI, List<TextChange>> byFile() {
		Map<URI, List<TextChange>> files = new LinkedHashMap<>();
		for (TextChange change : changes) {
			files.computeIfAbsent(change.file(), f -> new ArrayList<>()).add(change);
		}
		return files;
	}

	/** {@code text} (the current text of {@code file}) with this result's changes of that file applied. */
	public String apply(URI file, String text) {
		return TextChange.apply(text, byFile().getOrDefault(file, List.of()));
	}
}
