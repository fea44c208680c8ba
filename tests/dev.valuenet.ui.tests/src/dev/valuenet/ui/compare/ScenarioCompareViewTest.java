package dev.valuenet.ui.compare;

import static dev.valuenet.ui.UiTesting.log;
import static dev.valuenet.ui.UiTesting.waitFor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;

/**
 * The Scenario Comparison view on the EV scenario of the car example (examples/auto/ev-scenario.vnet):
 * the scenario adds BatteryCo, ChargeNet and GridOperator and the EvBuyers segment, removes Pistons and
 * replaces Dealers by DirectSales, so the report lists them in its sections.
 */
public class ScenarioCompareViewTest {

	@Test
	public void evScenarioComparedWithTheCarNetwork() throws Exception {
		IFile file = UiTesting.examples().getFile("auto/ev-scenario.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		long t0 = System.nanoTime();
		ScenarioCompareView view = (ScenarioCompareView) page.showView(ScenarioCompareView.ID);
		page.activate(part);
		waitFor("comparison of auto.ev", 120_000, () -> view.isUpToDate() && view.result().scenario() != null
				&& view.tree().getItemCount() > 0);
		log("scenario comparison (auto.ev)", t0);
		Assertions.assertEquals("auto.ev", view.result().scenario());
		Assertions.assertEquals("auto.oem", view.result().base());
		Assertions.assertTrue(children("Participants added").containsAll(List.of("EvBuyers", "BatteryCo", "ChargeNet", "GridOperator",
				"DirectSales")), children("Participants added").toString());
		Assertions.assertTrue(children("Participants removed").containsAll(List.of("Pistons", "Dealers")),
				children("Participants removed").toString());
		Assertions.assertTrue(children("Segments gained").contains("EvBuyers"), children("Segments gained").toString());
		// figures with their units: the flow's own for amounts, the network currency for yearly values
		Assertions.assertTrue(children("Flows changed").stream().anyMatch(l -> l.endsWith("amount/year 5500 t -> 6100 t")),
				children("Flows changed").toString());
		Assertions.assertTrue(children("Actor figures changed").contains("OEM strength.in (EUR/year): 2954320000 -> 2309980000 (-644340000)"),
				children("Actor figures changed").toString());
		UiTesting.screenshot("scenario-compare-view");
		// the changed flows and figures in sight
		for (TreeItem item : view.tree().getItems()) {
			item.setExpanded(item.getText().startsWith("Flows changed") || item.getText().startsWith("Actor figures changed"));
		}
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		view.tree().setTopItem(view.tree().getItems()[0]);
		UiTesting.spin(500);
		UiTesting.screenshot("scenario-compare-view-units");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	private static List<String> children(String section) {
		ScenarioCompareView view = (ScenarioCompareView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(ScenarioCompareView.ID);
		for (TreeItem item : view.tree().getItems()) {
			if (item.getText().startsWith(section + " (")) {
				List<String> lines = new ArrayList<>();
				for (TreeItem child : item.getItems()) {
					lines.add(child.getText());
				}
				return lines;
			}
		}
		return List.of();
	}
}
