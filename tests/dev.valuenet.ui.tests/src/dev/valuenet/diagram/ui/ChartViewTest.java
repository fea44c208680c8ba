package dev.valuenet.diagram.ui;

import static dev.valuenet.ui.UiTesting.waitFor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;

/** The Sankey / Heatmap view on the car network: drawn from the editor's text, and again after an edit. */
public class ChartViewTest {

	@Test
	public void sankeyAndHeatmapFollowTheText() throws Exception {
		IFile file = UiTesting.examples().getFile("auto/car-network.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		ITextEditor editor = (ITextEditor) part;
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String original = doc.get();
		ChartView view = (ChartView) page.showView(ChartView.ID);
		page.activate(part);
		try {
			// the Sankey of the goods layer: the dealers pass cars on to the private buyers
			waitFor("Sankey drawn", 60_000, () -> view.isUpToDate() && text(view).contains("Dealers") && text(view).contains("PrivateBuyers"));
			view.viewCombo().select(1);
			view.viewCombo().notifyListeners(SWT.Selection, new Event());
			waitFor("heatmap drawn", 60_000, () -> view.isUpToDate() && text(view).contains("CaptiveBank") && !text(view).contains("Recycler"));
			UiTesting.screenshot("diagram-car-heatmap");

			doc.replace(original.indexOf("  actor RetailBank"), 0, "  actor Recycler : partner \"Battery recycler\"\n");
			doc.replace(doc.get().lastIndexOf("\n}") + 1, 0, "  flow scrap : goods Dealers -> Recycler { 10 units/year }\n");
			waitFor("heatmap with the new actor", 60_000, () -> view.isUpToDate() && text(view).contains("Recycler"));
		} finally {
			doc.set(original);
			editor.doSave(null);
			page.closeEditor(part, false);
			page.hideView(view);
		}
	}

	private static String text(ChartView view) {
		Object text = view.browser().evaluate("return document.body ? document.body.textContent : ''");
		return text == null ? "" : text.toString();
	}
}
