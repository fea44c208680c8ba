package dev.valuenet.ui.metrics;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.valuenet.ui.metrics.AttributionModel.Result;
import dev.valuenet.ui.metrics.AttributionModel.Row;

/**
 * Attribution of the active .vnet model's value to its actors, next to the Metrics view: Shapley
 * values of the supply game with their 95% confidence when sampled, or input-output output multipliers
 * of the money flows with a warning on every actor whose money out exceeds its money in. Computed in a
 * background job from the saved files, again after a save of a .vnet file of the folder and when
 * another .vnet editor becomes active (as {@code valuenet attribute} computes it).
 */
public class AttributionView extends ViewPart {
	public static final String ID = "dev.valuenet.ui.attributionView";

	private static final String[] TITLES = { "Actor", "Value", "\u00b1 95%", "Total output", "Money in", "Money out", "Warning" };
	private static final int[] WIDTHS = { 220, 120, 90, 120, 110, 110, 320 };

	private TableViewer viewer;
	private Combo methodCombo;
	private Label status;
	private Display display;
	private IFile file;
	private Job job;
	private final AtomicInteger requested = new AtomicInteger();
	private final AtomicInteger applied = new AtomicInteger();

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof IEditorPart editor) track(editor);
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			partActivated(ref);
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
					if ("vnet".equals(r.getFileExtension()) && r.getParent().equals(current.getParent())) changed[0] = true;
					return false;
				}
				return !changed[0];
			});
		} catch (CoreException e) {
			return;
		}
		if (changed[0] && display != null && !display.isDisposed()) {
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
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Method:");
		methodCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		methodCombo.setItems(AttributionModel.SHAPLEY, AttributionModel.INPUT_OUTPUT);
		methodCombo.select(0);
		methodCombo.addListener(SWT.Selection, e -> recompute());
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (int i = 0; i < TITLES.length; i++) {
			int index = i;
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(TITLES[i]);
			column.getColumn().setWidth(WIDTHS[i]);
			column.getColumn().setAlignment(i == 0 || i == 6 ? SWT.LEFT : SWT.RIGHT);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text((Row) element, index);
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		IWorkbenchPage page = getSite().getPage();
		page.addPartListener(partListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		status.setText("Open a .vnet model to see how its value is attributed to its actors.");
		IEditorPart active = page.getActiveEditor();
		if (active != null) track(active);
	}

	private static String text(Row row, int column) {
		return switch (column) {
			case 0 -> row.actor();
			case 1 -> number(row.value(), "%,.4f");
			case 2 -> row.halfWidth() == 0 ? "exact" : number(row.halfWidth(), "%,.4f");
			case 3 -> number(row.output(), "%,.2f");
			case 4 -> number(row.moneyIn(), "%,.2f");
			case 5 -> number(row.moneyOut(), "%,.2f");
			default -> row.warning();
		};
	}

	private static String number(double x, String format) {
		return Double.isNaN(x) ? "" : Double.isInfinite(x) ? "\u221e" : String.format(Locale.ROOT, format, x);
	}

	private void track(IEditorPart editor) {
		IFile input = editor.getEditorInput().getAdapter(IFile.class);
		if (input == null || !"vnet".equals(input.getFileExtension()) || input.equals(file)) return;
		file = input;
		recompute();
	}

	private void recompute() {
		IFile target = file;
		if (target == null || target.getLocation() == null) return;
		Path path = target.getLocation().toFile().toPath();
		String method = methodCombo.getText();
		int generation = requested.incrementAndGet();
		if (job != null) job.cancel();
		Job next = Job.create("Attributing value in " + target.getName(), (IProgressMonitor monitor) -> {
			Result computed = AttributionModel.compute(path, method);
			if (monitor.isCanceled() || generation != requested.get()) return Status.CANCEL_STATUS;
			display.asyncExec(() -> apply(computed, generation));
			return Status.OK_STATUS;
		});
		next.setPriority(Job.LONG);
		job = next;
		next.schedule();
	}

	private void apply(Result computed, int generation) {
		if (viewer.getControl().isDisposed() || generation != requested.get()) return;
		boolean io = AttributionModel.INPUT_OUTPUT.equals(computed.method());
		viewer.getTable().getColumn(1).setText(io ? "Output multiplier" : "Shapley value");
		viewer.setInput(computed.rows().toArray());
		status.setText(computed.error() != null ? computed.error() : computed.summary());
		status.getParent().layout(true);
		applied.set(generation);
	}

	// for tests and tools

	/** Shows the attribution of a .vnet file (what activating its editor does). */
	public void show(IFile input) {
		if (input == null || !"vnet".equals(input.getFileExtension()) || input.equals(file)) return;
		file = input;
		recompute();
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Combo methodCombo() {
		return methodCombo;
	}

	public String status() {
		return status.getText();
	}

	/** True when the last requested computation has been shown. */
	public boolean isUpToDate() {
		return applied.get() == requested.get() && applied.get() > 0;
	}

	/** How many computations have been shown since the view opened. */
	public int shownCount() {
		return applied.get();
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
}
