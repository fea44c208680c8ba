package dev.valuenet.rcp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.IStartup;

import dev.valuenet.rcp.Studio;

/**
 * Runs once the workbench window is up (org.eclipse.ui.startup, on a background thread). If the
 * workspace holds no project yet, the bundled examples are copied into it as the project
 * {@value Studio#EXAMPLES_PROJECT}: a new user starts with models to look at, and the copy can be
 * edited freely. The examples folder is the system property {@value Studio#EXAMPLES_PROPERTY}, or
 * {@code examples/} next to the installation.
 */
public class FirstStart implements IStartup {
	@Override
	public void earlyStartup() {
		long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		ILog.get().info("Valuenet Studio workbench usable " + sinceJvmStart + " ms after launch");
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		if (workspace.getRoot().getProjects().length > 0) return;
		Path examples = examplesFolder();
		if (examples == null) return;
		try {
			importExamples(workspace, examples);
		} catch (CoreException e) {
			ILog.get().error("Could not import the examples from " + examples, e);
		}
	}

	static Path examplesFolder() {
		String property = System.getProperty(Studio.EXAMPLES_PROPERTY);
		if (property != null && !property.isBlank()) {
			Path p = Path.of(property);
			return Files.isDirectory(p) ? p : null;
		}
		Location install = Platform.getInstallLocation();
		URL url = install == null ? null : install.getURL();
		if (url == null || !"file".equals(url.getProtocol())) return null;
		Path p = Path.of(url.getPath()).resolve("examples");
		return Files.isDirectory(p) ? p : null;
	}

	/** Copies the tree (regular files only, no hidden files) into a new project, in one workspace operation. */
	public static IProject importExamples(IWorkspace workspace, Path examples) throws CoreException {
		IProject project = workspace.getRoot().getProject(Studio.EXAMPLES_PROJECT);
		IWorkspaceRunnable copy = monitor -> {
			if (!project.exists()) project.create(monitor);
			project.open(monitor);
			List<Path> files;
			try (Stream<Path> walk = Files.walk(examples)) {
				files = walk.filter(Files::isRegularFile).filter(p -> !examples.relativize(p).toString().startsWith(".")).sorted().toList();
			} catch (IOException e) {
				throw new CoreException(org.eclipse.core.runtime.Status.error("cannot list " + examples, e));
			}
			for (Path file : files) {
				IPath relative = IPath.fromPath(examples.relativize(file));
				if (relative.segmentCount() > 1) createParents(project.getFolder(relative.removeLastSegments(1)));
				try (InputStream in = Files.newInputStream(file)) {
					var target = project.getFile(relative);
					if (!target.exists()) target.create(in, true, monitor);
				} catch (IOException e) {
					throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file, e));
				}
			}
		};
		workspace.run(copy, workspace.getRoot(), IWorkspace.AVOID_UPDATE, null);
		ILog.get().info("Imported the examples from " + examples + " into project " + project.getName());
		return project;
	}

	private static void createParents(IContainer container) throws CoreException {
		if (container.exists() || !(container instanceof IFolder folder)) return;
		createParents(folder.getParent());
		folder.create(true, true, null);
	}
}
