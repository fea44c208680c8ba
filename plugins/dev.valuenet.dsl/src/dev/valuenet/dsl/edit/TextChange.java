package dev.valuenet.dsl.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * Replace {@code length} characters at {@code offset} of {@code file}'s current text by
 * {@code text} (an insertion when length is 0, a deletion when text is empty). Offsets are in the
 * text the edit was computed from; the changes of one edit never overlap.
 */
public record TextChange(URI file, int offset, int length, String text) {

	public int end() {
		return offset + length;
	}

	/**
	 * The text after applying the changes of one file (from the last to the first, so earlier
	 * offsets stay valid).
	 *
	 * @throws IllegalArgumentException when two changes overlap or one lies outside the text
	 */
	public static String apply(String text, List<TextChange> changes) {
		List<TextChange> sorted = new ArrayList<>(changes);
		sorted.sort(Comparator.comparingInt(TextChange::offset).thenComparingInt(TextChange::end));
		StringBuilder result = new StringBuilder(text);
		int limit = text.length();
		for (int i = sorted.size() - 1; i >= 0; i--) {
			TextChange change = sorted.get(i);
			if (change.offset() < 0 || change.end() > limit) {
				throw new IllegalArgumentException("overlapping or out-of-range change " + change);
			}
			result.replace(change.offset(), change.end(), change.text());
			limit = change.offset();
		}
		return result.toString();
	}
}
