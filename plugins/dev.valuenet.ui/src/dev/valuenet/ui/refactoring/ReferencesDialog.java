package dev.valuenet.ui.refactoring;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.valuenet.ui.editor.VnetLanguageServer;

/** The references of a name, one per line as "file:line: text"; double-click (or OK) opens the selected one. */
public class ReferencesDialog extends Dialog {
	private final String name;
	private final List<FindReferencesHandler.Reference> refs;
	private final IWorkbenchPage page;
	private org.eclipse.swt.widgets.List list;

	public ReferencesDialog(Shell shell, String name, List<FindReferencesHandler.Reference> refs, IWorkbenchPage page) {
		super(shell);
		this.name = name;
		this.refs = refs;
		this.page = page;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(refs.size() + " reference" + (refs.size() == 1 ? "" : "s") + " to '" + name + "'");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(list);
		refs.forEach(r -> list.add(r.label()));
		if (!refs.isEmpty()) list.select(0);
		list.addListener(SWT.DefaultSelection, e -> okPressed());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Open", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void okPressed() {
		int i = list.getSelectionIndex();
		super.okPressed();
		if (i >= 0) open(page, refs.get(i));
	}

	/** Opens the file of a reference and selects the reference. */
	public static void open(IWorkbenchPage page, FindReferencesHandler.Reference ref) {
		try {
			IEditorPart part = IDE.openEditor(page, ref.file());
			if (part instanceof ITextEditor editor) {
				IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
				int start = VnetLanguageServer.toOffset(doc, ref.location().getRange().getStart());
				int end = VnetLanguageServer.toOffset(doc, ref.location().getRange().getEnd());
				editor.selectAndReveal(start, end - start);
			}
		} catch (PartInitException | BadLocationException e) {
			// the file is gone or changed: nothing to reveal
		}
	}
}
