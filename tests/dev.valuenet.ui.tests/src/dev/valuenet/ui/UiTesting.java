package dev.valuenet.ui;

import java.io.File;
import java.lang.reflect.Method;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;

import dev.valuenet.rcp.Studio;

/**
 * Helpers for tests that run in the real workbench (UI harness, on the UI thread): every wait spins the
 * SWT event loop, otherwise asyncExecs and jobs that need the UI thread would never run.
 */
public final class UiTesting {
	private UiTesting() {
	}

	public static void waitFor(String what, long timeoutMs, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) Assertions.fail("timeout (" + timeoutMs + " ms) waiting for " + what);
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** {@link #waitFor(String, long, BooleanSupplier)} whose failure message also says what was {@code seen} at the end. */
	public static void waitFor(String what, long timeoutMs, BooleanSupplier condition, java.util.function.Supplier<String> seen) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) Assertions.fail("timeout (" + timeoutMs + " ms) waiting for " + what + "; seen: " + seen.get());
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	public static void spin(long ms) {
		long end = System.currentTimeMillis() + ms;
		waitFor("spin", ms + 1000, () -> System.currentTimeMillis() > end);
	}

	public static long log(String what, long startNanos) {
		long ms = (System.nanoTime() - startNanos) / 1_000_000;
		System.out.println("[valuenet-ui] " + what + ": " + ms + " ms");
		return ms;
	}

	/** The project FirstStart creates from -Dvaluenet.examples (set by the root pom for every test run). */
	public static IProject examples() {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(Studio.EXAMPLES_PROJECT);
		waitFor("examples project", 60_000, () -> project.exists() && project.getFile("visa/visa-network.vnet").exists());
		return project;
	}

	/** The generic editor's own content assist processor (its SourceViewerConfiguration comes from plugin.xml). */
	public static IContentAssistProcessor wiredProcessor(ITextEditor editor, ISourceViewer viewer) throws Exception {
		Method m = AbstractTextEditor.class.getDeclaredMethod("getSourceViewerConfiguration");
		m.setAccessible(true);
		SourceViewerConfiguration config = (SourceViewerConfiguration) m.invoke(editor);
		IContentAssistant assistant = config.getContentAssistant(viewer);
		return assistant.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE);
	}

	/** Screenshot of the whole (Xvfb) screen into target/screenshots, with ImageMagick's import. */
	public static void screenshot(String name) {
		String dir = System.getProperty("valuenet.screenshots");
		if (dir == null) return;
		spin(300);
		new File(dir).mkdirs();
		File out = new File(dir, name + ".png");
		try {
			Process p = new ProcessBuilder("import", "-window", "root", out.getPath()).inheritIO().start();
			if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly();
			System.out.println("[valuenet-ui] screenshot " + out + " " + out.exists());
		} catch (Exception e) {
			System.out.println("[valuenet-ui] no screenshot (ImageMagick missing?): " + e);
		}
	}
}
