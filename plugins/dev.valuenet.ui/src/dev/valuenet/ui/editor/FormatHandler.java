package dev.valuenet.ui.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Ctrl+Shift+F: textDocument/formatting (the language's formatter, the same as {@code valuenet format}),
 * applied as one undoable change. Waits at most {@value #TIMEOUT_MS} ms for the server.
 */
public class FormatHandler extends AbstractHandler {
	static final long TIMEOUT_MS = 5000;

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor) format(editor);
		return null;
	}

	/** Formats the editor's document; true if the server answered in time. */
	public static boolean format(ITextEditor editor) {
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		VnetLanguageServer ls = VnetLanguageServer.get(TIMEOUT_MS);
		if (ls == null || doc == null) return false;
		String uri = ls.sync(doc);
		if (uri == null) return false;
		List<? extends TextEdit> edits = VnetLanguageServer.await(
				ls.server().formatting(new DocumentFormattingParams(VnetLanguageServer.id(uri), new FormattingOptions(2, true))), TIMEOUT_MS);
		if (edits == null) return false;
		if (edits.isEmpty()) return true;
		int caret = editor.getSelectionProvider().getSelection() instanceof ITextSelection s ? s.getOffset() : 0;
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) target.beginCompoundChange();
		try {
			// offsets of all edits refer to the unformatted text: apply from the end
			List<? extends TextEdit> sorted = edits.stream().sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
					.thenComparing(e -> e.getRange().getStart().getCharacter()).reversed()).toList();
			int[][] offsets = new int[sorted.size()][];
			for (int i = 0; i < sorted.size(); i++) {
				TextEdit e = sorted.get(i);
				offsets[i] = new int[] { VnetLanguageServer.toOffset(doc, e.getRange().getStart()), VnetLanguageServer.toOffset(doc, e.getRange().getEnd()) };
			}
			for (int i = 0; i < sorted.size(); i++) {
				doc.replace(offsets[i][0], offsets[i][1] - offsets[i][0], sorted.get(i).getNewText());
			}
		} catch (BadLocationException e) {
			return false;
		} finally {
			if (target != null) target.endCompoundChange();
		}
		editor.selectAndReveal(Math.min(caret, doc.getLength()), 0);
		return true;
	}
}
