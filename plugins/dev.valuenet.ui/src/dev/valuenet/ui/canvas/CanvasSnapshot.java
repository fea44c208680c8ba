package dev.valuenet.ui.canvas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.dsl.canvas.PartnerCanvases;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.model.Document;
import dev.valuenet.ui.editor.VnetLanguage;

/**
 * The canvases of one editor text at one modification stamp: the text parsed in its {@link ModelSession}
 * model (a network may span files, so the model's flows come from all of them).
 * Form actions compute their text changes from exactly this text; a snapshot is immutable once read.
 *
 * @param error a message when the canvases cannot be edited safely (syntax errors), else null
 */
record CanvasSnapshot(String text, long stamp, PartnerCanvases canvases, String error, long millis) {

	/** Reads {@code text} as the content of {@code file}, in its model (the saved other files of its folder). */
	static CanvasSnapshot read(Path path, String text, long stamp) {
		long start = System.nanoTime();
		Path file = path.toAbsolutePath().normalize();
		// not closed: the canvases keep pointing into the model, which form actions edit through the text
		ModelSession session = ModelSession.of(VnetLanguage.injector());
		try {
			// the editor's text, not the file on disk; the folder's other files as saved
			session.open(file, List.of(), Map.of(file, text));
			XtextResource resource = session.resource(file);
			Document document = session.document(file);
			String error = null;
			if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
				int line = resource.getParseResult().getSyntaxErrors().iterator().next().getStartLine();
				error = file.getFileName() + ":" + line + " has a syntax error: fix it in the editor, then the canvas can be edited here.";
			}
			PartnerCanvases canvases = document == null ? PartnerCanvases.empty() : PartnerCanvases.of(document);
			return new CanvasSnapshot(text, stamp, canvases, error, (System.nanoTime() - start) / 1_000_000);
		} catch (IOException | RuntimeException e) {
			return new CanvasSnapshot(text, stamp, PartnerCanvases.empty(), "The canvases could not be read (" + e
					+ "); the editor's text is untouched.", (System.nanoTime() - start) / 1_000_000);
		}
	}

	/** The canvases to show; none when the file declares none. */
	List<PartnerCanvases.Entry> entries() {
		return canvases.entries();
	}
}
