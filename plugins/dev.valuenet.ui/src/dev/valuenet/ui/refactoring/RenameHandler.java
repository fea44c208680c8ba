package dev.valuenet.ui.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.valuenet.ui.editor.VnetLanguageServer;

/**
 * Alt+Shift+R: renames the actor (or any named element) at the caret in every file of the workspace,
 * through textDocument/rename of the in-process language server; the returned workspace edit is
 * applied by {@link WorkspaceEditApplier}. Waits at most {@value #TIMEOUT_MS} ms for the server.
 */
public class RenameHandler extends AbstractHandler {
	static final long TIMEOUT_MS = 10_000;

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor)) return null;
		Shell shell = HandlerUtil.getActiveShell(event);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = caret(editor);
		String old = identifierAt(doc, offset);
		if (old == null) {
			MessageDialog.openInformation(shell, "Rename", "Place the caret on a name to rename it.");
			return null;
		}
		InputDialog dialog = new InputDialog(shell, "Rename '" + old + "'", "New name (changes every file that refers to it):", old,
				s -> s.matches("[A-Za-z_][A-Za-z0-9_]*") ? null : "Not a valid name");
		if (dialog.open() != IDialogConstants.OK_ID || dialog.getValue().equals(old)) return null;
		WorkspaceEditApplier.Result result = rename(editor, offset, dialog.getValue());
		if (result == null) {
			MessageDialog.openError(shell, "Rename", "'" + old + "' cannot be renamed here (or the language server did not answer).");
		} else if (!result.ok()) {
			MessageDialog.openWarning(shell, "Rename", "Some files could not be changed: " + result.failed());
		}
		return null;
	}

	/** Renames the element at {@code offset} to {@code newName}; null if the server gave no edit. */
	public static WorkspaceEditApplier.Result rename(ITextEditor editor, int offset, String newName) {
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		VnetLanguageServer ls = VnetLanguageServer.get(TIMEOUT_MS);
		if (ls == null || doc == null) return null;
		String uri = ls.sync(doc);
		if (uri == null) return null;
		try {
			RenameParams params = new RenameParams(VnetLanguageServer.id(uri), VnetLanguageServer.toPosition(doc, offset), newName);
			WorkspaceEdit edit = VnetLanguageServer.await(ls.server().rename(params), TIMEOUT_MS);
			if (edit == null || WorkspaceEditApplier.editsByUri(edit).isEmpty()) return null;
			return WorkspaceEditApplier.apply(edit);
		} catch (BadLocationException e) {
			return null;
		}
	}

	static int caret(ITextEditor editor) {
		return editor.getSelectionProvider().getSelection() instanceof ITextSelection s ? s.getOffset() : 0;
	}

	/** The identifier around {@code offset}, or null. */
	public static String identifierAt(IDocument doc, int offset) {
		try {
			int start = offset, end = offset;
			while (start > 0 && Character.isJavaIdentifierPart(doc.getChar(start - 1))) start--;
			while (end < doc.getLength() && Character.isJavaIdentifierPart(doc.getChar(end))) end++;
			return end > start ? doc.get(start, end - start) : null;
		} catch (BadLocationException e) {
			return null;
		}
	}
}
