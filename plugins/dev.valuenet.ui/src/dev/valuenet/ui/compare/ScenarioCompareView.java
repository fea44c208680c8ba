package dev.valuenet.ui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;
import dev.valuenet.model.Scenario;
import dev.valuenet.ui.editor.VnetEditorTracker;
import dev.valuenet.ui.editor.VnetLanguage;
import dev.valuenet.validation.ScenarioReport;

/**
 * Scenario Comparison: for a scenario declared in the active .vnet editor, what it changes in its base
 * network, the same report as {@code valuenet compare} ({@link ScenarioReport}): participants, flows,
 * per-actor figures, segments gained or cut off, rules that now fail or pass, findings new or gone. The
 * editor's text (saved or not) is read with the folder's other files, in a background job, again after
 * typing pauses.
 */
public class ScenarioCompareView extends ViewPart {
	public static final String ID = "dev.valuenet.ui.compareView";
	private static final int DEBOUNCE_MS = 800;

	/** What one computation found: the scenarios of the file, the one compared, and its report (or why not). */
	public record Result(List<String> scenarios, String scenario, String base, List<ScenarioReport.Section> sections, String message) {
	}

	private Display display;
	private Combo scenarioCombo;
	private Label status;
	private Tree tree;
	private VnetEditorTracker tracker;
	private Job job;
	private final AtomicInteger requested = new AtomicInteger();
	private final AtomicInteger applied = new AtomicInteger();
	private Result result;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
		new Label(parent, SWT.NONE).setText("Scenario:");
		scenarioCombo = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scenarioCombo);
		scenarioCombo.addListener(SWT.Selection, e -> refresh());
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
		tree = new Tree(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tree);
		status.setText("Open a .vnet file that declares a scenario.");
		tracker = new VnetEditorTracker(getSite().getPage(), DEBOUNCE_MS, new VnetEditorTracker.Listener() {
			@Override
			public void editorChanged(ITextEditor previous) {
				scenarioCombo.removeAll();
				refresh();
			}

			@Override
			public void textChanged() {
				refresh();
			}
		});
		tracker.start();
	}

	/** Computes the report of the chosen scenario (the file's first when none is chosen) in a job. */
	private void refresh() {
		if (tree.isDisposed()) {
			return;
		}
		IDocument document = tracker.document();
		if (document == null || tracker.file() == null) {
			show(new Result(List.of(), null, null, List.of(), "Open a .vnet file that declares a scenario."));
			return;
		}
		String text = document.get();
		Path file = tracker.file().getLocation().toFile().toPath();
		String chosen = scenarioCombo.getSelectionIndex() >= 0 ? scenarioCombo.getItem(scenarioCombo.getSelectionIndex()) : null;
		int generation = requested.incrementAndGet();
		if (job != null) {
			job.cancel();
		}
		job = Job.create("Comparing the scenario of " + file.getFileName() + " with its base", (IProgressMonitor monitor) -> {
			Result computed = compute(file, text, chosen);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> {
				if (!tree.isDisposed() && generation == requested.get()) {
					show(computed);
					applied.set(generation);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Reads {@code text} as {@code file} with the folder's other (saved) files and compares a scenario of it. */
	static Result compute(Path path, String text, String chosen) {
		Path file = path.toAbsolutePath().normalize();
		ValuenetWorkspace workspace = VnetLanguage.injector().getInstance(ValuenetWorkspace.class);
		try {
			List<Path> files = List.of(file);
			if (file.getParent() != null) {
				try (var list = Files.list(file.getParent())) {
					files = list.filter(p -> p.toString().endsWith(".vnet") && Files.isRegularFile(p)).sorted().toList();
				} catch (IOException e) {
					// the base may be in this file; the comparison says so when it is not
				}
			}
			workspace.load(files, Map.of(file, text));
			Document document = workspace.document(file);
			List<Scenario> scenarios = new ArrayList<>();
			if (document != null) {
				document.getNetworks().stream().filter(Scenario.class::isInstance).map(Scenario.class::cast)
						.filter(s -> s.getName() != null).forEach(scenarios::add);
			}
			List<String> names = scenarios.stream().map(AbstractNetwork::getName).toList();
			if (scenarios.isEmpty()) {
				return new Result(names, null, null, List.of(), file.getFileName() + " declares no scenario.");
			}
			Scenario scenario = scenarios.stream().filter(s -> s.getName().equals(chosen)).findFirst().orElse(scenarios.get(0));
			AbstractNetwork base = scenario.getBase();
			if (base == null || base.eIsProxy()) {
				return new Result(names, scenario.getName(), null, List.of(), "The base of " + scenario.getName()
						+ " is not found in this folder.");
			}
			ScenarioReport report = ScenarioReport.of(base, scenario);
			return new Result(names, scenario.getName(), base.getName(), report.sections(), null);
		} catch (RuntimeException e) {
			return new Result(List.of(), null, null, List.of(), "The scenario could not be compared (" + e + ").");
		} finally {
			workspace.unload();
		}
	}

	private void show(Result shown) {
		result = shown;
		if (!List.of(scenarioCombo.getItems()).equals(shown.scenarios())) {
			scenarioCombo.setItems(shown.scenarios().toArray(String[]::new));
		}
		if (shown.scenario() != null) {
			scenarioCombo.select(shown.scenarios().indexOf(shown.scenario()));
		}
		status.setText(shown.message() != null ? shown.message() : shown.scenario() + " compared with " + shown.base());
		status.getParent().layout();
		tree.setRedraw(false);
		try {
			tree.removeAll();
			for (ScenarioReport.Section section : shown.sections()) {
				TreeItem item = new TreeItem(tree, SWT.NONE);
				item.setText(section.title() + " (" + section.lines().size() + ")");
				for (String line : section.lines()) {
					new TreeItem(item, SWT.NONE).setText(line);
				}
				item.setExpanded(!section.lines().isEmpty() && section.lines().size() <= 20);
			}
		} finally {
			tree.setRedraw(true);
		}
	}

	// ---- for tests ----

	/** The last result shown, or null before the first. */
	public Result result() {
		return result;
	}

	/** True when the last requested computation is shown. */
	public boolean isUpToDate() {
		return applied.get() == requested.get() && result != null;
	}

	public Tree tree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
