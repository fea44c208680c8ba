package dev.valuenet.interop.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** What both wizards need: a file field with Browse..., the run of an operation, the workspace refresh. */
final class WizardSupport {

	private WizardSupport() {
	}

	/** A labelled text field over two columns, with a Browse... button opening a file dialog. */
	static Text fileField(Composite parent, String label, int style, String[] extensions, String[] names, Runnable changed) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(parent.getShell(), style);
			dialog.setFilterExtensions(extensions);
			dialog.setFilterNames(names);
			if (!text.getText().isBlank()) {
				Path current = Path.of(text.getText().trim()).toAbsolutePath();
				if (current.getParent() != null) {
					dialog.setFilterPath(current.getParent().toString());
				}
				dialog.setFileName(current.getFileName().toString());
			}
			dialog.setOverwrite(style == SWT.SAVE);
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		text.addListener(SWT.Modify, event -> changed.run());
		return text;
	}

	/** A labelled text field without a button (spans the button's column). */
	static Text textField(Composite parent, String label, String hint, Runnable changed) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setMessage(hint);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		text.addListener(SWT.Modify, event -> changed.run());
		return text;
	}

	/** A three-column composite: label, field, button. */
	static Composite grid(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		return composite;
	}

	/** The path typed in a field, or null when it is blank. */
	static Path path(Text text) {
		String value = text.getText().trim();
		return value.isEmpty() ? null : Path.of(value);
	}

	/**
	 * Runs {@code operation} in the wizard's progress part (forked, cancellable); a failure is shown as
	 * the page's error message. Returns whether it completed.
	 */
	static boolean run(IWizardContainer container, WizardPage page, IRunnableWithProgress operation) {
		try {
			container.run(true, true, operation);
			return true;
		} catch (InterruptedException e) {
			page.setMessage("Cancelled: nothing was written.", IMessageProvider.WARNING);
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			if (!(cause instanceof RequestException)) {
				ILog.of(WizardSupport.class).error("Import or export failed", cause);
			}
			page.setErrorMessage(cause.getMessage() == null ? cause.toString() : cause.getMessage());
			return false;
		}
	}

	/** Refreshes the workspace where {@code files} were written, so the navigator shows them. */
	static void refresh(List<Path> files) {
		for (Path file : files) {
			for (IFile found : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toAbsolutePath().toUri())) {
				try {
					found.getParent().refreshLocal(IResource.DEPTH_ONE, null);
				} catch (CoreException e) {
					ILog.of(WizardSupport.class).warn("Could not refresh " + found.getParent().getFullPath(), e);
				}
			}
		}
	}

	/** The first .vnet file of a selection, or null. */
	static IFile selectedModel(IStructuredSelection selection) {
		if (selection == null) return null;
		for (Object element : selection.toList()) {
			if (resource(element) instanceof IFile file && "vnet".equals(file.getFileExtension())) {
				return file;
			}
		}
		return null;
	}

	/** The first folder or project of a selection (a file's parent), or null. */
	static IContainer selectedContainer(IStructuredSelection selection) {
		if (selection == null) return null;
		for (Object element : selection.toList()) {
			IResource resource = resource(element);
			if (resource instanceof IContainer container) return container;
			if (resource instanceof IFile file) return file.getParent();
		}
		return null;
	}

	/** The workspace resource a selected element is or adapts to, or null. */
	private static IResource resource(Object element) {
		return element instanceof IResource r ? r : element instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
	}
}
