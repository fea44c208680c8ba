package dev.valuenet.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;

import dev.valuenet.dsl.ide.highlighting.ValuenetSemanticHighlightingCalculator;

/**
 * Semantic colouring on top of the lexical one: the language server's semantic tokens (what a name
 * denotes: actor, tie, flow, layer...) merged into every text presentation the viewer computes.
 * <p>
 * Tokens arrive on the reconciler thread for a given document modification stamp; they are decoded and
 * applied on the UI thread only if the document still has that stamp (otherwise a newer reconcile is
 * on its way). Between two answers, edits shift the known tokens (and drop the ones they touch), so
 * typing never paints a name with a stale colour. Token arrays are plain ints: a 5,000-actor model has
 * ~100k tokens.
 */
public final class SemanticHighlighter implements ITextPresentationListener, IDocumentListener {
	public static final Color PARTICIPANT = new Color(0, 84, 147);
	public static final Color ROLE = new Color(0, 120, 170);
	public static final Color TIE = new Color(148, 76, 0);
	public static final Color FLOW = new Color(0, 118, 100);
	public static final Color LAYER = new Color(106, 62, 160);
	public static final Color VALUE = new Color(106, 62, 160);
	public static final Color NETWORK = new Color(40, 40, 40);
	public static final Color STATEMENT = new Color(120, 60, 100);
	public static final Color KIND = new Color(90, 90, 90);

	/** Token type -> colour and font style; the declaration modifier adds bold. */
	private static final Map<String, Object[]> STYLES = Map.of(
			ValuenetSemanticHighlightingCalculator.PARTICIPANT, new Object[] { PARTICIPANT, SWT.NORMAL },
			ValuenetSemanticHighlightingCalculator.ROLE, new Object[] { ROLE, SWT.ITALIC },
			ValuenetSemanticHighlightingCalculator.TIE, new Object[] { TIE, SWT.NORMAL },
			ValuenetSemanticHighlightingCalculator.FLOW, new Object[] { FLOW, SWT.NORMAL },
			ValuenetSemanticHighlightingCalculator.LAYER, new Object[] { LAYER, SWT.NORMAL },
			ValuenetSemanticHighlightingCalculator.VALUE, new Object[] { VALUE, SWT.ITALIC },
			ValuenetSemanticHighlightingCalculator.NETWORK, new Object[] { NETWORK, SWT.BOLD },
			ValuenetSemanticHighlightingCalculator.STATEMENT, new Object[] { STATEMENT, SWT.NORMAL },
			ValuenetSemanticHighlightingCalculator.KIND, new Object[] { KIND, SWT.ITALIC });

	static final int CHUNK = 32 * 1024;

	private final ITextViewer viewer;
	private IDocument document; // UI thread only
	// UI thread only: sorted by offset
	private int[] offsets = new int[0];
	private int[] lengths = new int[0];
	private StyleRange[] styles = new StyleRange[0];
	private int count;

