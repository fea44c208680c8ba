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

import dev.valuenet.ui.editor.VnetEditorTracker;

/**
 * The Sankey or the heatmap of the active .vnet editor's network (SankeyBuilder / HeatmapBuilder and
 * SvgRenderer, as {@code valuenet render --view sankey|heatmap}), redrawn 300 ms after the text changes.
 */
public class ChartView extends ViewPart {
	public static final String ID = "dev.valuenet.diagram.ui.chartView";
	private static final String DEFAULT_LAYER = "(default)";

	private Display display;
	private Combo viewCombo;
	private Combo layerCombo;
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
		GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
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
		status.setText("Open a .vnet model.");
		tracker = new VnetEditorTracker(getSite().getPage(), 300, new VnetEditorTracker.Listener() {
			@Override
			public void editorChanged(ITextEditor previous) {
				if (tracker.editor() == null) return; // closed: the last chart stays
				layerCombo.removeAll();
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
		int revision = requested.incrementAndGet();
		Job job = Job.create("Drawing the " + view + " of " + file.getName(), (IProgressMonitor monitor) -> {
			MapModel.Chart chart = MapModel.chart(path, text, view, layer);
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
		status.setText(fileName);
		browser.setText("<!DOCTYPE html><html><body style=\"margin:0\">" + chart.svg() + "</body></html>");
	}

	// for tests

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
