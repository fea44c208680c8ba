package dev.valuenet.ui.refactoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.valuenet.ui.editor.VnetLanguageServer;

/**
 * Ctrl+Shift+G: textDocument/references for the name at the caret, listed in a {@link ReferencesDialog}
 * as "file:line: text"; double-click opens the location.
 */
public class FindReferencesHandler extends AbstractHandler {
	static final long TIMEOUT_MS = 10_000;

	/** One reference: its file, LSP location, 1-based line and the line's text. */
	public record Reference(IFile file, Location location, int line, String text) {
		public String label() {
			return file.getProjectRelativePath() + ":" + line + ": " + text.strip();
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor)) return null;
		Shell shell = HandlerUtil.getActiveShell(event);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = RenameHandler.caret(editor);
		String name = RenameHandler.identifierAt(doc, offset);
		List<Reference> refs = name == null ? null : findReferences(editor, offset);
		if (refs == null) {
			MessageDialog.openInformation(shell, "References", "No references found (place the caret on a name).");
			return null;
		}
		new ReferencesDialog(shell, name, refs, part.getSite().getPage()).open();
		return null;
	}

	/** References to the element at {@code offset}, its declaration excluded; null if the server did not answer. */
	public static List<Reference> findReferences(ITextEditor editor, int offset) {
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		VnetLanguageServer ls = VnetLanguageServer.get(TIMEOUT_MS);
		if (ls == null || doc == null) return null;
		String uri = ls.sync(doc);
		if (uri == null) return null;
		List<? extends Location> locations;
		try {
			ReferenceParams params = new ReferenceParams(VnetLanguageServer.id(uri), VnetLanguageServer.toPosition(doc, offset), new ReferenceContext(false));
			locations = VnetLanguageServer.await(ls.server().references(params), TIMEOUT_MS);
		} catch (BadLocationException e) {
			return null;
		}
		if (locations == null) return null;
		List<Reference> result = new ArrayList<>();
		for (Location l : locations) {
			IFile file = WorkspaceEditApplier.fileOf(l.getUri());
			if (file == null) continue;
			result.add(new Reference(file, l, l.getRange().getStart().getLine() + 1, lineText(file, l.getRange().getStart().getLine())));
		}
		result.sort(Comparator.comparing((Reference r) -> r.file().getFullPath().toString()).thenComparing(Reference::line));
		return result;
	}

	/** The text of a line (0-based) of a file, from its buffer (so unsaved editors count). */
	static String lineText(IFile file, int line) {
		var manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				IDocument doc = buffer.getDocument();
				if (line >= doc.getNumberOfLines()) return "";
				return doc.get(doc.getLineOffset(line), doc.getLineLength(line)).stripTrailing();
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			return "";
		}
	}
}
