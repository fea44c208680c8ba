package dev.valuenet.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import dev.valuenet.diagram.DiagramNode;
import dev.valuenet.diagram.DeclaredViews;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.diagram.ParticipantFilter;
import dev.valuenet.diagram.Layout;
import dev.valuenet.diagram.Layout.Point;
import dev.valuenet.diagram.LayoutKind;
import dev.valuenet.diagram.LayoutSidecar;
import dev.valuenet.ui.editor.VnetEditorTracker;

/**
 * The network map of the active .vnet editor, drawn by the Sprotty client in a browser and laid out
 * in Java. It follows the active editor as Outline does, and the editor's text as it is typed
 * (rebuilt in a job 300 ms after the last change, animated, the boxes the user dragged kept where
 * they were put: {@code <model>.vnet.layout}). Selection follows both ways: a box or line selects its
 * declaration, the caret on a declaration selects its box or line. Editing in the map becomes text
 * edits of the editor's document ({@link MapEditing}).
 */
public class NetworkMapView extends ViewPart {
	public static final String ID = "dev.valuenet.diagram.ui.mapView";

	private static final int DEBOUNCE_MS = 300;
	/** The layouts offered; auto picks by the network's shape and size. */
	private static final List<String> LAYOUTS = java.util.Arrays.stream(LayoutKind.values()).map(LayoutKind::label).toList();
	private static final String[] SIZE_BY = { "(none)", "betweenness", "closeness", "eigenvector", "pagerank" };
	private static final String ALL_LAYERS = "all layers";
	private static final String NO_VIEW = "(no view)";
	/** Above this many participants, showing every actor asks first: a layered layout of thousands of boxes takes minutes. */
	private static final int ASK_BEFORE_EXPANDING = 1500;

	private Display display;
	private MapBrowser browser;
	private Combo networkCombo;
	private Combo viewCombo;
	/** The include/exclude lines of the chosen declared view: the map's controls have no other place for them. */
	private ParticipantFilter viewFilter = ParticipantFilter.ALL;
	/** The declared view chosen (or just saved) in the View combo, or null. */
	private String viewName;
	private Combo layerCombo;
	private Combo sizeCombo;
	private Combo colourCombo;
	private Combo layoutCombo;
	private Button hideIntangible;
	private Button critical;
	private Button focus;
	private Spinner hops;
	private Button whatIf;
	private Label status;

	private VnetEditorTracker tracker;
	private MapModel.Snapshot snapshot;
	private String focusActor;
	private String whatIfActor;
	private final Set<String> selected = new LinkedHashSet<>();
	private final AtomicInteger requested = new AtomicInteger();
	private volatile int applied;
	private long requestStart;
	private Job job;
	private boolean revealing;
	private MapEditing editing;
	private boolean fitNext;
	private String selectNext;
	/** Communities shown as their actors while the map is collapsed into communities (Leiden numbers on the map's layer). */
	private final Set<Integer> expanded = new TreeSet<>();
	private DiagramOptions.Collapse collapse = DiagramOptions.Collapse.AUTO;
	private Action groupAction;
	/** After an expansion: the community whose actors the next map zooms to. */
	private Integer fitCommunityNext;

