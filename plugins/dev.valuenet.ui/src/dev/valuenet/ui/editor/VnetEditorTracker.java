package dev.valuenet.ui.editor;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Follows the page's active .vnet text editor for a view, as Outline does: tells the view when it moves
 * to another editor (or to none, when the followed one closes) and when the followed document's text
 * changes, once typing has paused for the debounce delay. Other editors leave the view on the last .vnet
 * editor. Everything runs on the UI thread.
 */
public final class VnetEditorTracker {

	/** What a view does when the followed editor or its text changes. */
	public interface Listener {
		/** The tracker moved from {@code previous} (null at first) to {@link VnetEditorTracker#editor()} (null once it closed). */
		void editorChanged(ITextEditor previous);

		/** The followed document changed, and has not changed again for the debounce delay. */
		void textChanged();
	}

	private final IWorkbenchPage page;
	private final int debounceMs;
	private final BooleanSupplier ignoreActivations;
	private final Listener listener;
	private final Runnable textChanged;
	private ITextEditor editor;
	private IDocument document;
	private IFile file;

	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			Display.getCurrent().timerExec(debounceMs, textChanged); // the same runnable again: the timer restarts
		}
	};

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof IEditorPart part) follow(part);
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			partActivated(ref);
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (editor != null && ref.getPart(false) == editor) switchTo(null, null);
		}
	};

	/**
	 * @param ignoreActivations true while the view itself activates editors (e.g. revealing a declaration in
	 *                          another file), so that it is not switched to them
	 */
	public VnetEditorTracker(IWorkbenchPage page, int debounceMs, BooleanSupplier ignoreActivations, Listener listener) {
		this.page = page;
		this.debounceMs = debounceMs;
		this.ignoreActivations = ignoreActivations;
		this.listener = listener;
		this.textChanged = listener::textChanged;
	}

	public VnetEditorTracker(IWorkbenchPage page, int debounceMs, Listener listener) {
		this(page, debounceMs, () -> false, listener);
	}

	/** Starts listening to the page and follows its active editor if that is a .vnet editor. */
	public void start() {
		page.addPartListener(partListener);
		IEditorPart active = page.getActiveEditor();
		if (active != null) follow(active);
	}

	public void dispose() {
		page.removePartListener(partListener);
		if (document != null) document.removeDocumentListener(documentListener);
		Display.getCurrent().timerExec(-1, textChanged);
		editor = null;
		document = null;
		file = null;
	}

	/** The followed editor, or null. */
	public ITextEditor editor() {
		return editor;
	}

	/** The followed editor's document, or null. */
	public IDocument document() {
		return document;
	}

	/** The followed editor's file (in the local file system), or null. */
	public IFile file() {
		return file;
	}

	private void follow(IEditorPart part) {
		if (ignoreActivations.getAsBoolean()) return;
		ITextEditor text = part instanceof ITextEditor t ? t : part.getAdapter(ITextEditor.class);
		IFile input = part.getEditorInput().getAdapter(IFile.class);
		if (text == null || input == null || !VnetLanguage.EXTENSION.equals(input.getFileExtension()) || input.getLocation() == null
				|| text == editor) {
			return;
		}
		switchTo(text, input);
	}

	private void switchTo(ITextEditor next, IFile nextFile) {
		ITextEditor previous = editor;
		if (document != null) document.removeDocumentListener(documentListener);
		editor = next;
		file = nextFile;
		document = next == null ? null : next.getDocumentProvider().getDocument(next.getEditorInput());
		if (document != null) document.addDocumentListener(documentListener);
		listener.editorChanged(previous);
	}
}
