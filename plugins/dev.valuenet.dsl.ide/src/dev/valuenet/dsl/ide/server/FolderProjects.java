package dev.valuenet.dsl.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The language server's projects: one per folder that holds .vnet files, each holding only the files
 * directly in it. This is the rule of {@code dev.valuenet.dsl.load.ModelSession} (a file's model is
 * the file plus the other .vnet files of its folder, not of sub-folders) in Xtext's terms: a project
 * has its own resource set and sees only its own index container
 * ({@link org.eclipse.xtext.resource.containers.ProjectDescriptionBasedContainerManager}), so two
 * models in sibling folders may use the same names without interfering.
 * <p>
 * Rejected: one project for the whole workspace (what Xtext does by default) with a folder-filtering
 * container manager: linking would follow the rule, but the resource set, the network parts and the
 * analysis caches built on it would still mix the folders.
 * <p>
 * Folders once known stay projects for the server's life, so that deletions in them can be built;
 * {@link FolderWorkspaceManager} adds the folders of files that appear later.
 */
@Singleton
public class FolderProjects implements IMultiRootWorkspaceConfigFactory {
	public static final String EXTENSION = ValuenetLanguageServers.EXTENSION;

	@Inject
	private UriExtensions uris;

	private final Set<URI> known = ConcurrentHashMap.newKeySet();

	@Override
	public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> roots) {
		for (WorkspaceFolder root : roots) {
			scan(Path.of(java.net.URI.create(uris.toUriString(uris.toUri(root.getUri())))));
		}
		return new Config(known);
	}

	/** Makes the folder of {@code file} a project (used before a build of a file in a new folder). */
	void add(URI file) {
		known.add(folderOf(file));
	}

	boolean isKnown(URI file) {
		return known.contains(folderOf(file));
	}

	/** The folder of a file as a URI with a trailing slash (Xtext's form of a project path). */
	static URI folderOf(URI file) {
		return file.trimSegments(1).appendSegment("");
	}

	private void scan(Path root) {
		if (!Files.isDirectory(root)) return;
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					// .metadata of an Eclipse workspace, .git and the like hold no models
					return !dir.equals(root) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (attrs.isRegularFile() && file.getFileName().toString().endsWith("." + EXTENSION)) add(toUri(file));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE; // unreadable: not a model we can build
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private URI toUri(Path file) {
		return uris.toUri(file.toAbsolutePath().normalize().toUri().toString());
	}

	/** The projects of one refresh: a snapshot of the known folders. */
	private final class Config implements IWorkspaceConfig {
		private final Map<String, Folder> projects = new LinkedHashMap<>();

		Config(Set<URI> folders) {
			for (URI folder : folders) {
				projects.put(folder.toString(), new Folder(folder, this));
			}
		}

		@Override
		public Set<? extends IProjectConfig> getProjects() {
			return Set.copyOf(projects.values());
		}

		@Override
		public IProjectConfig findProjectContaining(URI member) {
			return projects.get(folderOf(member).toString());
		}

		@Override
		public IProjectConfig findProjectByName(String name) {
			return projects.get(name);
		}
	}

	/** One folder: a project whose only source folder is itself, without sub-folders. */
	private final class Folder implements IProjectConfig, ISourceFolder {
		private final URI path;
		private final IWorkspaceConfig workspace;

		Folder(URI path, IWorkspaceConfig workspace) {
			this.path = path;
			this.workspace = workspace;
		}

		@Override
		public String getName() {
			return path.toString();
		}

		@Override
		public URI getPath() {
			return path;
		}

		@Override
		public Set<? extends ISourceFolder> getSourceFolders() {
			return Set.of(this);
		}

		@Override
		public ISourceFolder findSourceFolderContaining(URI member) {
			return contains(member) ? this : null;
		}

		@Override
		public boolean contains(URI member) {
			return folderOf(member).equals(path);
		}

		@Override
		public List<URI> getAllResources(IFileSystemScanner scanner) {
			List<URI> files = new ArrayList<>();
			Path dir = Path.of(java.net.URI.create(uris.toUriString(path)));
			if (!Files.isDirectory(dir)) return files;
			try (Stream<Path> list = Files.list(dir)) {
				list.filter(p -> p.getFileName().toString().endsWith("." + EXTENSION) && Files.isRegularFile(p)).sorted()
						.forEach(p -> files.add(toUri(p)));
			} catch (IOException e) {
				// the folder went away meanwhile: nothing to build
			}
			return files;
		}

		@Override
		public IWorkspaceConfig getWorkspaceConfig() {
			return workspace;
		}
	}
}
