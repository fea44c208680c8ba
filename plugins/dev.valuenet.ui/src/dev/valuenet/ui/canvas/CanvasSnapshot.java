package dev.valuenet.ui.canvas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.dsl.canvas.PartnerCanvases;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.Document;
import dev.valuenet.ui.editor.VnetLanguage;

/**
 * The canvases of one editor text at one modification stamp: the text parsed with the saved other
 * .vnet files of its folder (a network may span files, so the model's flows come from all of them).
 * Form actions compute their text changes from exactly this text; a snapshot is immutable once read.
 *
 * @param error a message when the canvases cannot be edited safely (syntax errors), else null
 */
record CanvasSnapshot(String text, long stamp, PartnerCanvases canvases, String error, long millis) {

	/** Reads {@code text} as the content of {@code file}; {@code withFolder} also loads the folder's other files. */
	static CanvasSnapshot read(Path path, String text, long stamp, boolean withFolder) {
		long start = System.nanoTime();
		Path file = path.toAbsolutePath().normalize(); // the folder listing below gives the same path
		ValuenetWorkspace workspace = VnetLanguage.injector().getInstance(ValuenetWorkspace.class);
		try {
			List<Path> files = List.of(file);
			if (withFolder && file.getParent() != null) {
				try (var list = Files.list(file.getParent())) {
					files = list.filter(p -> p.toString().endsWith(".vnet") && Files.isRegularFile(p)).sorted().toList();
				} catch (IOException e) {
					// the other files only add flows; the canvases of this text still show
				}
			}
			// the editor's text, not the file on disk; the folder's other files as saved
			workspace.load(files, Map.of(file, text));
			XtextResource resource = workspace.resources().get(file);
			Document document = resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
			String error = null;
			if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
				int line = resource.getParseResult().getSyntaxErrors().iterator().next().getStartLine();
				error = file.getFileName() + ":" + line + " has a syntax error: fix it in the editor, then the canvas can be edited here.";
			}
			PartnerCanvases canvases = document == null ? PartnerCanvases.empty() : PartnerCanvases.of(document);
			return new CanvasSnapshot(text, stamp, canvases, error, (System.nanoTime() - start) / 1_000_000);
		} catch (RuntimeException e) {
			return new CanvasSnapshot(text, stamp, PartnerCanvases.empty(), "The canvases could not be read (" + e
					+ "); the editor's text is untouched.", (System.nanoTime() - start) / 1_000_000);
		}
	}

	/** The canvases to show; none when the file declares none. */
	List<PartnerCanvases.Entry> entries() {
		return canvases.entries();
	}
}
