package dev.valuenet.ui.refactoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.ui.editor.VnetLanguageServer;

/**
 * Applies an LSP {@link WorkspaceEdit} (or offset-based {@link TextChange}s) to the workspace. Every file goes through its text file buffer:
 * files open in an editor change in the editor's document (one undoable compound change per document,
 * left dirty for the user to save, as refactorings in Eclipse do); files not open anywhere are changed
 * in a temporary buffer and saved right away through {@link IFile#setContents} (the buffer's commit), so
 * the resource change listener tells the language server.
 */
public final class WorkspaceEditApplier {
	private WorkspaceEditApplier() {
	}

	/** Result of an application: the files changed and those that could not be changed. */
	public record Result(List<IFile> changed, List<String> failed) {
		public boolean ok() {
			return failed.isEmpty();
		}
	}

	/** The edits per document URI, whichever of the two forms the server used. */
	public static Map<String, List<TextEdit>> editsByUri(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> byUri = new LinkedHashMap<>();
		if (edit == null) return byUri;
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> byUri.computeIfAbsent(uri, u -> new ArrayList<>()).addAll(edits));
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().forEach(e -> {
				if (e.isLeft()) {
					TextDocumentEdit d = e.getLeft();
					List<TextEdit> edits = byUri.computeIfAbsent(d.getTextDocument().getUri(), u -> new ArrayList<>());
					d.getEdits().forEach(t -> edits.add(t.isLeft() ? t.getLeft() : new TextEdit(t.getRight().getRange(), t.getRight().getSnippet().getValue())));
				}
			});
		}
		return byUri;
	}

	/** Applies the edit; must run on the UI thread (documents of open editors are changed). */
	public static Result apply(WorkspaceEdit edit) {
		Map<String, DocumentChange> byUri = new LinkedHashMap<>();
		editsByUri(edit).forEach((uri, edits) -> byUri.put(uri, doc -> applyEdits(doc, edits)));
		return applyToFiles(byUri);
	}

	/**
	 * Applies offset-based changes ({@link TextChange}, e.g. from the diagram's edit commands), each file's
	 * changes as one undoable change of its document; must run on the UI thread.
	 */
	public static Result applyChanges(Map<org.eclipse.emf.common.util.URI, List<TextChange>> changes) {
		Map<String, DocumentChange> byUri = new LinkedHashMap<>();
		changes.forEach((uri, list) -> byUri.put(java.net.URI.create(uri.toString()).toString(), doc -> applyChanges(doc, list)));
		return applyToFiles(byUri);
	}

	/** A change of one document. */
	private interface DocumentChange {
		void applyTo(IDocument doc) throws BadLocationException;
	}

	private static Result applyToFiles(Map<String, DocumentChange> byUri) {
		List<IFile> changed = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		for (Map.Entry<String, DocumentChange> e : byUri.entrySet()) {
			IFile file = fileOf(e.getKey());
			if (file == null || !file.exists()) {
				failed.add(e.getKey());
				continue;
			}
			IPath path = file.getFullPath();
			try {
				manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
					boolean openElsewhere = buffer.isShared();
					IDocument doc = buffer.getDocument();
					e.getValue().applyTo(doc);
					if (!openElsewhere) {
						buffer.commit(new NullProgressMonitor(), true);
					} else {
						VnetLanguageServer ls = VnetLanguageServer.get(0);
						if (ls != null) ls.sync(doc);
					}
					changed.add(file);
				} finally {
					manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
				}
			} catch (CoreException | BadLocationException ex) {
				ILog.get().warn("Could not apply the change to " + file, ex);
				failed.add(e.getKey());
			}
		}
		return new Result(changed, failed);
	}

	/** Applies LSP text edits (all relative to the unchanged text) as one undoable change. */
	public static void applyEdits(IDocument doc, List<? extends TextEdit> edits) throws BadLocationException {
		List<TextChange> changes = new ArrayList<>(edits.size());
		for (TextEdit t : edits) {
			int start = VnetLanguageServer.toOffset(doc, t.getRange().getStart());
			changes.add(new TextChange(null, start, VnetLanguageServer.toOffset(doc, t.getRange().getEnd()) - start, t.getNewText()));
		}
		applyChanges(doc, changes);
	}

	/**
	 * Applies text changes of one document (offsets all relative to the unchanged text; their file is
	 * not looked at) as one undoable change: one Ctrl+Z in the editor takes them all back.
	 */
	public static void applyChanges(IDocument doc, List<TextChange> changes) throws BadLocationException {
		List<TextChange> sorted = changes.stream().sorted(Comparator.comparingInt(TextChange::offset).reversed()).toList();
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(doc);
		if (undo != null) undo.beginCompoundChange();
		try {
			for (TextChange change : sorted) {
				doc.replace(change.offset(), change.length(), change.text());
			}
		} finally {
			if (undo != null) undo.endCompoundChange();
		}
	}

	/** The workspace file of a file: URI, or null. */
	public static IFile fileOf(String uri) {
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri));
			return files.length == 0 ? null : files[0];
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
