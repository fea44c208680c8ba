package dev.valuenet.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > Value Network Model: a .vnet file holding the small template network. */
public class NewModelWizard extends Wizard implements INewWizard {
	public static final String ID = "dev.valuenet.ui.wizards.newModel";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Value Network Model");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("model", selection) {
			@Override
			protected InputStream getInitialContents() {
				String name = getFileName();
				return new ByteArrayInputStream(Templates.smallNetwork(Templates.networkName(name), "New value network")
						.getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Value Network Model");
		page.setDescription("Create a .vnet model, starting from a small network that passes every check.");
		page.setFileExtension("vnet");
		page.setFileName("network.vnet");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) return false;
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			// the file exists; opening it is a convenience
		}
		return true;
	}
}
