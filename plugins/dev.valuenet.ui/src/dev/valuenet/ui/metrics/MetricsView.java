package dev.valuenet.ui.metrics;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.valuenet.analysis.ActorMetrics;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkSummary;
import dev.valuenet.analysis.Weight;
import dev.valuenet.analysis.WeightedGraph;
import dev.valuenet.ui.metrics.MetricsModel.Result;
import dev.valuenet.ui.metrics.MetricsModel.Row;

/**
 * Actors x metrics of the network of the active .vnet editor, as {@code valuenet metrics} computes them.
 * Recomputed in a background job from the saved files when a .vnet file of the folder is saved and when
 * another .vnet editor becomes active; results are applied on the UI thread with asyncExec. Selecting a
 * row reveals the actor's declaration.
 */
public class MetricsView extends ViewPart {
	public static final String ID = "dev.valuenet.ui.metricsView";

	private static final String[] TITLES = { "Actor", "Kind", "In", "Out", "Betweenness", "Closeness", "Eigenvector", "PageRank",
			"Community", "Articulation point", "Suppliers", "HHI", "Value in", "Value out", "Net" };
	private static final int[] WIDTHS = { 200, 90, 45, 45, 95, 85, 90, 80, 80, 120, 75, 60, 110, 110, 110 };
	/** Sort arrow (16 px on GTK) plus the cell margins on both sides. */
	private static final int HEADER_PADDING = 36;
	private static final List<Function<Row, Comparable<?>>> KEYS = List.of(r -> r.metrics().actor(), r -> r.metrics().kind(),
			r -> r.metrics().inDegree(), r -> r.metrics().outDegree(), r -> r.metrics().betweenness(), r -> r.metrics().closeness(),
			r -> r.metrics().eigenvector(), r -> r.metrics().pagerank(), r -> r.metrics().community(), r -> r.metrics().articulationPoint(),
			r -> r.metrics().suppliers(), r -> r.metrics().hhi(), r -> r.profit().valueIn(), r -> r.profit().valueOut(), r -> r.profit().net());

	private TableViewer viewer;
	private Combo networkCombo;
	private Combo layerCombo;
	private Combo weightCombo;
	private Label status;
	private ProgressBar progress;
	private final RowComparator comparator = new RowComparator();

