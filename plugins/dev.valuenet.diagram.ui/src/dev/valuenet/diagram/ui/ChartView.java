package dev.valuenet.diagram.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.valuenet.diagram.DeclaredViews;
import dev.valuenet.ui.editor.VnetEditorTracker;

/**
 * The Sankey or the heatmap of the active .vnet editor's network (SankeyBuilder / HeatmapBuilder and
 * SvgRenderer, as {@code valuenet render --view sankey|heatmap}), redrawn 300 ms after the text changes.
 */
public class ChartView extends ViewPart {
	public static final String ID = "dev.valuenet.diagram.ui.chartView";
	private static final String DEFAULT_LAYER = "(default)";
	private static final String NO_VIEW = "(no view)";

	private Display display;
	private Combo viewCombo;
	private Combo layerCombo;
	private Combo declaredCombo;
	/** The declared view whose include/exclude lines the chart applies, or null. */
	private String viewName;
	private List<DeclaredViews.DeclaredView> views = List.of();
	private Label status;
	private Browser browser;
	private VnetEditorTracker tracker;
	private final AtomicInteger requested = new AtomicInteger();
	private volatile int shown;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).margins(4, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("View:");
		declaredCombo = new Combo(bar, SWT.READ_ONLY);
		declaredCombo.setItems(NO_VIEW);
		declaredCombo.select(0);
		declaredCombo.setToolTipText("A view declared in the model ('view NAME { ... }'): choosing one applies its chart, layer and filters");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(declaredCombo);
		new Label(bar, SWT.NONE).setText("Chart:");
		viewCombo = new Combo(bar, SWT.READ_ONLY);
		viewCombo.setItems("Sankey", "Heatmap");
		viewCombo.select(0);
		new Label(bar, SWT.NONE).setText("Layer:");
		layerCombo = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(layerCombo);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		browser = new Browser(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(browser);
		viewCombo.addListener(SWT.Selection, e -> redraw());
		layerCombo.addListener(SWT.Selection, e -> redraw());
		declaredCombo.addListener(SWT.Selection, e -> choose(declaredCombo.getSelectionIndex() - 1));
		status.setText("Open a .vnet model.");
		tracker = new VnetEditorTracker(getSite().getPage(), 300, new VnetEditorTracker.Listener() {
			@Override
			public void editorChanged(ITextEditor previous) {
				if (tracker.editor() == null) return; // closed: the last chart stays
				layerCombo.removeAll();
				viewName = null;
				redraw();
			}

			@Override
			public void textChanged() {
				redraw();
			}
		});
		tracker.start();
	}

	private void redraw() {
		IFile file = tracker.file();
		if (file == null || browser.isDisposed()) return;
		Path path = file.getLocation().toFile().toPath();
		String text = tracker.document().get();
		String view = viewCombo.getSelectionIndex() == 1 ? "heatmap" : "sankey";
		String layer = layerCombo.getSelectionIndex() <= 0 ? null : layerCombo.getText();
		String declared = viewName;
		int revision = requested.incrementAndGet();
		Job job = Job.create("Drawing the " + view + " of " + file.getName(), (IProgressMonitor monitor) -> {
			MapModel.Chart chart = MapModel.chart(path, text, view, layer, declared);
			if (revision == requested.get()) display.asyncExec(() -> show(chart, file.getName(), revision));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(MapModel.Chart chart, String fileName, int revision) {
		if (browser.isDisposed() || revision != requested.get()) return;
		shown = revision;
		if (chart.error() != null) {
			status.setText(chart.error());
			return;
		}
		List<String> layers = new ArrayList<>(List.of(DEFAULT_LAYER));
		chart.layers().stream().filter(l -> !l.equals("all")).forEach(layers::add);
		if (!List.of(layerCombo.getItems()).equals(layers)) layerCombo.setItems(layers.toArray(String[]::new));
		layerCombo.select(Math.max(0, chart.layer() == null ? 0 : layers.indexOf(chart.layer())));
		views = chart.views();
		List<String> labels = new ArrayList<>(List.of(NO_VIEW));
		views.forEach(v -> labels.add(v.label()));
		if (!List.of(declaredCombo.getItems()).equals(labels)) declaredCombo.setItems(labels.toArray(String[]::new));
		int index = views.stream().map(DeclaredViews.DeclaredView::name).toList().indexOf(viewName);
		declaredCombo.select(index + 1);
		declaredCombo.getParent().layout(true);
		status.setText(fileName);
		browser.setText("<!DOCTYPE html><html><body style=\"margin:0\">" + chart.svg() + "</body></html>");
	}

	/**
	 * Applies the {@code index}-th declared view (-1: none): its chart when it is a Sankey or a heatmap,
	 * its layer, and its include/exclude lines.
	 */
	private void choose(int index) {
		DeclaredViews.DeclaredView view = index >= 0 && index < views.size() ? views.get(index) : null;
		viewName = view == null ? null : view.name();
		if (view != null) {
			if (view.chart().equals("heatmap")) viewCombo.select(1);
			else if (view.chart().equals("sankey")) viewCombo.select(0);
			int layer = view.options().layer() == null ? 0 : List.of(layerCombo.getItems()).indexOf(view.options().layer());
			layerCombo.select(Math.max(0, layer));
		}
		redraw();
	}

	// for tests

	public Combo declaredViewCombo() {
		return declaredCombo;
	}

	public Browser browser() {
		return browser;
	}

	public Combo viewCombo() {
		return viewCombo;
	}

	/** True when the newest chart has been handed to the browser. */
	public boolean isUpToDate() {
		return requested.get() > 0 && shown == requested.get();
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		super.dispose();
	}
}
