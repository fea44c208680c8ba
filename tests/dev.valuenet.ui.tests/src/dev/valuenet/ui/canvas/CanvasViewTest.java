package dev.valuenet.ui.canvas;

import static dev.valuenet.ui.UiTesting.log;
import static dev.valuenet.ui.UiTesting.waitFor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.model.HypothesisStatus;
import dev.valuenet.ui.UiTesting;

/**
 * The Partnership Canvas view on the car network (examples/auto/car-network.vnet, canvas of Pistons at
 * lines 186-192): it shows what the text says, a status change in the form changes exactly that line,
 * one undo restores the text byte for byte, and typing in the editor refreshes the form.
 */
public class CanvasViewTest {
	private static final String CHEAPER = "    hypothesis cheaperEV \"joint EV drive parts cut our unit cost by 5%\" status untested\n";
	private static final String KEEPS = "    hypothesis keepsVolume \"reusing the piston lines keeps Pistons above break-even after 2027\" status testing\n";

	@Test
	public void canvasFormShowsEditsAndFollowsTheText() throws Exception {
		IFile file = UiTesting.examples().getFile("auto/car-network.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		ITextEditor editor = (ITextEditor) part;
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String original = doc.get();
		Assertions.assertTrue(original.contains(CHEAPER) && original.contains(KEEPS), "the example still has the canvas this test expects");

		long t0 = System.nanoTime();
		CanvasView view = (CanvasView) page.showView(CanvasView.ID);
		page.activate(part);
		waitFor("canvases of car-network.vnet", 30_000, () -> view.isUpToDate() && view.partners().getItemCount() > 0);
		log("canvas view first form (car-network)", t0);

		// the combo: the two canvases, then a new canvas for every actor without one (OEM is the first actor)
		List<String> items = List.of(view.partners().getItems());
		Assertions.assertEquals(List.of("Pistons", "Dealers", "New canvas for OEM"), items.subList(0, 3));
		Assertions.assertEquals("Pistons", view.partners().getText());
		Assertions.assertEquals(List.of("precision machining\nhigh-volume forging", "volume commitment\na path into EV drivetrain parts",
				"machined rotor shafts and gear sets for the EV drive unit"), view.values());
		Assertions.assertEquals(List.of("cheaperEV | joint EV drive parts cut our unit cost by 5% | untested",
				"keepsVolume | reusing the piston lines keeps Pistons above break-even after 2027 | testing"), view.hypothesisRows());
		// the model's flows of Pistons (lines 74-104 of the example)
		Assertions.assertEquals(List.of("money steelPayPistons (SteelMill)", "PistonSet pistonSets (OEM)"), view.modelFlows().get(0));
		Assertions.assertEquals(5, view.modelFlows().get(1).size(), view.modelFlows().get(1).toString());
		Assertions.assertEquals(List.of("Pistons gives 2 flows (money, PistonSet); the canvas offers 2 values",
				"Pistons receives 5 flows (Steel, data, money, Forecast, knowledge); the canvas desires 2 values"), view.consistencyLines());

		// a status change in the form: exactly that line of the document changes
		long s0 = System.nanoTime();
		Assertions.assertTrue(view.setStatus("cheaperEV", HypothesisStatus.VALIDATED), String.valueOf(view.message()));
		String expected = original.replace(CHEAPER, CHEAPER.replace("status untested", "status validated"));
		Assertions.assertEquals(expected, doc.get());
		Assertions.assertTrue(editor.isDirty());
		waitFor("form shows the new status", 30_000,
				() -> view.isUpToDate() && view.hypothesisRows().get(0).endsWith("| validated"));
		log("canvas view status change -> form refreshed", s0);

		// one undo (what Ctrl+Z does in the editor) restores the text byte for byte
		ITextOperationTarget target = part.getAdapter(ITextOperationTarget.class);
		Assertions.assertTrue(target.canDoOperation(ITextOperationTarget.UNDO));
		target.doOperation(ITextOperationTarget.UNDO);
		Assertions.assertEquals(original, doc.get());
		waitFor("form back to untested", 30_000, () -> view.isUpToDate() && view.hypothesisRows().get(0).endsWith("| untested"));

		// typing in the editor refreshes the form (debounced)
		int offset = original.indexOf(KEEPS) + KEEPS.indexOf("status testing") + "status ".length();
		long e0 = System.nanoTime();
		doc.replace(offset, "testing".length(), "invalidated");
		waitFor("form follows the text", 30_000, () -> view.isUpToDate() && view.hypothesisRows().get(1).endsWith("| invalidated"));
		log("canvas view text edit -> form refreshed", e0);

		// a new canvas for an actor: an empty block at the end of the network, then selected in the form
		String beforeNew = doc.get();
		view.choose("New canvas for OEM");
		Assertions.assertEquals(beforeNew.replace("""
				    hypothesis agencyWorks "buyers accept fixed online prices if the handover stays local" status testing
				  }
				}
				""", """
				    hypothesis agencyWorks "buyers accept fixed online prices if the handover stays local" status testing
				  }

				  partner OEM {
				  }
				}
				"""), doc.get());
		waitFor("the new canvas is shown", 30_000, () -> view.isUpToDate() && "OEM".equals(view.partners().getText()));
		Assertions.assertEquals(List.of("", "", ""), view.values());
		Assertions.assertEquals(List.of(), view.hypothesisRows());
		Assertions.assertFalse(view.modelFlows().get(0).isEmpty(), "OEM gives flows in the model");

		// the screenshot: the form maximized over the whole (Xvfb, no window manager) screen, then back
		view.choose("Pistons");
		var shell = page.getWorkbenchWindow().getShell();
		var bounds = shell.getBounds();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		UiTesting.spin(500);
		UiTesting.screenshot("canvas");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		shell.setBounds(bounds);

		doc.set(original);
		editor.doRevertToSaved();
		page.closeEditor(part, false);
	}
}
