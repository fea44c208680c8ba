package dev.valuenet.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;



/**
 * A build drops the old text of a file alone in its folder without unloading it, and still unloads the
 * old text of a file with neighbours, whose references to it must resolve again to the new text.
 */
class AloneFileBuilderTest {
	@TempDir
	Path workspace;

	private final RecordingClient client = new RecordingClient();

	@Test
	void aFileAloneIsDroppedAndAFileWithNeighboursUnloaded() throws Exception {
		Files.createDirectories(workspace.resolve("solo"));
		Files.createDirectories(workspace.resolve("trade"));
		Files.writeString(workspace.resolve("solo/alone.vnet"), "network solo {\n  actor A : firm\n  actor B : firm\n  flow f : money A -> B\n}\n");
		Files.writeString(workspace.resolve("trade/actors.vnet"), "network trade.net {\n  actor Shop : firm\n  actor Mill : supplier\n}\n");
		Files.writeString(workspace.resolve("trade/flows.vnet"), "network trade.net {\n  flow grain : goods Mill -> Shop\n}\n");
		ExecutorService executor = ValuenetLanguageServers.daemonExecutor();
		try {
			LanguageServerImpl server = ValuenetLanguageServerImplTest.started(ValuenetLanguageServerImplTest.countingLanguage(), executor,
					client, workspace);
			Resource alone = built("alone.vnet");
			Resource actors = built("actors.vnet");
			String aloneUri = uriOf("alone.vnet");
			String actorsUri = uriOf("actors.vnet");
			String flowsUri = uriOf("flows.vnet");
			assertEquals(List.of(), errors(aloneUri));
			assertEquals(List.of(), errors(flowsUri));

			edit(server, aloneUri, "network solo {\n  actor A : firm\n  actor B : firm\n  flow f : money A -> C\n}\n");
			assertNull(alone.getResourceSet(), "the old text left its resource set");
			assertTrue(alone.isLoaded(), "the old text of a file alone was dropped, not unloaded");
			assertEquals(1, errors(aloneUri).size(), "the new text's unknown C: " + errors(aloneUri));

			edit(server, actorsUri, "network trade.net {\n  actor Shop : firm\n  actor Miller : supplier\n}\n");
			assertFalse(actors.isLoaded(), "the old text of a file with neighbours was unloaded");
			List<Diagnostic> flows = errors(flowsUri);
			assertEquals(1, flows.size(), "Mill is gone from the neighbour's new text: " + flows);
			assertTrue(flows.get(0).getMessage().getLeft().contains("Mill"), flows.get(0).getMessage().getLeft());
		} finally {
			executor.shutdownNow();
		}
	}

	private List<Diagnostic> errors(String uri) {
		return client.published.get(uri).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
	}

	private static Resource built(String file) {
		return ValuenetLanguageServerImplTest.VALIDATED.stream().filter(r -> r.getURI().lastSegment().equals(file)).findFirst().orElseThrow();
	}

	private String uriOf(String file) {
		return client.published.keySet().stream().filter(u -> u.endsWith("/" + file)).findFirst().orElseThrow();
	}

	/** Opens {@code uri} with {@code text} and waits until its build is done (a read runs after pending writes). */
	private static void edit(LanguageServerImpl server, String uri, String text) throws Exception {
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "vnet", 1, text)));
		server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS);
	}
}
