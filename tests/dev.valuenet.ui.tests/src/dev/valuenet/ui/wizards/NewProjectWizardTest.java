package dev.valuenet.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;
import dev.valuenet.ui.editor.SemanticHighlighter;
import dev.valuenet.ui.editor.VnetDiagnostics;
import dev.valuenet.ui.editor.VnetLanguageServer;

/** The project wizard creates a project with the template model, which opens and passes every check. */
public class NewProjectWizardTest {
	@Test
	public void createsProjectWithCleanTemplateModel() throws Exception {
		NewProjectWizard wizard = new NewProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			firstText(dialog.getShell()).setText("Acme Market");
			Assertions.assertTrue(wizard.canFinish());
			Assertions.assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Acme Market");
		IFile model = project.getFile("acme-market.vnet");
		Assertions.assertTrue(model.exists(), "template model");
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		Assertions.assertEquals("acme-market.vnet", editor.getEditorInput().getName());
		Assertions.assertNotNull(VnetLanguageServer.get(90_000));
		// the server has processed the model once its semantic colours are on screen; then give the markers a moment
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		int maker = viewer.getDocument().get().indexOf("MakerA");
		UiTesting.waitFor("semantic colour", 30_000,
				() -> SemanticHighlighter.PARTICIPANT.equals(viewer.getTextWidget().getStyleRangeAtOffset(maker) == null ? null
						: viewer.getTextWidget().getStyleRangeAtOffset(maker).foreground));
		UiTesting.spin(1500);
		IMarker[] markers = model.findMarkers(VnetDiagnostics.MARKER_TYPE, true, IResource.DEPTH_ZERO);
		Assertions.assertEquals(0, markers.length, () -> "template not clean: " + java.util.Arrays.stream(markers)
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	private static Text firstText(Control control) {
		if (control instanceof Text text) return text;
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = firstText(child);
				if (found != null) return found;
			}
		}
		return null;
	}
}
