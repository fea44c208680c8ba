package dev.valuenet.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.valuenet.ui.canvas.CanvasView;
import dev.valuenet.ui.compare.ScenarioCompareView;
import dev.valuenet.ui.metrics.AttributionView;
import dev.valuenet.ui.metrics.MetricsView;
import dev.valuenet.ui.wizards.NewModelWizard;
import dev.valuenet.ui.wizards.NewProjectWizard;

/** Project Explorer left, editors in the middle, Outline right, Problems, Metrics, Attribution, Partnership Canvas and Scenario Comparison below. */
public class ValuenetPerspective implements IPerspectiveFactory {
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(MetricsView.ID);
		bottom.addView(AttributionView.ID);
		bottom.addView(CanvasView.ID);
		bottom.addView(ScenarioCompareView.ID);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.76f, editors);
		right.addView(IPageLayout.ID_OUTLINE);

		layout.addNewWizardShortcut(NewProjectWizard.ID);
		layout.addNewWizardShortcut(NewModelWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(MetricsView.ID);
		layout.addShowViewShortcut(AttributionView.ID);
		layout.addShowViewShortcut(CanvasView.ID);
		layout.addShowViewShortcut(ScenarioCompareView.ID);
	}
}
