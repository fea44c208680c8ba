package dev.valuenet.dsl.ide.server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Xtext's workspace manager with {@link FolderProjects}: a file that appears in a folder without
 * .vnet files so far first makes that folder a project (which builds it), instead of failing the
 * build for want of a project. Its documents are {@link LineIndexedDocument}s, whose offset-to-line
 * conversions do not scan the text.
 */
public class FolderWorkspaceManager extends WorkspaceManager {
	@Inject
	private FolderProjects folders;

	@Override
	public Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
		List<URI> dirty = dirtyFiles;
		if (dirtyFiles.stream().anyMatch(uri -> !folders.isKnown(uri))) {
			Set<String> before = new HashSet<>();
			getProjectManagers().forEach(p -> before.add(p.getProjectDescription().getName()));
			dirtyFiles.forEach(folders::add);
			refreshWorkspaceConfig(CancelIndicator.NullImpl); // initial build of the new projects
			// their files were just built with their folder: no second build
			dirty = dirtyFiles.stream().filter(uri -> before.contains(projectName(uri))).toList();
		}
		List<URI> deleted = deletedFiles.stream().filter(uri -> getProjectManager(uri) != null).toList();
		return super.didChangeFiles(dirty, deleted);
	}

	@Override
	public Buildable didOpen(URI uri, Integer version, String contents) {
		if (!isDocumentOpen(uri) && builtFrom(uri, contents)) {
			// the workspace build built, indexed and checked this very text and published its findings: opening
			// the editor needs no second build (on the 5,200-actor example its colours waited 4-5 s for one)
			getOpenDocuments().put(uri, LineIndexedDocument.of(new Document(version, contents)));
			return Buildable.NO_BUILD;
		}
		Buildable build = super.didOpen(uri, version, contents);
		indexOpenDocument(uri);
		return build;
	}

	@Override
	public Buildable didChangeTextDocumentContent(URI uri, Integer version, Iterable<TextDocumentContentChangeEvent> changes) {
		Buildable build = super.didChangeTextDocumentContent(uri, version, changes);
		indexOpenDocument(uri);
		return build;
	}

	/** Whether the project holds a built and indexed resource of exactly {@code contents} for {@code uri}. */
	private boolean builtFrom(URI uri, String contents) {
		ProjectManager project = getProjectManager(uri);
		if (project == null || project.getIndexState() == null
				|| project.getIndexState().getResourceDescriptions().getResourceDescription(uri) == null) {
			return false;
		}
		Resource resource = project.getResourceSet().getResource(uri, false);
		return resource instanceof XtextResource built && built.getParseResult() != null
				&& contents.equals(built.getParseResult().getRootNode().getText());
	}

	/** Xtext puts a plain {@link Document} into the open documents: replace it before anything reads it. */
	private void indexOpenDocument(URI uri) {
		getOpenDocuments().computeIfPresent(uri, (u, document) -> LineIndexedDocument.of(document));
	}

	@Override
	protected Document getDocument(XtextResource resource) {
		return LineIndexedDocument.of(super.getDocument(resource));
	}

	private String projectName(URI file) {
		ProjectManager manager = getProjectManager(file);
		return manager == null ? null : manager.getProjectDescription().getName();
	}
}
