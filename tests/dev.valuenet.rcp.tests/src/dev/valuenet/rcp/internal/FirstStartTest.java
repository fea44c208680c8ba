package dev.valuenet.rcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.rcp.Studio;

/** A new user's empty workspace gets the examples as a project; hidden files stay out, user edits stay in. */
class FirstStartTest {

	@TempDir
	Path examples;

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();

	@AfterEach
	void deleteProject() throws CoreException {
		workspace.getRoot().getProject(Studio.EXAMPLES_PROJECT).delete(true, true, null);
	}

	private void write(String relative, String text) throws IOException {
		Path file = examples.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	@Test
	void examplesBecomeOneProjectWithoutHiddenFiles() throws Exception {
		write("auto/car.vnet", "network auto { }\n");
		write("auto/deep/ev.vnet", "network ev { }\n");
		write("README.md", "# examples\n");
		write(".git/config", "[core]\n");
		IProject project = FirstStart.importExamples(workspace, examples);
		assertEquals(Studio.EXAMPLES_PROJECT, project.getName());
		assertEquals(List.of("README.md", "auto/car.vnet", "auto/deep/ev.vnet"), files(project));
		IFile car = project.getFile("auto/car.vnet");
		assertEquals("network auto { }\n", new String(car.getContents().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void aSecondImportKeepsTheUsersEdits() throws Exception {
		write("a.vnet", "network a { }\n");
		IProject project = FirstStart.importExamples(workspace, examples);
		IFile file = project.getFile("a.vnet");
		file.setContents(new java.io.ByteArrayInputStream("network edited { }\n".getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		write("b.vnet", "network b { }\n");
		FirstStart.importExamples(workspace, examples);
		assertEquals("network edited { }\n", new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
		assertTrue(project.getFile("b.vnet").exists());
	}

	private static List<String> files(IContainer container) throws CoreException {
		List<String> files = new ArrayList<>();
		container.accept(resource -> {
			if (resource.getType() == IResource.FILE && !resource.getName().equals(".project")) {
				files.add(resource.getProjectRelativePath().toString());
			}
			return true;
		});
		files.sort(null);
		return files;
	}
}
