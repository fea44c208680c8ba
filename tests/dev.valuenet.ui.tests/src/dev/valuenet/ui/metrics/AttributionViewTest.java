package dev.valuenet.ui.metrics;

import static dev.valuenet.ui.UiTesting.waitFor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;

/**
 * The Attribution view on the car network: Shapley values that add up to the grand coalition's worth
 * shown in the status line (efficiency), then input-output multipliers with a warning exactly on the
 * actors whose money out exceeds their money in.
 */
public class AttributionViewTest {

	@Test
	public void carNetworkShapleyAddsUpAndInputOutputWarnsOnUnbalancedActors() throws Exception {
		IFile file = UiTesting.examples().getFile("auto/car-network.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		AttributionView view = (AttributionView) page.showView(AttributionView.ID);
		page.activate(part);
		view.show(file);
		waitFor("Shapley values of car-network.vnet", 90_000, () -> view.isUpToDate() && view.viewer().getTable().getItemCount() > 0);
		Assertions.assertTrue(view.status().contains("Shapley values"), view.status());
		Table table = view.viewer().getTable();
		Assertions.assertEquals("Shapley value", table.getColumn(1).getText());
		Matcher grand = Pattern.compile("grand coalition ([0-9,.]+)").matcher(view.status());
		Assertions.assertTrue(grand.find(), view.status());
		double sum = 0;
		double previous = Double.POSITIVE_INFINITY;
		for (TableItem item : table.getItems()) {
			double value = parse(item.getText(1));
			Assertions.assertTrue(value <= previous, "largest first");
			previous = value;
			sum += value;
		}
		double grandValue = parse(grand.group(1));
		// values shown to 4 decimals, the grand coalition to 2: efficiency within the rounding
		Assertions.assertEquals(grandValue, sum, 0.01 + 1e-4 * table.getItemCount());

		int shown = view.shownCount();
		view.methodCombo().select(1);
		view.methodCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		waitFor("input-output multipliers", 60_000, () -> view.shownCount() > shown && view.isUpToDate());
		Assertions.assertTrue(view.status().contains("input-output") || view.status().contains("closed economy"), view.status());
		Assertions.assertEquals("Output multiplier", table.getColumn(1).getText());
		for (TableItem item : table.getItems()) {
			boolean unbalanced = parse(item.getText(5)) > parse(item.getText(4));
			Assertions.assertEquals(unbalanced, !item.getText(6).isEmpty(), item.getText(0) + ": in " + item.getText(4) + ", out " + item.getText(5));
		}
	}

	private static double parse(String text) {
		return Double.parseDouble(text.replace(",", ""));
	}
}