	private IFile file;
	private Result result;
	private Job job;
	private final AtomicInteger requested = new AtomicInteger();
	private final AtomicInteger applied = new AtomicInteger();
	private volatile long lastMillis;
	private boolean revealing;
	private boolean visible = true;
	private boolean pending; // a recomputation asked for while the view was hidden
	private org.eclipse.swt.widgets.Display display;

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			editorChanged(ref);
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			editorChanged(ref);
		}

		@Override
		public void partVisible(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == MetricsView.this) {
				visible = true;
				if (pending) recompute();
			}
		}

		@Override
		public void partHidden(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == MetricsView.this) visible = false;
		}
	};

	private final IResourceChangeListener resourceListener = event -> {
		IFile current = file;
		IResourceDelta delta = event.getDelta();
		if (current == null || delta == null) return;
		boolean[] changed = { false };
		try {
			delta.accept(d -> {
				IResource r = d.getResource();
				if (r.getType() == IResource.FILE) {
					if ("vnet".equals(r.getFileExtension()) && r.getParent().equals(current.getParent())
							&& (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
						changed[0] = true;
					}
					return false;
				}
				return !changed[0];
			});
		} catch (CoreException e) {
			return;
		}
		if (changed[0]) {
			display.asyncExec(() -> {
				if (viewer != null && !viewer.getControl().isDisposed()) recompute();
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 2).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).margins(4, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Network:");
		networkCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(networkCombo);
		new Label(bar, SWT.NONE).setText("Layer:");
		layerCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(layerCombo);
		new Label(bar, SWT.NONE).setText("Weight:");
		weightCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (Weight w : Weight.values()) {
			weightCombo.add(w.id());
		}
		weightCombo.select(0);
		weightCombo.setToolTipText("What betweenness, closeness, PageRank and eigenvector weigh: none, the yearly value in the network "
				+ "currency, or the stated strength (low 1, medium 2, high 3). Path lengths are 1/weight (docs/metrics.md, Weights).");
		progress = new ProgressBar(bar, SWT.INDETERMINATE | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).align(SWT.END, SWT.CENTER).applyTo(progress);
		// the network summary: its own line, so a narrow view still shows density, reciprocity, communities, modularity
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
		progress.setVisible(false);

		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (int i = 0; i < TITLES.length; i++) {
			int index = i;
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(TITLES[i]);
			column.getColumn().setWidth(Math.max(WIDTHS[i], headerWidth(table, TITLES[i])));
			column.getColumn().setAlignment(i < 2 ? SWT.LEFT : SWT.RIGHT);
			column.getColumn().setMoveable(true);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text((Row) element, index);
				}
			});
			column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(comparator);
		viewer.setUseHashlookup(true);
		viewer.addSelectionChangedListener(e -> reveal((IStructuredSelection) e.getSelection(), false));
		viewer.addDoubleClickListener(e -> reveal((IStructuredSelection) e.getSelection(), true));

		networkCombo.addListener(SWT.Selection, e -> recompute());
		layerCombo.addListener(SWT.Selection, e -> recompute());
		weightCombo.addListener(SWT.Selection, e -> recompute());

		IWorkbenchPage page = getSite().getPage();
		page.addPartListener(partListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		status.setText("Open a .vnet model to see its metrics.");
		IEditorPart active = page.getActiveEditor();
		if (active != null) track(active);
	}

	/** Wide enough for the header text, the sort arrow and the cell padding of the platform. */
	private static int headerWidth(Table table, String title) {
		GC gc = new GC(table);
		try {
			gc.setFont(table.getFont());
			return gc.textExtent(title).x + HEADER_PADDING;
		} finally {
			gc.dispose();
		}
	}

	private static String text(Row row, int column) {
		ActorMetrics m = row.metrics();
		return switch (column) {
			case 0 -> m.actor();
			case 1 -> m.kind();
			case 2 -> Integer.toString(m.inDegree());
			case 3 -> Integer.toString(m.outDegree());
			case 4 -> format(m.betweenness());
			case 5 -> format(m.closeness());
			case 6 -> format(m.eigenvector());
			case 7 -> format(m.pagerank());
			case 8 -> Integer.toString(m.community());
			case 9 -> m.articulationPoint() ? "yes" : "";
			case 10 -> Integer.toString(m.suppliers());
			case 11 -> format(m.hhi());
			case 12 -> money(row.profit().valueIn());
			case 13 -> money(row.profit().valueOut());
			default -> money(row.profit().net());
		};
	}

	/** A yearly amount of the network currency, whole units with thousands separators. */
	private static String money(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	private static String format(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
	}

	private void editorChanged(IWorkbenchPartReference ref) {
		if (revealing || ref.getPart(false) == null) return;
		if (ref.getPart(false) instanceof IEditorPart editor) track(editor);
	}

	private void track(IEditorPart editor) {
		show(editor.getEditorInput().getAdapter(IFile.class));
	}

	/** Shows the metrics of a .vnet file (what activating its editor does). */
	public void show(IFile input) {
		if (input == null || !"vnet".equals(input.getFileExtension()) || input.equals(file)) return;
		file = input;
		networkCombo.removeAll();
		layerCombo.removeAll();
		recompute();
	}

	/**
	 * Measures the current file's chosen network and layer in a background job; while the view is
	 * hidden (another tab on top, minimized) only remembers to do so when it shows again.
	 */
	private void recompute() {
		IFile target = file;
		if (target == null || target.getLocation() == null) return;
		if (!visible) {
			pending = true;
			return;
		}
		pending = false;
		Path path = target.getLocation().toFile().toPath();
		String network = networkCombo.getSelectionIndex() < 0 ? null : networkCombo.getText();
		String layer = layerCombo.getSelectionIndex() < 0 ? null : layerCombo.getText();
		Weight weight = weightCombo.getSelectionIndex() < 0 ? Weight.NONE : Weight.of(weightCombo.getText());
		int generation = requested.incrementAndGet();
		long start = System.nanoTime();
		if (job != null) job.cancel();
		Job next = Job.create("Computing metrics of " + target.getName(), (IProgressMonitor monitor) -> {
			monitor.beginTask("Measuring " + target.getName(), IProgressMonitor.UNKNOWN);
			Result computed = MetricsModel.compute(path, network, layer, weight);
			if (monitor.isCanceled() || generation != requested.get()) return Status.CANCEL_STATUS;
			display.asyncExec(() -> apply(computed, generation, start));
			return Status.OK_STATUS;
		});
		next.setPriority(Job.LONG);
		job = next;
		progress.setVisible(true);
		IWorkbenchSiteProgressService service = getSite().getAdapter(IWorkbenchSiteProgressService.class);
		if (service != null) {
			service.schedule(next);
		} else {
			next.schedule();
		}
	}

	private void apply(Result computed, int generation, long start) {
		if (viewer.getControl().isDisposed() || generation != requested.get()) return;
		result = computed;
		progress.setVisible(false);
		setItems(networkCombo, computed.networks(), computed.network());
		setItems(layerCombo, computed.layers(), computed.layer());
		networkCombo.getParent().layout(true);
		viewer.getTable().setRedraw(false);
		try {
			viewer.setInput(computed.rows().toArray());
		} finally {
			viewer.getTable().setRedraw(true);
		}
		status.setText(summary(computed));
		status.setToolTipText(status.getText());
		status.getParent().layout(true);
		setContentDescription("");
		lastMillis = (System.nanoTime() - start) / 1_000_000;
		applied.set(generation);
		ILog.of(MetricsView.class).info("metrics of " + computed.file().getFileName() + " (" + computed.network() + ", " + computed.layer()
				+ ", " + computed.rows().size() + " actors): computed in " + computed.millis() + " ms, shown after " + lastMillis + " ms");
	}

	private static void setItems(Combo combo, List<String> items, String selected) {
		if (!List.of(combo.getItems()).equals(items)) combo.setItems(items.toArray(String[]::new));
		int index = selected == null ? -1 : items.indexOf(selected);
		if (index >= 0) combo.select(index);
	}

	private static String summary(Result r) {
		if (r.error() != null) return r.error();
		NetworkSummary s = r.summary();
		String text = String.format(Locale.ROOT, "%s (%s): density %.3f, reciprocity %.3f, %d communities, modularity %.3f  |  %d actors, %d edges, %d flows"
				+ "  |  values in %s per year, all layers; %d flows without a value left out", r.network(), r.layer(), s.density(), s.reciprocity(),
				s.communities(), s.modularity(), s.actors(), s.edges(), s.flows(), r.currency(), r.unvalued());
		WeightedGraph w = r.weighted();
		if (w != null && w.weight() != Weight.NONE) {
			text += String.format(Locale.ROOT, "  |  centralities weighted by %s: %d edges, %d %s without a %s left out", w.weight().id(),
					w.graph().edgeCount(), w.leftOut(), LayerGraph.TIES.equals(r.layer()) ? "ties" : "flows", w.weight().id());
		}
		return text;
	}

	private void sortBy(int column) {
		TableColumn header = viewer.getTable().getColumn(column);
		comparator.toggle(column);
		viewer.getTable().setSortColumn(header);
		viewer.getTable().setSortDirection(comparator.descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	/** Selects the actor's name in its declaring file; {@code open} also opens and activates that editor. */
	private void reveal(IStructuredSelection selection, boolean open) {
		if (!(selection.getFirstElement() instanceof Row row) || row.file() == null || row.offset() < 0) return;
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(row.file().toUri());
		if (files.length == 0) return;
		IWorkbenchPage page = getSite().getPage();
		revealing = true;
		try {
			IEditorPart editor = open ? IDE.openEditor(page, files[0], true) : page.findEditor(new org.eclipse.ui.part.FileEditorInput(files[0]));
			if (editor == null && files[0].equals(file)) {
				editor = IDE.openEditor(page, files[0], false);
			}
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(row.offset(), row.length());
			} else if (editor != null) {
				ITextEditor text = editor.getAdapter(ITextEditor.class);
				if (text != null) text.selectAndReveal(row.offset(), row.length());
			}
		} catch (PartInitException e) {
			// the file is gone; the next save recomputes
		} finally {
			revealing = false;
		}
	}

	// for tests and tools

	public TableViewer viewer() {
		return viewer;
	}

	public Combo weightCombo() {
		return weightCombo;
	}

	public Combo layerCombo() {
		return layerCombo;
	}

	public Combo networkCombo() {
		return networkCombo;
	}

	public String status() {
		return status.getText();
	}

	/** True when the last requested computation has been shown. */
	public boolean isUpToDate() {
		return applied.get() == requested.get() && applied.get() > 0;
	}

	/** True while a recomputation waits for the hidden view to be shown again. */
	public boolean isPending() {
		return pending;
	}

	/** True while the progress bar runs (a computation is on its way). */
	public boolean isBusy() {
		return progress.isVisible();
	}

	/** The width of a column (header text plus sort arrow must fit). */
	public int columnWidth(int column) {
		return viewer.getTable().getColumn(column).getWidth();
	}

	/** What a column's header needs to be read in full. */
	public int headerWidth(int column) {
		return headerWidth(viewer.getTable(), TITLES[column]);
	}

	/** How many computations have been shown since the view opened. */
	public int shownCount() {
		return applied.get();
	}

	/** Milliseconds from the last request (save, editor change, combo) to its table on screen. */
	public long lastMillis() {
		return lastMillis;
	}

	/** Sorts by a column as a click on its header does (a second call reverses the order). */
	public void sortByColumn(int column) {
		sortBy(column);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		if (job != null) job.cancel();
		super.dispose();
	}

	private static final class RowComparator extends ViewerComparator {
		int column = -1;
		boolean descending;

		void toggle(int c) {
			if (column == c) {
				descending = !descending;
			} else {
				column = c;
				descending = c >= 2; // numbers: largest first
			}
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public int compare(Viewer v, Object a, Object b) {
			if (column < 0) return 0;
			Comparable ka = KEYS.get(column).apply((Row) a);
			Comparable kb = KEYS.get(column).apply((Row) b);
			int c = Comparator.<Comparable>nullsLast(Comparator.naturalOrder()).compare(ka, kb);
			return descending ? -c : c;
		}
	}
}
