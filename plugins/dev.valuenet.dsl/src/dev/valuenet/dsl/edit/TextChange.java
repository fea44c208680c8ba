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

	/** The one change of {@code file} that turns {@code from} into {@code to}: what lies between their common start and end. */
	public static TextChange between(URI file, String from, String to) {
		int start = 0;
		while (start < from.length() && start < to.length() && from.charAt(start) == to.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < from.length() - start && end < to.length() - start && from.charAt(from.length() - 1 - end) == to.charAt(to.length() - 1 - end)) {
			end++;
		}
		return new TextChange(file, start, from.length() - start - end, to.substring(start, to.length() - end));
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
