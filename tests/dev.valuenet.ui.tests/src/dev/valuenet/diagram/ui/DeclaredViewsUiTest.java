package dev.valuenet.diagram.ui;

import static dev.valuenet.ui.UiTesting.waitFor;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.DiagramNode;

/**
 * Declared views in the workbench: the Network Map and the Sankey / Heatmap view offer the views of
 * their own model, choosing one applies it, and Save View writes the map's settings into the
 * editor's text as a formatted {@code view} statement. Every wait is on this test's own file and views.
 */
public class DeclaredViewsUiTest {

	private static final String MODEL = """
			network shop {
			  currency EUR
			  layer cash { money }
			  actor Maker : firm
			  actor Steel : supplier
			  actor TestParts : supplier
			  actor Bank : firm
			  segment Buyers
			  flow parts : goods Steel -> Maker { 10k t/year }
			  flow testParts : goods TestParts -> Maker { 1 t/year }
			  flow loan : money Bank -> Maker { 1M EUR/year }
			  flow cars : goods Maker -> Buyers { 5k units/year }
			  flow pay : money Buyers -> Maker { 2M EUR/year }
			  flow interest : money Maker -> Bank { 50k EUR/year }
			  view supply "Supply side" {
			    include supplier, "Maker"
			    exclude "Test*"
			    size betweenness
			  }
			  view cashFlows "Money" {
			    layer cash
			    exclude "Bank"
			    chart heatmap
			  }
			}
			""";

	@Test
	public void mapAndChartOfferTheModelsViewsAndSaveOne() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("declared-views");
		if (!project.exists()) project.create(null);
		project.open(null);
		IFile file = project.getFile("shop.vnet");
		file.create(new java.io.ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		NetworkMapView map = (NetworkMapView) page.showView(NetworkMapView.ID);
		IEditorPart part = IDE.openEditor(page, file);
		ITextEditor editor = (ITextEditor) part;
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ChartView chart = null;
		try {
			page.activate(part);
			waitFor("the map of shop.vnet with its two views offered", 60_000,
					() -> drawn(map) && boxes(map).size() == 5 && map.viewCombo().getItemCount() == 3, () -> seen(map));
			Assertions.assertEquals("Supply side (supply)", map.viewCombo().getItem(1));

			// choosing a view applies it: its filter leaves Steel and Maker, its size sets the combo
			choose(map.viewCombo(), 1);
			waitFor("the supply view drawn", 60_000, () -> drawn(map) && boxes(map).equals(Set.of("Maker", "Steel")), () -> seen(map));
			Assertions.assertEquals("betweenness", map.sizeCombo().getText());

			// Save View writes the current settings (the view's filter, size by betweenness, layer cash) into the text
			map.layerCombo().select(map.layerCombo().indexOf("cash"));
			map.layerCombo().notifyListeners(SWT.Selection, new Event());
			waitFor("the money layer drawn", 60_000, () -> drawn(map) && "cash".equals(map.snapshot().graph().layer()), () -> seen(map));
			map.saveView("saved");
			String expected = """
					  view saved {
					    layer cash
					    include supplier, "Maker"
					    exclude "Test*"
					    size betweenness
					  }
					}
					""";
			waitFor("the saved view in the editor's text", 30_000, () -> doc.get().endsWith(expected), doc::get);
			waitFor("the saved view offered and chosen", 60_000,
					() -> drawn(map) && map.viewCombo().getItemCount() == 4 && map.viewCombo().getText().equals("saved"), () -> seen(map));

			// the chart view offers the same views; choosing the heatmap view switches the chart and applies its filter
			chart = (ChartView) page.showView(ChartView.ID);
			page.activate(part);
			ChartView c = chart;
			waitFor("the chart view offers the three views", 60_000, () -> c.isUpToDate() && c.declaredViewCombo().getItemCount() == 4);
			choose(c.declaredViewCombo(), 2);
			waitFor("the money view as a heatmap without the bank", 60_000, () -> c.isUpToDate() && c.viewCombo().getSelectionIndex() == 1
					&& text(c).contains("Maker") && !text(c).contains("Bank"));
		} finally {
			if (chart != null) page.hideView(chart);
			page.closeEditor(part, false);
			page.hideView(map);
			project.delete(true, true, null);
		}
	}

	private static void choose(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static boolean drawn(NetworkMapView view) {
		return view.isUpToDate() && view.snapshot() != null && view.snapshot().ok() && view.browser().renderedRevision() == view.snapshot()
				.request().revision();
	}

	private static Set<String> boxes(NetworkMapView view) {
		return view.snapshot().graph().nodes().stream().map(DiagramNode::label).collect(Collectors.toSet());
	}

	private static String seen(NetworkMapView view) {
		var s = view.snapshot();
		return "upToDate=" + view.isUpToDate() + ", map " + (s == null ? "none" : s.ok() ? boxes(view) + " views " + s.views() : "error " + s.error())
				+ ", view combo " + java.util.List.of(view.viewCombo().getItems()) + " '" + view.viewCombo().getText() + "', status: " + view.status();
	}

	private static String text(ChartView view) {
		Object text = view.browser().evaluate("return document.body ? document.body.textContent : ''");
		return text == null ? "" : text.toString();
	}
}
