package dev.valuenet.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.junit.jupiter.api.Test;

/** Only the colours that changed are painted again: the span between the first and the last token that differ. */
class SemanticHighlighterTest {

	private static StyleRange style(Color colour, int fontStyle) {
		StyleRange style = new StyleRange();
		style.foreground = colour;
		style.fontStyle = fontStyle;
		return style;
	}

	private static final StyleRange P = style(SemanticHighlighter.PARTICIPANT, SWT.NORMAL), F = style(SemanticHighlighter.FLOW, SWT.NORMAL),
			PB = style(SemanticHighlighter.PARTICIPANT, SWT.BOLD);

	@Test
	void theSameTokensNeedNoPainting() {
		int[] offsets = { 0, 10, 20 }, lengths = { 3, 4, 5 };
		StyleRange[] styles = { P, F, P };
		assertNull(SemanticHighlighter.changedSpan(offsets, lengths, styles, 3, offsets.clone(), lengths.clone(), styles.clone(), 3));
	}

	@Test
	void aTokenOfAnotherColourStyleOrLengthIsTheSpan() {
		int[] offsets = { 0, 10, 20, 30 }, lengths = { 3, 4, 5, 6 };
		StyleRange[] styles = { P, F, P, F };
		assertArrayEquals(new int[] { 10, 14 }, SemanticHighlighter.changedSpan(offsets, lengths, styles, 4, offsets, lengths, new StyleRange[] { P, P, P, F }, 4));
		assertArrayEquals(new int[] { 20, 25 }, SemanticHighlighter.changedSpan(offsets, lengths, styles, 4, offsets, lengths, new StyleRange[] { P, F, PB, F }, 4));
		assertArrayEquals(new int[] { 30, 37 }, SemanticHighlighter.changedSpan(offsets, lengths, styles, 4, offsets, new int[] { 3, 4, 5, 7 }, styles, 4));
	}

	@Test
	void tokensOfAnEditedLineAreTheSpanAndTheShiftedOnesAfterItAreNot() {
		// a line inserted at 12: the token it touched was dropped (length 0), the ones after it shifted by 20
		int[] oldOffsets = { 0, 10, 40, 50 }, oldLengths = { 3, 0, 5, 6 };
		StyleRange[] oldStyles = { P, F, P, F };
		int[] offsets = { 0, 10, 15, 25, 40, 50 }, lengths = { 3, 4, 6, 3, 5, 6 };
		StyleRange[] styles = { P, F, P, P, P, F };
		assertArrayEquals(new int[] { 10, 28 }, SemanticHighlighter.changedSpan(oldOffsets, oldLengths, oldStyles, 4, offsets, lengths, styles, 6));
		// and tokens taken out: the span covers the old ones
		assertArrayEquals(new int[] { 10, 28 }, SemanticHighlighter.changedSpan(offsets, lengths, styles, 6, oldOffsets, oldLengths, oldStyles, 4));
	}

	@Test
	void onlyTheCountedTokensCount() {
		int[] offsets = { 0, 10, 99 }, lengths = { 3, 4, 1 };
		StyleRange[] styles = { P, F, P };
		assertNull(SemanticHighlighter.changedSpan(offsets, lengths, styles, 2, new int[] { 0, 10 }, new int[] { 3, 4 }, new StyleRange[] { P, F }, 2));
		assertArrayEquals(new int[] { 99, 100 }, SemanticHighlighter.changedSpan(offsets, lengths, styles, 2, offsets, lengths, styles, 3));
	}
}
