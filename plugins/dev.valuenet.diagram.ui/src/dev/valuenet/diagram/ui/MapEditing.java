package dev.valuenet.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.valuenet.diagram.DiagramEdge;
import dev.valuenet.diagram.DiagramNode;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.diagram.edit.DiagramCommands;
import dev.valuenet.diagram.edit.EditResult;
import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.ui.editor.VnetLanguage;
import dev.valuenet.ui.refactoring.WorkspaceEditApplier;

/**
 * The map's editing gestures (new actor, new flow by Shift+drag, delete, rename, reconnect) as text
 * edits: {@link DiagramCommands} computes them on the map's model ({@link ModelSession}) as the
 * editors hold it (unsaved text included), off the UI thread, and {@link WorkspaceEditApplier} applies each file's changes as
 * one undoable change of its document. The map then follows the text like after any edit.
 */
final class MapEditing {
	private final NetworkMapView view;

	MapEditing(NetworkMapView view) {
		this.view = view;
	}

	/** A new actor (or segment) of this kind, named NewActor, NewActor2, ... (F2 renames it). */
	void createActor(String kind) {
		run("New actor", c -> "segment".equals(kind) ? c.createSegment(null) : c.createActor(null, kind));
	}

	void createFlow(String source, String target, String kind) {
		run("New flow", c -> c.createFlow(source, target, kind));
	}

	void reconnect(String edge, boolean sourceEnd, String node) {
		run("Reconnect", c -> c.reconnect(edge, sourceEnd ? node : null, sourceEnd ? null : node));
	}

	void delete(List<String> ids) {
		run("Delete", c -> merged(ids.stream().map(c::delete).toList()));
	}

	/** Asks for the new name of a box or a named line, then renames it with every reference. */
	void rename(String id) {
		MapModel.Snapshot snapshot = view.snapshot();
		if (snapshot == null || snapshot.graph() == null) return;
		DiagramNode node = snapshot.graph().node(id);
		String current = node != null ? node.label()
				: snapshot.graph().edges().stream().filter(e -> e.id().equals(id)).map(DiagramEdge::label).findFirst().orElse("");
		if (node == null && current.isEmpty()) {
			view.setStatus("This line has no name to rename; give it one in the text.");
			return;
		}
		InputDialog dialog = new InputDialog(view.getSite().getShell(), "Rename", "New name of '" + current + "' (every reference follows):",
				current, text -> text.isBlank() ? "Enter a name." : null);
		if (dialog.open() != Window.OK || dialog.getValue().strip().equals(current)) return;
		rename(id, dialog.getValue().strip());
	}

	/** The map's settings as a new {@code view} statement of the model (docs/language.md, Views). */
	void saveView(String name, DiagramOptions options) {
		run("Save view", c -> c.saveView(name, null, "map", options));
	}

	void rename(String id, String newName) {
		run("Rename", c -> c.rename(id, newName));
	}

	/** Runs a command on the current texts in a job; its changes (or its refusal) come back on the UI thread. */
	private void run(String what, Function<DiagramCommands, EditResult> command) {
		MapModel.Snapshot snapshot = view.snapshot();
		if (snapshot == null || snapshot.network() == null || view.file() == null) {
			view.setStatus("Open a .vnet model first.");
			return;
		}
		Path file = snapshot.request().file();
		Map<Path, String> texts = editorTexts();
		String network = snapshot.network();
		Display display = Display.getCurrent();
		Job job = Job.create(what + " in " + file.getFileName(), (IProgressMonitor monitor) -> {
			EditResult result;
			// the same model the map draws (ModelSession's rule), with the editors' unsaved texts
			try (ModelSession session = ModelSession.of(VnetLanguage.injector()).open(file, List.of(), texts)) {
				result = command.apply(DiagramCommands.of(session, network));
			} catch (IOException | RuntimeException e) {
				result = new EditResult(List.of(), null, what + " failed: " + (e.getMessage() == null ? e : e.getMessage()));
			}
			EditResult done = result;
			display.asyncExec(() -> apply(what, done));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void apply(String what, EditResult result) {
		if (view.browser().control().isDisposed()) return;
		if (!result.ok()) {
			view.setStatus(what + ": " + result.refusal());
			MessageDialog.openInformation(view.getSite().getShell(), what, result.refusal());
			return;
		}
		WorkspaceEditApplier.Result applied = WorkspaceEditApplier.applyChanges(result.byFile());
		if (!applied.ok()) {
			view.setStatus(what + ": could not change " + applied.failed());
			return;
		}
		view.selectAfterRebuild(result.element());
		view.setStatus(what + (result.element() == null ? "" : " " + result.element()) + ": done (Ctrl+Z in the editor undoes it)");
	}

	/** The texts of the open .vnet editors (unsaved changes included), by absolute file. */
	private Map<Path, String> editorTexts() {
		Map<Path, String> texts = new LinkedHashMap<>();
		for (IEditorReference ref : view.getSite().getPage().getEditorReferences()) {
			if (!(ref.getEditor(false) instanceof org.eclipse.ui.IEditorPart part)) continue;
			ITextEditor editor = part.getAdapter(ITextEditor.class);
			var input = part.getEditorInput().getAdapter(org.eclipse.core.resources.IFile.class);
			if (editor == null || input == null || input.getLocation() == null || !"vnet".equals(input.getFileExtension())) continue;
			texts.put(input.getLocation().toFile().toPath().toAbsolutePath().normalize(),
					editor.getDocumentProvider().getDocument(editor.getEditorInput()).get());
		}
		return texts;
	}

	/**
	 * Several deletions as one edit: their changes per file, duplicates (two cascades removing the same
	 * line) once; overlapping changes are refused rather than guessed.
	 */
	static EditResult merged(List<EditResult> results) {
		Map<URI, LinkedHashSet<TextChange>> byFile = new LinkedHashMap<>();
		for (EditResult r : results) {
			if (!r.ok()) return r;
			r.byFile().forEach((uri, changes) -> byFile.computeIfAbsent(uri, u -> new LinkedHashSet<>()).addAll(changes));
		}
		List<TextChange> all = new ArrayList<>();
		for (LinkedHashSet<TextChange> changes : byFile.values()) {
			List<TextChange> sorted = changes.stream().sorted(Comparator.comparingInt(TextChange::offset)).toList();
			for (int i = 1; i < sorted.size(); i++) {
				if (sorted.get(i).offset() < sorted.get(i - 1).end()) {
					return new EditResult(List.of(), null, "These elements overlap in the text; delete them one at a time.");
				}
			}
			all.addAll(sorted);
		}
		return new EditResult(all, null, null);
	}
}
