package dev.valuenet.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;

/** textDocument/hover (ValuenetHoverService). JFace calls getHoverInfo off the UI thread. */
public class VnetTextHover implements ITextHover {
	static final long TIMEOUT_MS = 2000;

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IDocument doc = viewer.getDocument();
		VnetLanguageServer ls = VnetLanguageServer.get(TIMEOUT_MS);
		if (ls == null) return null;
		String uri = ls.sync(doc);
		if (uri == null) return null;
		try {
			HoverParams params = new HoverParams(VnetLanguageServer.id(uri), VnetLanguageServer.toPosition(doc, region.getOffset()));
			Hover hover = VnetLanguageServer.await(ls.server().hover(params), TIMEOUT_MS);
			if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) return null;
			String text = hover.getContents().getRight().getValue();
			return text == null || text.isBlank() ? null : text;
		} catch (BadLocationException e) {
			return null;
		}
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return word(viewer.getDocument(), offset);
	}

	/** The (qualified) name around offset: the hover/hyperlink subject. */
	static IRegion word(IDocument doc, int offset) {
		try {
			int start = offset, end = offset;
			while (start > 0 && Character.isJavaIdentifierPart(doc.getChar(start - 1))) start--;
			while (end < doc.getLength() && Character.isJavaIdentifierPart(doc.getChar(end))) end++;
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
	}
}
