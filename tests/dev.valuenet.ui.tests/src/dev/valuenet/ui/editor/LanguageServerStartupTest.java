package dev.valuenet.ui.editor;

import static dev.valuenet.ui.UiTesting.log;
import static dev.valuenet.ui.UiTesting.waitFor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The language server starts with the workbench: a model written to the workspace gets its problem
 * markers (what the Problems view lists) although no editor was ever opened.
 * <p>
 * Runs first among the UI test classes ({@code @Order(1)}, see junit-platform.properties), before any
 * test opens an editor or asks for the server, so only the start-up can have started it. The test
 * never calls {@link VnetLanguageServer#get(long)}, which would start it.
 */
@Order(1)
public class LanguageServerStartupTest {
	private static final String MODEL = """
			network startup.markers {
			  actor Shop : firm
			  flow order : money Shop -> Nobody
			}
			""";

	@Test
	public void problemsListFindingsBeforeAnEditorOpens() throws Exception {
		long t0 = System.nanoTime();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("startup-markers");
		if (!project.exists()) project.create(null);
		project.open(null);
		IFile file = project.getFile("unknown-receiver.vnet");
		ByteArrayInputStream content = new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) file.setContents(content, true, false, null);
		else file.create(content, true, null);

		// 'Nobody' (line 3) is declared nowhere: the server's build of the new file reports it
		waitFor("an unresolved-reference marker on line 3 of " + file.getName(), 180_000,
				() -> markers(file).contains("vnet.unresolved@3"), () -> markers(file).toString());
		log("marker of a model no editor opened", t0);
	}

	/** The file's .vnet problem markers as "code@line". */
	private static List<String> markers(IFile file) {
		List<String> result = new ArrayList<>();
		try {
			for (IMarker m : file.findMarkers(VnetDiagnostics.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
				result.add(m.getAttribute(VnetDiagnostics.CODE, "?") + "@" + m.getAttribute(IMarker.LINE_NUMBER, -1));
			}
		} catch (CoreException e) {
			// not there yet
		}
		return result;
	}
}
