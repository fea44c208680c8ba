package dev.valuenet.ui.metrics;

import static dev.valuenet.ui.UiTesting.log;
import static dev.valuenet.ui.UiTesting.waitFor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.editor.VnetLanguage;
import dev.valuenet.ui.UiTesting;

/**
 * The Metrics view on the car network: the table of its 21 actors computed in a background job, sorting
 * by a column, the layer combo, recomputation after a save, selecting a row reveals the declaration.
 */
public class MetricsViewTest {

	@Test
	public void carNetworkMetricsTableSortsLayersAndRefreshesOnSave() throws Exception {
		IFile file = UiTesting.examples().getFile("auto/car-network.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		ITextEditor editor = (ITextEditor) part;

		long t0 = System.nanoTime();
		MetricsView view = (MetricsView) page.showView(MetricsView.ID);
		page.activate(part);
		waitFor("metrics of car-network.vnet", 60_000,
				() -> view.isUpToDate() && view.viewer().getTable().getItemCount() > 0 && view.status().contains("auto.oem"));
		log("metrics view first table (car-network)", t0);
		// the view loads with the workbench's language injector: a second language setup would re-register .vnet
		// globally and leave the running language server with another injector's services
		var registered = (IResourceServiceProvider) IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
				.get(VnetLanguage.EXTENSION);
		Assertions.assertInstanceOf(VnetLanguage.GradedResourceValidator.class, registered.getResourceValidator(),
				".vnet is still registered to the workbench's language injector");

		Table table = view.viewer().getTable();
		Assertions.assertEquals(21, table.getItemCount(), "one row per actor and segment");
		Assertions.assertEquals(List.of("all", "financial", "logistical", "informational", "relational", "ties"),
				List.of(view.layerCombo().getItems()));
		Assertions.assertEquals(List.of("none", "value", "strength"), List.of(view.weightCombo().getItems()));
		Assertions.assertEquals("all", view.layerCombo().getText());
		Assertions.assertEquals("auto.oem", view.networkCombo().getText());
		Assertions.assertTrue(view.status().contains("density") && view.status().contains("modularity"), view.status());
		// profitability beside the structure: yearly values in the network currency, never a mix of units
		Assertions.assertTrue(view.status().contains("values in EUR per year"), view.status());
		Assertions.assertEquals(List.of("Value in", "Value out", "Net"), List.of(table.getColumn(12).getText(), table.getColumn(13).getText(),
				table.getColumn(14).getText()));
		// Pistons: in 2.5M EUR of steel (valued by the 2.5M it pays), 5.8M EUR paid by the OEM and the OEM's supplier
		// development worth 75k EUR a quarter; out 5.8M EUR of piston sets (valued by that payment) and 2.5M EUR to the mill
		org.eclipse.swt.widgets.TableItem pistons = java.util.Arrays.stream(table.getItems())
				.filter(item -> item.getText(0).equals("auto.oem.Pistons")).findFirst().orElseThrow();
		Assertions.assertEquals(List.of("8,600,000", "8,300,000", "300,000"), List.of(pistons.getText(12), pistons.getText(13), pistons.getText(14)));
		// every header can be read in full: at least as wide as the platform makes a column of that title alone
		Shell probe = new Shell(table.getDisplay());
		try {
			Table measure = new Table(probe, org.eclipse.swt.SWT.NONE);
			measure.setHeaderVisible(true);
			measure.setFont(table.getFont());
			for (int i = 0; i < table.getColumnCount(); i++) {
				TableColumn column = new TableColumn(measure, org.eclipse.swt.SWT.RIGHT);
				column.setText(table.getColumn(i).getText());
				column.pack();
				Assertions.assertTrue(view.columnWidth(i) >= column.getWidth(),
						table.getColumn(i).getText() + ": " + view.columnWidth(i) + " px < " + column.getWidth() + " px");
			}
		} finally {
			probe.dispose();
		}

		// a click on the Betweenness header: largest first
		view.sortByColumn(4);
		Assertions.assertEquals("auto.oem.OEM", table.getItem(0).getText(0));
		Assertions.assertEquals(table.getColumn(4), table.getSortColumn());
		// the screenshot with the window over the whole (Xvfb, no window manager) screen, then back
		var shell = page.getWorkbenchWindow().getShell();
		var bounds = shell.getBounds();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		UiTesting.spin(500);
		UiTesting.screenshot("metrics-view");
		shell.setBounds(bounds);

		// selecting the row selects the actor's name in the editor
		Object first = view.viewer().getElementAt(0);
		view.viewer().setSelection(new StructuredSelection(first), true);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		Assertions.assertEquals("OEM", selection.getText());

		// the hover of an actor reference also shows its betweenness and PageRank (small networks only)
		org.eclipse.jface.text.source.ISourceViewer sourceViewer = (org.eclipse.jface.text.source.ISourceViewer) part
				.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
		int reference = sourceViewer.getDocument().get().indexOf("Pistons -> OEM {") + "Pistons -> ".length() + 1;
		dev.valuenet.ui.editor.VnetTextHover hover = new dev.valuenet.ui.editor.VnetTextHover();
		long h0 = System.nanoTime();
		String[] hoverText = { null };
		// the language server may still be validating the file it just opened: ask again until it answers
		waitFor("hover with metrics", 60_000, () -> {
			hoverText[0] = hover.getHoverInfo(sourceViewer, hover.getHoverRegion(sourceViewer, reference));
			if (hoverText[0] != null && !hoverText[0].contains("betweenness")) System.out.println("[valuenet-ui] hover without metrics: " + hoverText[0]);
			return hoverText[0] != null && hoverText[0].contains("betweenness");
		});
		log("hover with metrics (car-network)", h0);
		Assertions.assertTrue(hoverText[0].contains("betweenness 0.8342"), hoverText[0]);

		// another layer: recomputed in the job
		int shown = view.shownCount();
		view.layerCombo().select(1);
		view.layerCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		waitFor("financial layer", 30_000, () -> view.shownCount() > shown && view.isUpToDate());
		Assertions.assertEquals("financial", view.layerCombo().getText());

		// weighted by value: recomputed, the status line says what the weight left out
		int unweighted = view.shownCount();
		view.weightCombo().select(1);
		view.weightCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		waitFor("financial layer weighted by value", 30_000, () -> view.shownCount() > unweighted && view.isUpToDate());
		Assertions.assertTrue(view.status().contains("weighted by value"), view.status());
		view.weightCombo().select(0);
		int weighted = view.shownCount();
		view.weightCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		waitFor("unweighted again", 30_000, () -> view.shownCount() > weighted && view.isUpToDate());

		// a save recomputes: time from save to the refreshed table
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String original = doc.get();
		int before = view.shownCount();
		doc.replace(original.length(), 0, "\n");
		long saved = System.nanoTime();
		editor.doSave(new NullProgressMonitor());
		// the save reaches the view through a resource listener (asyncExec): then the progress bar runs until the table is shown
		waitFor("progress bar while the job measures", 30_000, () -> view.isBusy());
		waitFor("metrics after save", 30_000, () -> view.shownCount() > before && view.isUpToDate());
		log("metrics view save -> refreshed table (car-network)", saved);
		Assertions.assertEquals("financial", view.layerCombo().getText());
		Assertions.assertFalse(view.isBusy(), "the progress bar stops with the table shown");

		// hidden behind the Problems tab, a save only marks the table stale; showing the view measures again
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Assertions.assertFalse(page.isPartVisible(view));
		page.activate(part);
		int hidden = view.shownCount();
		doc.replace(doc.getLength(), 0, "\n");
		editor.doSave(new NullProgressMonitor());
		waitFor("recomputation deferred while hidden", 30_000, view::isPending);
		Assertions.assertEquals(hidden, view.shownCount(), "nothing measured while hidden");
		Assertions.assertFalse(view.isBusy());
		page.showView(MetricsView.ID);
		waitFor("metrics when shown again", 30_000, () -> view.shownCount() > hidden && view.isUpToDate());
		Assertions.assertFalse(view.isPending());
		doc.set(original);
		editor.doSave(new NullProgressMonitor());
		page.closeEditor(part, false);
	}

	/** The 5,000-actor example without its editor: measured in the job, the UI thread stays free. */
	@Test
	public void largeNetworkIsMeasuredInTheBackground() throws Exception {
		IFile file = UiTesting.examples().getFile("large/large-network.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		MetricsView view = (MetricsView) page.showView(MetricsView.ID);
		int shown = view.shownCount();
		long t0 = System.nanoTime();
		view.show(file);
		waitFor("metrics of large-network.vnet", 300_000, () -> view.shownCount() > shown && view.isUpToDate());
		log("metrics view first table (large-network)", t0);
		Assertions.assertTrue(view.viewer().getTable().getItemCount() > 1000, view.status());
		Assertions.assertTrue(view.status().contains("density"), view.status());

		int before = view.shownCount();
		long saved = System.nanoTime();
		byte[] bytes;
		try (var in = file.getContents()) {
			bytes = in.readAllBytes();
		}
		// as a save does: the same text written again, a new modification time, so reloaded and measured again
		file.setContents(new java.io.ByteArrayInputStream(bytes), org.eclipse.core.resources.IResource.FORCE, new NullProgressMonitor());
		waitFor("metrics after touching large-network.vnet", 300_000, () -> view.shownCount() > before && view.isUpToDate());
		log("metrics view save -> refreshed table (large-network)", saved);
	}
}
