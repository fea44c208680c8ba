package dev.valuenet.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.model.Document;
import dev.valuenet.model.Network;
import dev.valuenet.model.ValuenetPackage;



/**
 * A build applies the new text of a file alone in its folder to its loaded model as an edit (the elements
 * the edit does not touch keep their objects), and still unloads the old text of a file with neighbours,
 * whose references to it must resolve again to the new text.
 */
class AloneFileBuilderTest {
	@TempDir
	Path workspace;

	private static final String SOLO = "network solo {\n  actor A : firm\n  actor B : firm\n  flow f : money A -> B\n  actor D : firm\n  actor E : firm\n}\n";

	private final RecordingClient client = new RecordingClient();

	@Test
	void aFileAloneIsEditedInPlaceAndAFileWithNeighboursUnloaded() throws Exception {
		Files.createDirectories(workspace.resolve("solo"));
		Files.createDirectories(workspace.resolve("trade"));
		Files.writeString(workspace.resolve("solo/alone.vnet"), SOLO);
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

			Network solo = (Network) ((Document) alone.getContents().get(0)).getNetworks().get(0);
			EObject actorA = solo.getElements().get(0);
			edit(server, aloneUri, 1, SOLO);
			edit(server, aloneUri, 2, SOLO.replace("A -> B", "A -> C"));
			assertSame(alone, built("alone.vnet"), "the file alone keeps its model");
			assertSame(actorA, solo.getElements().get(0), "an element the edit did not touch keeps its object");
			assertEquals("C", NodeModelUtils.getTokenText(NodeModelUtils.findNodesForFeature(solo.getElements().get(2), ValuenetPackage.Literals.FLOW__TO).get(0)));
			assertEquals(1, errors(aloneUri).size(), "the new text's unknown C: " + errors(aloneUri));
			edit(server, aloneUri, 3, SOLO.replace("A -> B", "A ->"));
			assertTrue(errors(aloneUri).stream().anyMatch(d -> "vnet.syntax".equals(d.getCode().getLeft())), "the syntax error: " + errors(aloneUri));
			edit(server, aloneUri, 4, SOLO);
			assertEquals(List.of(), errors(aloneUri), "repaired");
			assertSame(alone, built("alone.vnet"));

			edit(server, actorsUri, 1, "network trade.net {\n  actor Shop : firm\n  actor Miller : supplier\n}\n");
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

	/** The resource of {@code file} the server validated last. */
	private static Resource built(String file) {
		return ValuenetLanguageServerImplTest.VALIDATED.stream().filter(r -> r.getURI().lastSegment().equals(file)).reduce((a, b) -> b).orElseThrow();
	}

	private String uriOf(String file) {
		return client.published.keySet().stream().filter(u -> u.endsWith("/" + file)).findFirst().orElseThrow();
	}

	/** Opens {@code uri} with {@code text} and waits until its build is done (a read runs after pending writes). */
	private static void edit(LanguageServerImpl server, String uri, int version, String text) throws Exception {
		if (version == 1) {
			server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "vnet", 1, text)));
		} else {
			server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
		}
		server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS);
	}
}
