package dev.valuenet.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Ctrl+/: comments the selected lines with "// " at their common indentation, or uncomments them if
 * every non-blank line already is a line comment. One undoable change.
 */
public class ToggleCommentHandler extends AbstractHandler {
	static final String PREFIX = "//";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
			if (target != null) target.beginCompoundChange();
			try {
				toggle(doc, selection.getOffset(), selection.getLength());
			} catch (BadLocationException e) {
				// selection outside the document: nothing to do
			} finally {
				if (target != null) target.endCompoundChange();
			}
		}
		return null;
	}

	/** Toggles line comments on the lines touched by [offset, offset + length). */
	public static void toggle(IDocument doc, int offset, int length) throws BadLocationException {
		int first = doc.getLineOfOffset(offset);
		int last = doc.getLineOfOffset(offset + length);
		if (last > first && length > 0 && doc.getLineOffset(last) == offset + length) last--; // selection ends at a line start
		boolean allCommented = true;
		int indent = Integer.MAX_VALUE;
		for (int line = first; line <= last; line++) {
			String text = lineText(doc, line);
			if (text.isBlank()) continue;
			int ws = text.length() - text.stripLeading().length();
			indent = Math.min(indent, ws);
			if (!text.stripLeading().startsWith(PREFIX)) allCommented = false;
		}
		if (indent == Integer.MAX_VALUE) return;
		for (int line = last; line >= first; line--) {
			String text = lineText(doc, line);
			if (text.isBlank()) continue;
			IRegion r = doc.getLineInformation(line);
			if (allCommented) {
				int at = text.indexOf(PREFIX);
				int len = PREFIX.length() + (text.startsWith(" ", at + PREFIX.length()) ? 1 : 0);
				doc.replace(r.getOffset() + at, len, "");
			} else {
				doc.replace(r.getOffset() + indent, 0, PREFIX + " ");
			}
		}
	}

	private static String lineText(IDocument doc, int line) throws BadLocationException {
		IRegion r = doc.getLineInformation(line);
		return doc.get(r.getOffset(), r.getLength());
	}
}
