package dev.valuenet.ui.canvas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.valuenet.dsl.canvas.CanvasEdits;
import dev.valuenet.dsl.canvas.PartnerCanvases.Candidate;
import dev.valuenet.dsl.canvas.PartnerCanvases.Entry;
import dev.valuenet.dsl.canvas.PartnerCanvases.FlowEntry;
import dev.valuenet.dsl.canvas.PartnerCanvases.HypothesisEntry;
import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.model.HypothesisStatus;
import dev.valuenet.model.ValuenetPackage.Literals;
import dev.valuenet.ui.editor.VnetEditorTracker;
import dev.valuenet.ui.refactoring.WorkspaceEditApplier;

/**
 * The Partnership Canvas of a partner of the active .vnet editor: value offered, value desired, joint
 * value and hypotheses with their status, next to the flows the partner gives and receives in the
 * model. Every form action is one precise text change of the editor's document ({@link CanvasEdits}),
 * one undo step; edits in the text refresh the form {@value #DEBOUNCE_MS} ms after the last keystroke
 * (read in a job). While the view is hidden nothing is read; it catches up when shown again.
 */
public class CanvasView extends ViewPart {
	public static final String ID = "dev.valuenet.ui.canvasView";
	static final int DEBOUNCE_MS = 300;
	/** Beyond this many actors without canvas the picker lists only the first ones (a combo of 5,000 is no use). */
	static final int MAX_CANDIDATES = 300;

	private Display display;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private Combo partners;
	private Text offers;
	private Text desires;
	private Text joint;
	private Section givesSection;
	private Section receivesSection;
	private org.eclipse.swt.widgets.List gives;
	private org.eclipse.swt.widgets.List receives;
	private HypothesesTable hypotheses;
	private Button addHypothesis;
	private Button removeHypothesis;
	private final Set<Text> edited = new HashSet<>();
	private boolean updating;

	private VnetEditorTracker tracker;
	private IDocument document; // the followed editor's, or null
	private Path path; // its file
	private CanvasSnapshot snapshot;
	private String selected; // label of the canvas shown; kept across refreshes
	private boolean visible = true;
	private boolean stale;
	private Job job;
	private final AtomicInteger requested = new AtomicInteger();
	private final AtomicInteger applied = new AtomicInteger();

