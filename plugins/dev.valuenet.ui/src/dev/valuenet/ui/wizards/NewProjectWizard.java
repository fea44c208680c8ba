package dev.valuenet.ui.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Value Network Project: a plain project (no nature or builder: the language server
 * validates every .vnet file of the workspace) holding one model from the template. Nothing binary and
 * no metadata beyond Eclipse's .project, so the folder works as well from git and the CLI.
 */
public class NewProjectWizard extends Wizard implements INewWizard {
	public static final String ID = "dev.valuenet.ui.wizards.newProject";

	private IWorkbench workbench;
	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New Value Network Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("Value Network Project");
		page.setDescription("Create a project for .vnet models, with a first model to start from.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		String name = project.getName();
		IFile model = project.getFile(Templates.networkName(name).replace('.', '-') + ".vnet");
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.newProjectDescription(name);
		if (!page.useDefaults()) description.setLocationURI(page.getLocationURI());
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				SubMonitor sub = SubMonitor.convert(monitor, "Creating " + name, 3);
				project.create(description, sub.split(1));
				project.open(sub.split(1));
				model.create(new ByteArrayInputStream(Templates.smallNetwork(Templates.networkName(name), name)
						.getBytes(StandardCharsets.UTF_8)), true, sub.split(1));
			}
		};
		try {
			getContainer().run(true, true, create);
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New Value Network Project", "Could not create " + name + ": " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model);
		} catch (PartInitException e) {
			// the project exists; opening the model is a convenience
		}
		return true;
	}
}