	private final ISelectionChangedListener caretListener = event -> {
		if (revealing || snapshot == null || !(event.getSelection() instanceof ITextSelection text)) return;
		String id = snapshot.elementAt(text.getOffset());
		if (id != null && !(selected.size() == 1 && selected.contains(id))) {
			selected.clear();
			selected.add(id);
			browser.select(List.of(id));
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		editing = new MapEditing(this);
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 2).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(18).margins(4, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Network:");
		networkCombo = combo(bar, 150);
		new Label(bar, SWT.NONE).setText("View:");
		viewCombo = combo(bar, 150);
		viewCombo.setItems(NO_VIEW);
		viewCombo.select(0);
		viewCombo.setToolTipText("A view declared in the model ('view NAME { ... }'): choosing one applies its layer, filters, focus, size and colour");
		new Label(bar, SWT.NONE).setText("Layer:");
		layerCombo = combo(bar, 110);
		new Label(bar, SWT.NONE).setText("Size by:");
		sizeCombo = combo(bar, 100);
		sizeCombo.setItems(SIZE_BY);
		sizeCombo.select(0);
		new Label(bar, SWT.NONE).setText("Colour by:");
		colourCombo = combo(bar, 90);
		colourCombo.setItems("kind", "community");
		colourCombo.select(0);
		new Label(bar, SWT.NONE).setText("Layout:");
		layoutCombo = combo(bar, 80);
		layoutCombo.setItems(LAYOUTS.toArray(String[]::new));
		layoutCombo.select(0);
		layoutCombo.setToolTipText("auto: chosen by the network's shape and size; layered: value chains left to right; stress: networks,"
				+ " communities kept together; radial: the focus actor (or the best-connected one) in the centre");
		hideIntangible = check(bar, "Hide intangible", "Leave out knowledge, reputation, trust and influence flows");
		critical = check(bar, "Critical", "Mark articulation points (dashed red outline) and single points of failure (red !)");
		critical.setSelection(true);
		focus = check(bar, "Focus", "Show only the neighbourhood of the selected actor");
		hops = new Spinner(bar, SWT.BORDER);
		hops.setValues(1, 1, 9, 0, 1, 1);
		hops.setToolTipText("Hops around the focused actor");
		whatIf = new Button(bar, SWT.TOGGLE);
		whatIf.setText("What if it exits?");
		whatIf.setToolTipText("Mark what the selected actor cuts off: its flows, the actors that no longer reach a segment (orange),"
				+ " the segments left without supply (red)");
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

		browser = new MapBrowser(parent, this::clientEvent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(browser.control());

		for (Combo c : List.of(networkCombo, layerCombo)) {
			// another network or layer has other communities
			c.addListener(SWT.Selection, e -> expanded.clear());
		}
		for (Combo c : List.of(networkCombo, layerCombo, sizeCombo, colourCombo)) {
			c.addListener(SWT.Selection, e -> rebuild());
		}
		viewCombo.addListener(SWT.Selection, e -> {
			int index = viewCombo.getSelectionIndex() - 1;
			List<DeclaredViews.DeclaredView> views = snapshot == null ? List.of() : snapshot.views();
			applyView(index >= 0 && index < views.size() ? views.get(index) : null);
		});
		layoutCombo.addListener(SWT.Selection, e -> {
			fitNext = true;
			rebuild();
		});
		hideIntangible.addListener(SWT.Selection, e -> rebuild());
		critical.addListener(SWT.Selection, e -> rebuild());
		hops.addListener(SWT.Selection, e -> {
			if (focusActor != null) rebuild();
		});
		focus.addListener(SWT.Selection, e -> {
			focusActor = focus.getSelection() ? selectedActor() : null;
			if (focus.getSelection() && focusActor == null) {
				focus.setSelection(false);
				status.setText("Select an actor in the map (or put the caret on its declaration), then Focus.");
				return;
			}
			rebuild();
		});
		whatIf.addListener(SWT.Selection, e -> {
			whatIfActor = whatIf.getSelection() ? selectedActor() : null;
			if (whatIf.getSelection() && whatIfActor == null) {
				whatIf.setSelection(false);
				status.setText("Select an actor in the map, then 'What if it exits?'.");
				return;
			}
			rebuild();
		});
		contributeActions();
		contextMenu();

		// ELK's first layout in a JVM is several times slower than the next: warm it while the page loads
		Job warm = Job.create("Preparing the network map layout", (IProgressMonitor monitor) -> {
			dev.valuenet.diagram.DiagramLayout.prepare();
			return Status.OK_STATUS;
		});
		warm.setSystem(true);
		warm.schedule();

		status.setText("Open a .vnet model to see its network map.");
		tracker = new VnetEditorTracker(getSite().getPage(), DEBOUNCE_MS, () -> revealing, new VnetEditorTracker.Listener() {
			@Override
			public void editorChanged(ITextEditor previous) {
				follow(previous);
			}

			@Override
			public void textChanged() {
				rebuild(true);
			}
		});
		tracker.start();
	}

	private void contributeActions() {
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		Action newActor = new Action("New Actor", Action.AS_DROP_DOWN_MENU) {
			@Override
			public void run() {
				editing.createActor("firm");
			}
		};
		newActor.setToolTipText("Add an actor to the network (a text edit of the model); the arrow chooses its kind");
		newActor.setMenuCreator(new org.eclipse.jface.action.IMenuCreator() {
			private org.eclipse.swt.widgets.Menu menu;

			@Override
			public org.eclipse.swt.widgets.Menu getMenu(org.eclipse.swt.widgets.Control parent) {
				dispose();
				menu = kindMenu(new org.eclipse.swt.widgets.Menu(parent));
				return menu;
			}

			@Override
			public org.eclipse.swt.widgets.Menu getMenu(org.eclipse.swt.widgets.Menu parent) {
				return null;
			}

			@Override
			public void dispose() {
				if (menu != null) menu.dispose();
				menu = null;
			}
		});
		toolbar.add(newActor);
		groupAction = new Action("Group into Communities", Action.AS_CHECK_BOX) {
			@Override
			public void run() {
				group(isChecked());
			}
		};
		groupAction.setToolTipText("Collapse the map into one box per community (double-click one to expand it); off: every actor");
		toolbar.add(groupAction);
		toolbar.add(action("Fit", "Fit the whole map into the view", () -> browser.fit()));
		org.eclipse.jface.action.IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		viewMenu.add(groupAction);
		viewMenu.add(action("Collapse All Communities", "Show every expanded community as one box again", this::collapseAll));
		toolbar.add(action("Unpin", "Forget the dragged positions of the selected boxes (all boxes when none is selected)", this::unpin));
		toolbar.add(action("Export...", "Save the map as SVG or PNG", () -> MapExport.export(this)));
		toolbar.add(action("Save View...", "Write the map's current settings into the model as a 'view' statement", this::saveView));
	}

	/** The actor kinds (and segment) as menu items that create a new box of that kind. */
	private org.eclipse.swt.widgets.Menu kindMenu(org.eclipse.swt.widgets.Menu menu) {
		for (String kind : dev.valuenet.diagram.Styles.NODE_KINDS) {
			if (kind.equals("community") || kind.equals("unspecified")) continue;
			org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
			item.setText(kind.equals("segment") ? "customer segment" : kind);
			item.addListener(SWT.Selection, e -> editing.createActor(kind));
		}
		return menu;
	}

	/** Right click in the map: create, rename, delete, focus, what-if, export. */
	private void contextMenu() {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(browser.control());
		org.eclipse.swt.widgets.MenuItem create = new org.eclipse.swt.widgets.MenuItem(menu, SWT.CASCADE);
		create.setText("New Actor");
		create.setMenu(kindMenu(new org.eclipse.swt.widgets.Menu(menu)));
		org.eclipse.swt.widgets.MenuItem rename = item(menu, "Rename\tF2", () -> {
			if (!selected.isEmpty()) editing.rename(selected.iterator().next());
		});
		org.eclipse.swt.widgets.MenuItem delete = item(menu, "Delete\tDel", () -> editing.delete(new ArrayList<>(selected)));
		new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
		org.eclipse.swt.widgets.MenuItem expand = item(menu, "Expand Community", () -> {
			Integer c = selectedCommunity(true);
			if (c != null) expand(c);
		});
		org.eclipse.swt.widgets.MenuItem collapseOne = item(menu, "Collapse Community", () -> {
			Integer c = selectedCommunity(false);
			if (c != null) collapse(c);
		});
		item(menu, "Fit", () -> browser.fit());
		item(menu, "Export...", () -> MapExport.export(this));
		menu.addListener(SWT.Show, e -> {
			rename.setEnabled(!selected.isEmpty());
			delete.setEnabled(!selected.isEmpty());
			expand.setEnabled(selectedCommunity(true) != null);
			collapseOne.setEnabled(selectedCommunity(false) != null);
		});
		browser.control().setMenu(menu);
	}

	private static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu menu, String text, Runnable run) {
		org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> run.run());
		return item;
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	private static Combo combo(Composite bar, int width) {
		Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	private static Button check(Composite bar, String text, String tooltip) {
		Button b = new Button(bar, SWT.CHECK);
		b.setText(text);
		b.setToolTipText(tooltip);
		return b;
	}

	// ---- following the editor ------------------------------------------------------------------

	/** Moves the caret listener from the previous editor to the followed one and draws its map. */
	private void follow(ITextEditor previous) {
		listenToCaret(previous, false);
		if (tracker.editor() == null) return; // closed: the last map stays
		listenToCaret(tracker.editor(), true);
		networkCombo.removeAll();
		layerCombo.removeAll();
		selected.clear();
		focusActor = null;
		whatIfActor = null;
		viewFilter = ParticipantFilter.ALL;
		viewName = null;
		focus.setSelection(false);
		whatIf.setSelection(false);
		expanded.clear();
		collapse = DiagramOptions.Collapse.AUTO;
		setContentDescription(tracker.file().getName());
		fitNext = true;
		rebuild();
	}

	private void listenToCaret(ITextEditor editor, boolean listen) {
		ISelectionProvider provider = editor == null ? null : editor.getSelectionProvider();
		if (provider instanceof IPostSelectionProvider post) {
			if (listen) post.addPostSelectionChangedListener(caretListener);
			else post.removePostSelectionChangedListener(caretListener);
		} else if (provider != null) {
			if (listen) provider.addSelectionChangedListener(caretListener);
			else provider.removeSelectionChangedListener(caretListener);
		}
	}

	// ---- building the map --------------------------------------------------------------------

	private DiagramOptions options() {
		DiagramOptions options = DiagramOptions.DEFAULT;
		String layer = layerCombo.getSelectionIndex() <= 0 ? null : layerCombo.getText();
		options = options.withLayer(layer).withHideIntangible(hideIntangible.getSelection());
		options = options.withSizeBy(sizeCombo.getSelectionIndex() <= 0 ? null : sizeCombo.getText());
		options = options.withColourBy(colourCombo.getText().isEmpty() ? "kind" : colourCombo.getText());
		if (focusActor != null) options = options.withFocus(focusActor, hops.getSelection());
		options = options.withCollapse(collapse);
		return new DiagramOptions(options.layer(), options.hideIntangible(), options.focus(), options.hops(), options.collapse(),
				options.collapseAbove(), options.sizeBy(), options.colourBy(), critical.getSelection(), options.showTies())
				.withLayout(LayoutKind.parse(layoutCombo.getText())).withFilter(viewFilter);
	}

	/** Rebuilds the map from the editor's current text in a job, laid out afresh; the newest request wins. */
	public void rebuild() {
		rebuild(false);
	}

	/**
	 * Rebuilds the map; with {@code keepBoxes} (after a text edit or a drag) the boxes of the map
	 * shown stay where they are, provided it shows the same file, network and options (otherwise a
	 * fresh layout).
	 */
	private void rebuild(boolean keepBoxes) {
		IFile file = tracker.file();
		if (file == null || status.isDisposed()) return;
		Path path = file.getLocation().toFile().toPath();
		Map<String, Point> pinned;
		try {
			pinned = LayoutSidecar.read(LayoutSidecar.of(path));
		} catch (IOException e) {
			status.setText(e.getMessage() + " (positions ignored; fix or delete the file)");
			pinned = Map.of();
		}
		String network = networkCombo.getSelectionIndex() < 0 ? null : networkCombo.getText();
		int revision = requested.incrementAndGet();
		DiagramOptions options = options();
		boolean same = keepBoxes && snapshot != null && snapshot.request().file().equals(path) && Objects.equals(snapshot.network(), network)
				&& snapshot.request().options().equals(options);
		MapModel.Request request = new MapModel.Request(path, tracker.document().get(), network, options, Set.copyOf(expanded), pinned,
				whatIfActor, revision, same ? snapshot.graph() : null, same ? snapshot.layout() : null);
		requestStart = System.nanoTime();
		if (job != null) job.cancel();
		Job next = Job.create("Network map of " + file.getName(), (IProgressMonitor monitor) -> {
			MapModel.Snapshot built = MapModel.build(request);
			if (monitor.isCanceled() || revision != requested.get()) return Status.CANCEL_STATUS;
			display.asyncExec(() -> apply(built));
			return Status.OK_STATUS;
		});
		next.setSystem(true);
		job = next;
		next.schedule();
	}

	private void apply(MapModel.Snapshot built) {
		if (status.isDisposed() || built.request().revision() != requested.get()) return;
		if (!built.ok()) {
			// keep the last good picture: a half-typed line must not blank the map
			status.setText(built.error());
			applied = built.request().revision();
			return;
		}
		snapshot = built;
		setItems(networkCombo, built.networks(), built.network());
		List<String> layers = new ArrayList<>();
		layers.add(ALL_LAYERS);
		built.layers().stream().filter(l -> !l.equals("all")).forEach(layers::add);
		setItems(layerCombo, layers, built.graph().layer().equals("all") ? ALL_LAYERS : built.graph().layer());
		List<String> viewLabels = new ArrayList<>(List.of(NO_VIEW));
		built.views().forEach(v -> viewLabels.add(v.label()));
		if (!List.of(viewCombo.getItems()).equals(viewLabels)) viewCombo.setItems(viewLabels.toArray(String[]::new));
		viewCombo.select(built.views().stream().map(DeclaredViews.DeclaredView::name).toList().indexOf(viewName) + 1);
		networkCombo.getParent().layout(true);
		browser.show(built.json(), fitNext);
		fitNext = false;
		groupAction.setChecked(built.graph().summarized());
		if (fitCommunityNext != null) {
			int c = fitCommunityNext;
			fitCommunityNext = null;
			browser.fitTo(built.graph().nodes().stream().filter(n -> n.type() == DiagramNode.Type.ACTOR && n.community() == c)
					.map(DiagramNode::id).toList());
		}
		applied = built.request().revision();
		selectCreated(built);
		status.setText(summary(built));
		ILog.of(NetworkMapView.class).info(String.format(Locale.ROOT,
				"map of %s (%s): %d boxes, %d lines; load %d ms, graph %d ms, layout %d ms, sent after %d ms", built.request().file().getFileName(),
				built.network(), built.graph().nodes().size(), built.graph().edges().size(), built.loadMillis(), built.buildMillis(),
				built.layoutMillis(), (System.nanoTime() - requestStart) / 1_000_000));
	}

	// ---- declared views ----------------------------------------------------------------------------

	/** Sets the map's controls to a declared view (null: drops the view's filter, keeps the rest) and redraws. */
	private void applyView(DeclaredViews.DeclaredView view) {
		viewName = view == null ? null : view.name();
		viewFilter = view == null ? ParticipantFilter.ALL : view.options().filter();
		if (view != null) {
			DiagramOptions o = view.options();
			int layer = o.layer() == null ? 0 : List.of(layerCombo.getItems()).indexOf(o.layer());
			layerCombo.select(Math.max(0, layer));
			hideIntangible.setSelection(o.hideIntangible());
			sizeCombo.select(Math.max(0, List.of(SIZE_BY).indexOf(o.sizeBy())));
			colourCombo.select("community".equals(o.colourBy()) ? 1 : 0);
			focusActor = o.focus();
			focus.setSelection(o.focus() != null);
			hops.setSelection(o.hops());
			expanded.clear();
			if (!view.chart().equals("map")) {
				status.setText(view.label() + " is a " + view.chart() + ": its chart is in the Sankey / Heatmap view; the map shows its layer and filters.");
			}
		}
		fitNext = true;
		rebuild();
	}

	/** Asks for a name, then writes the current settings into the model as a {@code view} statement (one undoable edit). */
	private void saveView() {
		if (snapshot == null || snapshot.network() == null) {
			status.setText("Open a .vnet model first.");
			return;
		}
		java.util.Set<String> taken = new java.util.HashSet<>();
		snapshot.views().forEach(v -> taken.add(v.name()));
		org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(), "Save View",
				"Name of the new view of " + snapshot.network() + " (a 'view' statement is added to the model):", viewName == null ? "myView"
						: viewName + "2",
				text -> !text.strip().matches("[A-Za-z_][A-Za-z0-9_]*") ? "Use letters, digits and _, starting with a letter or _."
						: taken.contains(text.strip()) ? "There is a view of this name already." : null);
		if (dialog.open() != org.eclipse.jface.window.Window.OK) return;
		saveView(dialog.getValue().strip());
	}

	/** Writes the current settings as the view {@code name} (without asking), then shows it as the chosen view. */
	public void saveView(String name) {
		viewName = name;
		editing.saveView(name, options());
	}

	/** After an edit from the map, selects what it created or renamed (a node id, or a flow's name) once the map shows it. */
	void selectAfterRebuild(String element) {
		selectNext = element;
	}

	private void selectCreated(MapModel.Snapshot built) {
		if (selectNext == null) return;
		String id = built.graph().node(selectNext) != null ? selectNext
				: built.graph().edges().stream().filter(e -> selectNext.equals(e.label())).map(e -> e.id()).findFirst().orElse(null);
		if (id == null) return;
		selectNext = null;
		selected.clear();
		selected.add(id);
		browser.select(List.of(id));
		reveal(id);
	}

	private String summary(MapModel.Snapshot s) {
		StringBuilder text = new StringBuilder(s.network()).append(": ").append(s.graph().nodes().size()).append(" boxes, ")
				.append(s.graph().edges().stream().filter(e -> !e.tie()).count()).append(" flow lines, ")
				.append(s.graph().edges().stream().filter(e -> e.tie()).count()).append(" ties");
		s.graph().notes().forEach(n -> text.append("  |  ").append(n));
		if (s.graph().summarized()) text.append("  |  double-click a community to expand it");
		if (whatIfActor != null) text.append("  |  what if ").append(whatIfActor).append(" exits: crossed out, its flows faded, cut-off actors orange,")
				.append(" segments without supply red");
		text.append("  |  Shift+drag: new flow, Del: delete, F2: rename");
		return text.toString();
	}

	private static void setItems(Combo combo, List<String> items, String selected) {
		if (!List.of(combo.getItems()).equals(items)) combo.setItems(items.toArray(String[]::new));
		int index = selected == null ? -1 : items.indexOf(selected);
		if (index >= 0) combo.select(index);
	}

	// ---- what the client reports ------------------------------------------------------------------

	private void clientEvent(String kind, Object[] args) {
		switch (kind) {
			case "select" -> {
				JsonParser.parseString(String.valueOf(args[1])).getAsJsonArray().forEach(e -> selected.remove(e.getAsString()));
				List<String> added = new ArrayList<>();
				JsonParser.parseString(String.valueOf(args[0])).getAsJsonArray().forEach(e -> added.add(e.getAsString()));
				selected.addAll(added);
				if (!added.isEmpty()) reveal(added.get(added.size() - 1));
			}
			case "selectAll" -> {
				selected.clear();
				if (Boolean.parseBoolean(String.valueOf(args[0])) && snapshot != null) selected.addAll(snapshot.sources().keySet());
			}
			case "moved" -> pin(JsonParser.parseString(String.valueOf(args[0])));
			case "createFlow" -> editing.createFlow(String.valueOf(args[0]), String.valueOf(args[1]), String.valueOf(args[2]));
			case "reconnect" -> editing.reconnect(String.valueOf(args[0]), "source".equals(String.valueOf(args[1])), String.valueOf(args[2]));
			case "delete" -> {
				List<String> ids = new ArrayList<>();
				JsonParser.parseString(String.valueOf(args[0])).getAsJsonArray().forEach(e -> ids.add(e.getAsString()));
				editing.delete(ids);
			}
			case "rename" -> editing.rename(String.valueOf(args[0]));
			case "expand" -> {
				DiagramNode node = snapshot == null ? null : snapshot.graph().node(String.valueOf(args[0]));
				if (node != null && node.type() == DiagramNode.Type.COMMUNITY) expand(node.community());
			}
			case "collapse" -> collapse(Integer.parseInt(String.valueOf(args[0])));
			default -> {
				// ready, rendered: MapBrowser keeps what tests and timings need
			}
		}
	}

	/** Selects the declaration of a map element in the editor (opening its file when it is declared elsewhere). */
	private void reveal(String id) {
		if (snapshot == null) return;
		MapModel.Source source = snapshot.sources().get(id);
		if (source == null) return;
		revealing = true;
		try {
			ITextEditor target = tracker.editor();
			if (!source.file().equals(snapshot.request().file())) {
				IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(source.file().toUri());
				if (files.length == 0) return;
				IEditorPart opened = IDE.openEditor(getSite().getPage(), files[0], false);
				target = opened == null ? null : opened.getAdapter(ITextEditor.class);
			}
			if (target != null) target.selectAndReveal(source.offset(), source.length());
		} catch (PartInitException e) {
			status.setText("Cannot open " + source.file() + ": " + e.getMessage());
		} finally {
			revealing = false;
		}
	}

	private void pin(JsonElement moves) {
		IFile file = tracker.file();
		if (file == null) return;
		Path sidecar = LayoutSidecar.of(file.getLocation().toFile().toPath());
		try {
			Map<String, Point> pinned = LayoutSidecar.read(sidecar);
			for (JsonElement m : moves.getAsJsonArray()) {
				var o = m.getAsJsonObject();
				String id = o.get("id").getAsString();
				if (snapshot != null && snapshot.sources().containsKey(id)) {
					pinned.put(id, new Point(o.get("x").getAsDouble(), o.get("y").getAsDouble()));
				}
			}
			LayoutSidecar.write(sidecar, pinned);
			refreshSidecar(file);
			rebuild(true); // the other boxes stay where they are
		} catch (IOException e) {
			status.setText("Positions not saved: " + e.getMessage());
		}
	}

	private void unpin() {
		IFile file = tracker.file();
		if (file == null) return;
		Path sidecar = LayoutSidecar.of(file.getLocation().toFile().toPath());
		try {
			Map<String, Point> pinned = LayoutSidecar.read(sidecar);
			if (selected.isEmpty()) {
				pinned.clear();
			} else {
				pinned.keySet().removeAll(selected);
			}
			LayoutSidecar.write(sidecar, pinned);
			refreshSidecar(file);
			rebuild();
		} catch (IOException e) {
			status.setText("Positions not changed: " + e.getMessage());
		}
	}

	private void refreshSidecar(IFile file) {
		try {
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			// the workspace sees the file at its next refresh
		}
	}

	// ---- communities -------------------------------------------------------------------------------

	/** Shows community {@code c} as its actors, where its box was; the rest of the map stays as it is. */
	public void expand(int c) {
		if (!expanded.add(c)) return;
		selected.clear();
		fitCommunityNext = c;
		rebuild(true);
	}

	/** Shows the actors of community {@code c} as one box again, at their centre; the rest stays. */
	public void collapse(int c) {
		if (!expanded.remove(c)) return;
		selected.clear();
		rebuild(true);
	}

	private void collapseAll() {
		if (expanded.isEmpty()) return;
		expanded.clear();
		selected.clear();
		rebuild(true);
	}

	/** Collapses the map into communities, or shows every actor (asking first when there are thousands). */
	private void group(boolean communities) {
		if (!communities && snapshot != null && snapshot.ok() && snapshot.graph().actors() > ASK_BEFORE_EXPANDING
				&& !org.eclipse.jface.dialogs.MessageDialog.openQuestion(getSite().getShell(), "Show Every Actor",
						snapshot.graph().actors() + " participants: laying out every box can take minutes, and the map is hard to read."
								+ " Expand single communities instead (double-click one). Show every actor anyway?")) {
			groupAction.setChecked(true);
			return;
		}
		collapse = communities ? DiagramOptions.Collapse.ALWAYS : DiagramOptions.Collapse.NEVER;
		expanded.clear();
		fitNext = true;
		rebuild();
	}

	/**
	 * The community of the selection: of a collapsed community's box ({@code box}), or of an actor of
	 * an expanded community; null when the selection has none.
	 */
	private Integer selectedCommunity(boolean box) {
		if (snapshot == null || !snapshot.ok() || !snapshot.graph().summarized()) return null;
		for (String id : selected) {
			DiagramNode node = snapshot.graph().node(id);
			if (node == null) continue;
			if (box && node.type() == DiagramNode.Type.COMMUNITY) return node.community();
			if (!box && node.type() == DiagramNode.Type.ACTOR && expanded.contains(node.community())) return node.community();
		}
		return null;
	}

	/** The communities shown expanded. */
	public Set<Integer> expandedCommunities() {
		return Set.copyOf(expanded);
	}

	public Action groupAction() {
		return groupAction;
	}

	public Combo layoutCombo() {
		return layoutCombo;
	}

	/** The selected actor or segment (the last one selected), or null. */
	String selectedActor() {
		if (snapshot == null) return null;
		String actor = null;
		for (String id : selected) {
			if (snapshot.graph() != null && snapshot.graph().node(id) != null) actor = id;
		}
		return actor;
	}

	// ---- for editing, export, tests and tools -------------------------------------------------------

	public MapBrowser browser() {
		return browser;
	}

	public MapModel.Snapshot snapshot() {
		return snapshot;
	}

	public ITextEditor editor() {
		return tracker.editor();
	}

	public IFile file() {
		return tracker.file();
	}

	public Set<String> selection() {
		return selected;
	}

	public String status() {
		return status.getText();
	}

	void setStatus(String text) {
		status.setText(text);
	}

	/** True when the newest requested map has been built and drawn by the client. */
	public boolean isUpToDate() {
		int wanted = requested.get();
		return wanted > 0 && applied == wanted && (snapshot == null || snapshot.request().revision() != wanted
				|| browser.renderedRevision() == wanted);
	}

	public Combo viewCombo() {
		return viewCombo;
	}

	public Combo layerCombo() {
		return layerCombo;
	}

	public Combo sizeCombo() {
		return sizeCombo;
	}

	public Button whatIfButton() {
		return whatIf;
	}

	public Button focusButton() {
		return focus;
	}

	@Override
	public void setFocus() {
		browser.control().setFocus();
	}

	@Override
	public void dispose() {
		listenToCaret(tracker.editor(), false);
		tracker.dispose();
		if (job != null) job.cancel();
		super.dispose();
	}
}