	/** Keeps track of whether the view shows, so that it reads nothing while hidden. */
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == CanvasView.this) {
				visible = true;
				if (stale) refresh();
			}
		}

		@Override
		public void partHidden(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == CanvasView.this) visible = false;
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		toolkit = new FormToolkit(display);
		form = toolkit.createScrolledForm(parent);
		form.setText("Partnership Canvas");
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(8, 6).spacing(12, 8).applyTo(body);

		Composite pick = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pick);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(pick);
		toolkit.createLabel(pick, "Partner:");
		partners = new Combo(pick, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(partners);
		GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(partners);
		partners.setVisibleItemCount(20);
		partners.addListener(SWT.Selection, e -> partnerChosen());

		offers = valueSection(body, "Value offered", "What the partner brings to the table, one per line");
		givesSection = section(body, "Gives in the model", "The flows from the partner in every file of the network");
		gives = list(givesSection);
		desires = valueSection(body, "Value desired", "What the partner wants in return, one per line");
		receivesSection = section(body, "Receives in the model", "The flows to the partner in every file of the network");
		receives = list(receivesSection);
		joint = valueSection(body, "Joint value", "What the partners create together for the customer segment, one per line");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(joint.getParent().getParent());

		Section hypothesesSection = section(body, "Hypotheses", "To test whether the partnership adds value to both business models");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(hypothesesSection);
		Composite table = toolkit.createComposite(hypothesesSection);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(table);
		hypothesesSection.setClient(table);
		hypotheses = new HypothesesTable(table, (h, name) -> onHypothesis(h, x -> CanvasEdits.setName(x.hypothesis(), name)),
				(h, text) -> onHypothesis(h, x -> CanvasEdits.setText(x.hypothesis(), text)),
				(h, status) -> onHypothesis(h, x -> CanvasEdits.setStatus(x.hypothesis(), status)));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(hypotheses.viewer().getTable());
		Composite buttons = toolkit.createComposite(table);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		addHypothesis = toolkit.createButton(buttons, "Add", SWT.PUSH);
		removeHypothesis = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(addHypothesis);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(removeHypothesis);
		addHypothesis.addListener(SWT.Selection, e -> addHypothesis());
		removeHypothesis.addListener(SWT.Selection, e -> removeSelectedHypothesis());

		getSite().getPage().addPartListener(partListener);
		tracker = new VnetEditorTracker(getSite().getPage(), DEBOUNCE_MS, new VnetEditorTracker.Listener() {
			@Override
			public void editorChanged(ITextEditor previous) {
				follow();
			}

			@Override
			public void textChanged() {
				refresh();
			}
		});
		tracker.start();
	}

	private Section section(Composite body, String title, String description) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		return section;
	}

	private Text valueSection(Composite body, String title, String description) {
		Section section = section(body, title, description);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().margins(1, 1).applyTo(client);
		section.setClient(client);
		Text text = toolkit.createText(client, "", SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 70).applyTo(text);
		toolkit.paintBordersFor(client);
		EAttribute line = switch (title) {
			case "Value offered" -> Literals.CANVAS__OFFERS;
			case "Value desired" -> Literals.CANVAS__DESIRES;
			default -> Literals.CANVAS__JOINT;
		};
		text.addListener(SWT.Modify, e -> {
			if (!updating) edited.add(text);
		});
		// one form action per field: the values are written when the field loses the focus
		text.addListener(SWT.FocusOut, e -> commitValues(text, line));
		return text;
	}

	private org.eclipse.swt.widgets.List list(Section section) {
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().margins(1, 1).applyTo(client);
		section.setClient(client);
		org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(client, SWT.V_SCROLL | SWT.H_SCROLL);
		toolkit.adapt(list, false, false);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 70).applyTo(list);
		toolkit.paintBordersFor(client);
		return list;
	}

	// ---- following the active editor ----

	/** Shows the followed editor's canvases; none (the editor closed) clears the form. */
	private void follow() {
		document = tracker.document();
		path = tracker.file() == null ? null : tracker.file().getLocation().toFile().toPath();
		snapshot = null;
		selected = null;
		refresh();
	}

	/** Reads the document in a job (if the view is visible) and shows the result. */
	private void refresh() {
		if (form.isDisposed()) return;
		if (!visible) {
			stale = true;
			return;
		}
		stale = false;
		if (document == null) {
			show(null);
			return;
		}
		String text = document.get();
		long stamp = stamp(document);
		Path file = path;
		int generation = requested.incrementAndGet();
		if (job != null) job.cancel();
		job = Job.create("Reading the partner canvases of " + file.getFileName(), (IProgressMonitor monitor) -> {
			CanvasSnapshot read = CanvasSnapshot.read(file, text, stamp);
			if (monitor.isCanceled()) return Status.CANCEL_STATUS;
			display.asyncExec(() -> {
				if (!form.isDisposed() && generation == requested.get()) {
					show(read);
					applied.set(generation);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static long stamp(IDocument document) {
		return ((IDocumentExtension4) document).getModificationStamp();
	}

	/** The snapshot of the document as it is now: the last one read, or read again here when the text moved on. */
	private CanvasSnapshot current() {
		if (snapshot == null || snapshot.stamp() != stamp(document)) {
			show(CanvasSnapshot.read(path, document.get(), stamp(document)));
		}
		return snapshot;
	}

	// ---- showing a snapshot ----

	private void show(CanvasSnapshot read) {
		snapshot = read;
		updating = true;
		try {
			List<String> labels = new ArrayList<>();
			boolean withNetwork = read != null && read.canvases().severalNetworks();
			if (read != null) {
				read.entries().forEach(e -> labels.add(e.label(withNetwork)));
				read.canvases().candidates().stream().limit(MAX_CANDIDATES).forEach(c -> labels.add(newCanvasLabel(c, withNetwork)));
			}
			if (!List.of(partners.getItems()).equals(labels)) partners.setItems(labels.toArray(String[]::new));
			int index = selected == null ? -1 : labels.indexOf(selected);
			if (index < 0 && read != null && !read.entries().isEmpty()) index = 0;
			if (index >= 0 && index < (read == null ? 0 : read.entries().size())) {
				partners.select(index);
				selected = labels.get(index);
				showEntry(read.entries().get(index));
			} else {
				partners.deselectAll();
				showEntry(null);
			}
			String error = read == null ? null : read.error();
			if (error != null) {
				form.setMessage(error, IMessageProvider.WARNING);
			} else if (read == null) {
				form.setMessage("Open a .vnet model to see its partner canvases.", IMessageProvider.INFORMATION);
			} else if (read.entries().isEmpty()) {
				form.setMessage("No partner canvas yet: pick \"New canvas for ...\" above.", IMessageProvider.INFORMATION);
			} else {
				form.setMessage(null, IMessageProvider.NONE);
			}
			setEditable(read != null && error == null);
			form.reflow(true);
		} finally {
			updating = false;
		}
	}

	private static String newCanvasLabel(Candidate candidate, boolean withNetwork) {
		return "New canvas for " + candidate.label(withNetwork);
	}

	private void showEntry(Entry entry) {
		setValues(offers, entry == null ? List.of() : entry.offers());
		setValues(desires, entry == null ? List.of() : entry.desires());
		setValues(joint, entry == null ? List.of() : entry.joint());
		hypotheses.viewer().setInput(entry == null ? new Object[0] : entry.hypotheses().toArray());
		String partner = entry == null ? "the partner" : entry.partner();
		gives.setItems(entry == null ? new String[0] : entry.gives().stream().map(FlowEntry::toString).toArray(String[]::new));
		receives.setItems(entry == null ? new String[0] : entry.receives().stream().map(FlowEntry::toString).toArray(String[]::new));
		givesSection.setDescription(entry == null ? "The flows from the partner in the model" : consistency(partner, "gives", entry.offers().size(), "offers", entry.gives()));
		receivesSection.setDescription(entry == null ? "The flows to the partner in the model" : consistency(partner, "receives", entry.desires().size(), "desires", entry.receives()));
		form.setText(entry == null ? "Partnership Canvas" : "Partnership Canvas: " + entry.partner());
	}

	/** The one-line comparison of what the canvas says with what the model has. */
	static String consistency(String partner, String verb, int said, String saying, List<FlowEntry> flows) {
		Set<String> values = new LinkedHashSet<>();
		flows.forEach(f -> values.add(f.value()));
		String model = flows.isEmpty() ? "no flow in the model yet" : flows.size() + (flows.size() == 1 ? " flow" : " flows") + " (" + String.join(", ", values) + ")";
		String canvas = said == 0 ? "the canvas " + saying + " nothing" : "the canvas " + saying + " " + said + (said == 1 ? " value" : " values");
		return partner + " " + verb + " " + model + "; " + canvas;
	}

	private void setValues(Text text, List<String> values) {
		if (text.isFocusControl() && edited.contains(text)) return; // the user is typing here: never overwrite
		String joined = String.join("\n", values);
		if (!text.getText().equals(joined)) text.setText(joined);
		edited.remove(text);
	}

	private void setEditable(boolean editable) {
		for (Text t : List.of(offers, desires, joint)) t.setEditable(editable && partners.getSelectionIndex() >= 0);
		hypotheses.viewer().getTable().setEnabled(editable);
		addHypothesis.setEnabled(editable && partners.getSelectionIndex() >= 0);
		removeHypothesis.setEnabled(editable && partners.getSelectionIndex() >= 0);
	}

	// ---- form actions: each one text change, one undo step ----

	private void partnerChosen() {
		if (updating || snapshot == null) return;
		int index = partners.getSelectionIndex();
		String label = partners.getText();
		int canvases = snapshot.entries().size();
		if (index < canvases) {
			selected = label;
			showEntry(snapshot.entries().get(index));
			setEditable(snapshot.error() == null);
			form.reflow(true);
			return;
		}
		Candidate candidate = snapshot.canvases().candidates().get(index - canvases);
		String actor = candidate.actor();
		boolean withNetwork = snapshot.canvases().severalNetworks();
		boolean done = perform(s -> {
			Candidate fresh = s.canvases().candidates().stream().filter(c -> newCanvasLabel(c, withNetwork).equals(label)).findFirst().orElse(null);
			return fresh == null ? null : CanvasEdits.newCanvas(fresh.network(), actor);
		});
		// the new canvas is shown once the form has read the text with it
		if (done) selected = candidate.label(withNetwork);
	}

	private void commitValues(Text text, EAttribute line) {
		if (!edited.remove(text)) return;
		List<String> values = List.of(text.getText().split("\\R"));
		onCanvas(entry -> CanvasEdits.setValues(entry.canvas(), line, values));
	}

	private void addHypothesis() {
		onCanvas(entry -> CanvasEdits.addHypothesis(entry.canvas(), CanvasEdits.freshName(entry.canvas()), "New hypothesis",
				HypothesisStatus.UNTESTED));
	}

	private void removeSelectedHypothesis() {
		if (((IStructuredSelection) hypotheses.viewer().getSelection()).getFirstElement() instanceof HypothesisEntry h) {
			onHypothesis(h, fresh -> CanvasEdits.removeHypothesis(fresh.hypothesis()));
		}
	}

	/** An action on the selected canvas, found again in the current snapshot by its label. */
	private boolean onCanvas(Function<Entry, TextChange> action) {
		String label = selected;
		return perform(s -> {
			Entry entry = entry(s, label);
			return entry == null ? null : action.apply(entry);
		});
	}

	/** An action on a hypothesis of the selected canvas, found again in the current snapshot by its name. */
	private boolean onHypothesis(HypothesisEntry hypothesis, Function<HypothesisEntry, TextChange> action) {
		return onCanvas(entry -> entry.hypotheses().stream().filter(h -> h.name().equals(hypothesis.name())).findFirst()
				.map(action).orElse(null));
	}

	private static Entry entry(CanvasSnapshot s, String label) {
		boolean withNetwork = s.canvases().severalNetworks();
		return s.entries().stream().filter(e -> e.label(withNetwork).equals(label)).findFirst().orElse(null);
	}

	/** Computes the change on the current text and applies it to the document as one undoable change. */
	private boolean perform(Function<CanvasSnapshot, TextChange> action) {
		if (document == null) return false;
		CanvasSnapshot s = current();
		if (s.error() != null) {
			form.setMessage(s.error(), IMessageProvider.WARNING);
			return false;
		}
		try {
			TextChange change = action.apply(s);
			if (change == null) return false;
			WorkspaceEditApplier.applyChanges(document, List.of(change));
			form.setMessage(null, IMessageProvider.NONE);
			return true;
		} catch (IllegalArgumentException e) {
			form.setMessage(e.getMessage(), IMessageProvider.ERROR);
		} catch (BadLocationException e) {
			form.setMessage("The text changed under the form; nothing was written. Try again.", IMessageProvider.ERROR);
		}
		return false;
	}

	// ---- for tests and tools ----

	/** True when the last requested reading is shown. */
	public boolean isUpToDate() {
		return applied.get() == requested.get() && applied.get() > 0 && snapshot != null && document != null && snapshot.stamp() == stamp(document);
	}

	/** How many readings have been shown since the view opened. */
	public int shownCount() {
		return applied.get();
	}

	public Combo partners() {
		return partners;
	}

	/** Chooses a combo entry by its label as a user does. */
	public void choose(String label) {
		int index = List.of(partners.getItems()).indexOf(label);
		if (index < 0) throw new IllegalArgumentException("no entry " + label + " in " + List.of(partners.getItems()));
		partners.select(index);
		partners.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** The value lines shown: offered, desired, joint (one value per line). */
	public List<String> values() {
		return List.of(offers.getText(), desires.getText(), joint.getText());
	}

	/** Rows of the hypotheses table: "name | text | status". */
	public List<String> hypothesisRows() {
		var table = hypotheses.viewer().getTable();
		List<String> rows = new ArrayList<>();
		for (var item : table.getItems()) rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
		return rows;
	}

	/** Items of the "Gives in the model" and "Receives in the model" lists. */
	public List<List<String>> modelFlows() {
		return List.of(List.of(gives.getItems()), List.of(receives.getItems()));
	}

	/** The comparison lines above the model's flows: gives, receives. */
	public List<String> consistencyLines() {
		return List.of(givesSection.getDescription(), receivesSection.getDescription());
	}

	/** Sets a hypothesis' status as the status cell editor does. */
	public boolean setStatus(String hypothesis, HypothesisStatus status) {
		HypothesisEntry h = snapshotHypothesis(hypothesis);
		return h != null && onHypothesis(h, fresh -> CanvasEdits.setStatus(fresh.hypothesis(), status));
	}

	private HypothesisEntry snapshotHypothesis(String name) {
		for (Object o : (Object[]) hypotheses.viewer().getInput()) {
			if (o instanceof HypothesisEntry h && h.name().equals(name)) return h;
		}
		return null;
	}

	/** The form's message (errors and hints), or null. */
	public String message() {
		return form.getMessage();
	}

	@Override
	public void setFocus() {
		partners.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		tracker.dispose();
		if (job != null) job.cancel();
		toolkit.dispose();
		super.dispose();
	}
}
