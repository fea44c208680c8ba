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
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

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
	private ITextEditor editor;
	private IDocument document;
	private IFile file;
	private final AtomicInteger requested = new AtomicInteger();
	private volatile int shown;
	private final Runnable redrawLater = this::redraw;

	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			display.timerExec(300, redrawLater);
		}
	};

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof IEditorPart part) track(part);
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) untrack();
		}
	};

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
		getSite().getPage().addPartListener(partListener);
		status.setText("Open a .vnet model.");
		if (getSite().getPage().getActiveEditor() != null) track(getSite().getPage().getActiveEditor());
	}

	private void track(IEditorPart part) {
		ITextEditor text = part.getAdapter(ITextEditor.class);
		IFile input = part.getEditorInput().getAdapter(IFile.class);
		if (text == null || input == null || !"vnet".equals(input.getFileExtension()) || text == editor) return;
		untrack();
		editor = text;
		file = input;
		document = text.getDocumentProvider().getDocument(text.getEditorInput());
		document.addDocumentListener(documentListener);
		layerCombo.removeAll();
		redraw();
	}

	private void untrack() {
		if (document != null) document.removeDocumentListener(documentListener);
		editor = null;
		document = null;
	}

	private void redraw() {
		if (document == null || file == null || file.getLocation() == null || browser.isDisposed()) return;
		Path path = file.getLocation().toFile().toPath();
		String text = document.get();
		String view = viewCombo.getSelectionIndex() == 1 ? "heatmap" : "sankey";
		String layer = layerCombo.getSelectionIndex() <= 0 ? null : layerCombo.getText();
		int revision = requested.incrementAndGet();
		Job job = Job.create("Drawing the " + view + " of " + file.getName(), (IProgressMonitor monitor) -> {
			MapModel.Chart chart = MapModel.chart(path, text, view, layer);
			if (revision == requested.get()) display.asyncExec(() -> show(chart, revision));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(MapModel.Chart chart, int revision) {
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
		status.setText(file.getName());
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
		getSite().getPage().removePartListener(partListener);
		untrack();
		super.dispose();
	}
}
