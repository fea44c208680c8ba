package dev.valuenet.ui.editor;

import static dev.valuenet.ui.UiTesting.log;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;

/**
 * The 5,000-actor example opens, gets its semantic colours and stays responsive: the server works off
 * the UI thread, so the event loop never stalls for long while it does.
 */
@Order(Integer.MAX_VALUE)
@Tag("slow")
public class LargeModelTest {
	@Test
	public void largeExampleOpensWithoutFreezingTheUi() throws Exception {
		IFile file = UiTesting.examples().getFile("large/large-network.vnet");
		Assertions.assertNotNull(VnetLanguageServer.get(90_000));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		long t0 = System.nanoTime();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		long openMs = log("open large-network.vnet (" + file.getLocation().toFile().length() / 1024 + " KB)", t0);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String text = doc.get();
		int lastActor = text.indexOf(' ', text.lastIndexOf("\n  actor ") + 9) - 1; // inside the last actor's name
		// watch the event loop while the server parses, links, validates and colours the model
		Display display = Display.getCurrent();
		long maxStallMs = 0, end = System.currentTimeMillis() + 120_000;
		while (!SemanticHighlighter.PARTICIPANT.equals(VnetEditorTest.colourAt(viewer, lastActor))) {
			Assertions.assertTrue(System.currentTimeMillis() < end, "no semantic colours on the large model after 120 s");
			long s = System.nanoTime();
			boolean busy = display.readAndDispatch();
			maxStallMs = Math.max(maxStallMs, (System.nanoTime() - s) / 1_000_000);
			if (!busy) Thread.sleep(5);
		}
		long colourMs = log("large model coloured (longest UI-thread event " + maxStallMs + " ms)", t0);
		System.out.println("[valuenet-ui] TIMING large-network.vnet: open " + openMs + " ms, semantic colours " + colourMs + " ms, max UI event "
				+ maxStallMs + " ms");
		Assertions.assertTrue(openMs < 15_000, "open took " + openMs + " ms");
		Assertions.assertTrue(maxStallMs < 5_000, "UI thread blocked for " + maxStallMs + " ms");
		page.closeEditor(editor, false);
	}
}
