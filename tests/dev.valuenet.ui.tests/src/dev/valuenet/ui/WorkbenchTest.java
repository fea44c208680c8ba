package dev.valuenet.ui;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.rcp.Studio;

/** The product starts: branding, the Valuenet perspective, the examples project of the first start. */
public class WorkbenchTest {
	@Test
	public void productStartsWithPerspectiveAndExamples() {
		Assertions.assertTrue(PlatformUI.isWorkbenchRunning());
		Assertions.assertEquals(Studio.PRODUCT_ID, Platform.getProduct().getId());
		Assertions.assertEquals("Valuenet Studio", Platform.getProduct().getName());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Assertions.assertNotNull(window, "no workbench window");
		UiTesting.waitFor("window title", 10_000, () -> window.getShell().getText().contains("Valuenet Studio"));
		IWorkbenchPage page = window.getActivePage();
		Assertions.assertEquals(ValuenetUi.PERSPECTIVE_ID, page.getPerspective().getId());
		Assertions.assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "Project Explorer");
		Assertions.assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW), "Problems");
		Assertions.assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "Outline");
		IProject examples = UiTesting.examples();
		Assertions.assertTrue(examples.getFile("multi-file/actors.vnet").exists());
		Assertions.assertTrue(examples.getFile("large/large-network.vnet").exists());
	}
}
