package dev.valuenet.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.dsl.ide.ValuenetIdeSetup;
import dev.valuenet.dsl.validation.IssueCodes;

/**
 * The language server applies ModelSession's folder rule: files of one folder form one model (a
 * network split over them links across the files), models in sibling folders never see each other
 * (the same names there are no duplicates).
 */
class FolderProjectsTest {

	@TempDir
	Path workspace;

	private final RecordingClient client = new RecordingClient();
	private final Map<String, List<Diagnostic>> published = client.published;

	@Test
	void siblingFoldersAreSeparateModelsAndOneFolderIsOneModel() throws Exception {
		// the same network, actor and flow names in two sibling folders; each folder splits its network over two files
		for (String folder : List.of("north", "south")) {
			Files.createDirectories(workspace.resolve(folder));
			Files.writeString(workspace.resolve(folder + "/actors.vnet"), "network trade.net {\n  actor Shop : firm\n  actor Mill : supplier\n}\n");
			Files.writeString(workspace.resolve(folder + "/flows.vnet"), "network trade.net {\n  flow grain : goods Mill -> Shop\n}\n");
		}
		// a sub-folder is a model of its own too: Shop is not declared there
		Files.createDirectories(workspace.resolve("north/branch"));
		Files.writeString(workspace.resolve("north/branch/flows.vnet"), "network trade.net {\n  flow grain : goods Mill -> Shop\n}\n");

		ExecutorService executor = ValuenetLanguageServers.daemonExecutor();
		try {
			LanguageServerImpl server = ValuenetLanguageServers.create(new ValuenetIdeSetup().createInjectorAndDoEMFRegistration(), executor, () -> {
			});
			server.connect(client);
			InitializeParams params = new InitializeParams();
			String root = workspace.toUri().toString();
			params.setRootUri(root);
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "workspace")));
			assertNotNull(server.initialize(params).get(120, TimeUnit.SECONDS)); // the initial build publishes every file
			server.initialized(new InitializedParams());

			for (String folder : List.of("north", "south")) {
				assertEquals(List.of(), codes(folder + "/actors.vnet"), folder + "/actors.vnet");
				assertEquals(List.of(), codes(folder + "/flows.vnet"), folder + "/flows.vnet");
			}
			// both ends of the flow unresolved: the parent folder's actors are not part of this model
			assertEquals(List.of(IssueCodes.UNRESOLVED, IssueCodes.UNRESOLVED), codes("north/branch/flows.vnet"));
			executor.submit(() -> server.shutdown()).get(10, TimeUnit.SECONDS);
		} finally {
			executor.shutdownNow();
		}
	}

	/** The issue codes published for a file, sorted; fails if nothing was published for it. */
	private List<String> codes(String file) {
		String uri = workspace.resolve(file).toUri().toString();
		List<Diagnostic> diagnostics = published.entrySet().stream().filter(e -> e.getKey().equals(uri)).map(Map.Entry::getValue).findFirst()
				.orElseThrow(() -> new AssertionError("nothing published for " + uri + "; published: " + new TreeSet<>(published.keySet())));
		return diagnostics.stream().map(d -> d.getCode() == null ? "?" : d.getCode().getLeft()).sorted().toList();
	}
}