	SemanticHighlighter(ITextViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	static long stamp(IDocument document) {
		return ((IDocumentExtension4) document).getModificationStamp();
	}

	/** Number of tokens currently applied (tests). */
	public int tokenCount() {
		return count;
	}

	/** Reconciler thread: hands the LSP-encoded tokens of {@code document} at {@code stamp} to the UI thread. */
	void update(IDocument doc, long stamp, List<Integer> data, List<String> legend) {
		Control control = viewer.getTextWidget();
		if (control == null || control.isDisposed()) return;
		int[] raw = data.stream().mapToInt(Integer::intValue).toArray();
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed() || viewer.getDocument() != doc || stamp(doc) != stamp) return;
			int[] oldOffsets = offsets, oldLengths = lengths;
			StyleRange[] oldStyles = styles;
			int oldCount = count;
			boolean sameDocument = document == doc;
			decode(doc, raw, legend);
			if (!sameDocument) {
				repaint(doc, stamp);
				return;
			}
			int[] span = changedSpan(oldOffsets, oldLengths, oldStyles, oldCount, offsets, lengths, styles, count);
			if (span == null) return; // the colours shown are these (a save, or an edit that changed no token)
			if (span[0] == 0 && span[1] >= doc.getLength()) {
				repaint(doc, stamp);
			} else {
				try { // whole lines, as the lexical scanner starts at a line start
					IRegion last = doc.getLineInformationOfOffset(Math.min(span[1], doc.getLength()));
					repaintFrom(doc, stamp, doc.getLineOffset(doc.getLineOfOffset(span[0])), last.getOffset() + last.getLength());
				} catch (BadLocationException e) {
					repaint(doc, stamp);
				}
			}
		});
	}

	/**
	 * The region whose colours differ between two token lists (sorted by offset), from the first token that
	 * differs to the last; null if they are the same. After an edit the old list has been shifted by
	 * {@link #documentChanged}, so the new one differs around the edit only, or nowhere at all after a save:
	 * repainting the whole 2.4 MB of the 5,200-actor example ran the lexical scanner over it on the UI thread
	 * after every save (two thirds of the UI thread's time in the benchmark, on cores the build needs).
	 */
	public static int[] changedSpan(int[] oldOffsets, int[] oldLengths, StyleRange[] oldStyles, int oldCount, int[] offsets, int[] lengths,
			StyleRange[] styles, int count) {
		int common = Math.min(oldCount, count), first = 0;
		while (first < common && same(oldOffsets, oldLengths, oldStyles, first, offsets, lengths, styles, first)) first++;
		if (first == common && oldCount == count) return null;
		int back = 0;
		while (back < common - first && same(oldOffsets, oldLengths, oldStyles, oldCount - 1 - back, offsets, lengths, styles, count - 1 - back)) back++;
		int start = Integer.MAX_VALUE, end = 0;
		for (int i = first; i < oldCount - back; i++) {
			start = Math.min(start, oldOffsets[i]);
			end = Math.max(end, oldOffsets[i] + oldLengths[i]);
		}
		for (int i = first; i < count - back; i++) {
			start = Math.min(start, offsets[i]);
			end = Math.max(end, offsets[i] + lengths[i]);
		}
		return new int[] { start, end };
	}

	private static boolean same(int[] o1, int[] l1, StyleRange[] s1, int i, int[] o2, int[] l2, StyleRange[] s2, int j) {
		return o1[i] == o2[j] && l1[i] == l2[j] && s1[i].fontStyle == s2[j].fontStyle && Objects.equals(s1[i].foreground, s2[j].foreground);
	}

	/**
	 * Re-computes the presentation with the new tokens: small documents at once, large ones in chunks
	 * of {@value #CHUNK} characters, the visible part first, one chunk per UI event (a 5,000-actor model
	 * would otherwise block the UI thread for seconds). Stops when the document changes meanwhile.
	 */
	private void repaint(IDocument doc, long stamp) {
		int length = doc.getLength();
		if (length <= CHUNK) {
			viewer.invalidateTextPresentation();
			return;
		}
		int top = Math.max(0, viewer.getTopIndexStartOffset());
		int bottom = Math.min(length, Math.max(top, viewer.getBottomIndexEndOffset()));
		((org.eclipse.jface.text.ITextViewerExtension2) viewer).invalidateTextPresentation(top, bottom - top);
		repaintFrom(doc, stamp, 0, length);
	}

	/** Repaints from {@code offset} to {@code until} in chunks, one per UI event. */
	private void repaintFrom(IDocument doc, long stamp, int offset, int until) {
		Control control = viewer.getTextWidget();
		control.getDisplay().asyncExec(() -> {
			int limit = Math.min(until, doc.getLength());
			if (control.isDisposed() || viewer.getDocument() != doc || stamp(doc) != stamp || offset >= limit) return;
			int end = Math.min(limit, offset + CHUNK);
			try { // whole lines, so that the lexical scanner restarts at a line start
				end = end == limit ? end : doc.getLineOffset(doc.getLineOfOffset(end));
			} catch (BadLocationException e) {
				return;
			}
			if (end <= offset) end = Math.min(limit, offset + CHUNK);
			((org.eclipse.jface.text.ITextViewerExtension2) viewer).invalidateTextPresentation(offset, end - offset);
			repaintFrom(doc, stamp, end, until);
		});
	}

	private void decode(IDocument doc, int[] raw, List<String> legend) {
		if (document != doc) {
			if (document != null) document.removePrenotifiedDocumentListener(this);
			document = doc;
			doc.addPrenotifiedDocumentListener(this); // before the viewer repairs the presentation of the edit
		}
		int n = raw.length / 5;
		int[] o = new int[n], l = new int[n];
		StyleRange[] s = new StyleRange[n];
		int line = 0, column = 0, k = 0;
		try {
			for (int i = 0; i < n; i++) {
				int deltaLine = raw[5 * i], deltaStart = raw[5 * i + 1];
				line += deltaLine;
				column = deltaLine == 0 ? column + deltaStart : deltaStart;
				int type = raw[5 * i + 3];
				Object[] style = type >= 0 && type < legend.size() ? STYLES.get(legend.get(type)) : null;
				if (style == null || line >= doc.getNumberOfLines()) continue;
				o[k] = doc.getLineOffset(line) + column;
				l[k] = raw[5 * i + 2];
				StyleRange r = new StyleRange();
				r.foreground = (Color) style[0];
				r.fontStyle = (Integer) style[1] | (raw[5 * i + 4] != 0 ? SWT.BOLD : SWT.NORMAL); // only modifier sent: declaration
				s[k++] = r;
			}
		} catch (BadLocationException e) {
			k = 0; // cannot happen for the stamp checked by the caller
		}
		offsets = o;
		lengths = l;
		styles = s;
		count = k;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (count == 0) return;
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset(), end = start + extent.getLength();
		int i = Arrays.binarySearch(offsets, 0, count, start);
		if (i < 0) i = -i - 1;
		while (i > 0 && offsets[i - 1] + lengths[i - 1] > start) i--;
		List<StyleRange> ranges = new ArrayList<>();
		for (; i < count && offsets[i] < end; i++) {
			if (lengths[i] <= 0) continue;
			int from = Math.max(offsets[i], start), to = Math.min(offsets[i] + lengths[i], end);
			if (to <= from) continue;
			StyleRange r = (StyleRange) styles[i].clone();
			r.start = from;
			r.length = to - from;
			ranges.add(r);
		}
		if (!ranges.isEmpty()) presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	/** Shifts the tokens after the edit, drops the ones it touches (UI thread, like every document change of an editor). */
	@Override
	public void documentChanged(DocumentEvent event) {
		int from = event.getOffset(), to = from + event.getLength();
		int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
		for (int i = 0; i < count; i++) {
			int o = offsets[i];
			if (o >= to && !(o == to && event.getLength() == 0 && delta > 0 && o == from)) {
				offsets[i] = o + delta;
			} else if (o + lengths[i] >= from) {
				lengths[i] = 0; // touched by the edit (or directly adjacent): wait for the server
			}
		}
	}

	void dispose() {
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		if (document != null) document.removePrenotifiedDocumentListener(this);
	}
}
