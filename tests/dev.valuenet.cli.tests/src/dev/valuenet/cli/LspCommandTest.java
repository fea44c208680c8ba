package dev.valuenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.tests.support.QuietLanguageClient;

/**
 * {@code valuenet lsp} as an editor meets it: a separate LSP4J client exchanges real JSON-RPC messages
 * (Content-Length framed, over a pair of pipes standing in for stdin/stdout) with the server.
 */
class LspCommandTest {

	/** Steel supplies Maker, which alone serves Buyers: Maker is a single point of failure (line 5). */
	private static final String NET = """
			network net {
			  currency EUR
			  actor Steel : supplier
			  actor Parts : supplier
			  actor Maker : firm
			  segment Buyers
			  flow steelIn : goods Steel -> Maker { 10 units/year }
			  flow partsIn : goods Parts -> Maker { 10 units/year }
			  flow cars : goods Maker -> Buyers { 5 units/year }
			  flow pay : money Buyers -> Maker { 5M EUR/year }
			}
			""";

	@TempDir
	Path folder;

	private final Map<String, CompletableFuture<List<Diagnostic>>> diagnostics = new ConcurrentHashMap<>();
	private final Map<String, Predicate<List<Diagnostic>>> awaited = new ConcurrentHashMap<>();
	private PipedOutputStream toServer;
	private PipedOutputStream toClient;
	private Future<Void> serverListening;

	/** The client side: collects publishDiagnostics per URI. */
	private final class Client extends QuietLanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			Predicate<List<Diagnostic>> wanted = awaited.get(params.getUri());
			if (wanted != null && wanted.test(params.getDiagnostics())) {
				diagnostics.computeIfAbsent(params.getUri(), u -> new CompletableFuture<>()).complete(params.getDiagnostics());
			}
		}
	}

	private CompletableFuture<List<Diagnostic>> expectDiagnostics(String uri, Predicate<List<Diagnostic>> wanted) {
		awaited.put(uri, wanted);
		return diagnostics.computeIfAbsent(uri, u -> new CompletableFuture<>());
	}

	private LanguageServer start() throws IOException {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		toClient = new PipedOutputStream(clientIn);
		serverListening = LspCommand.serve(serverIn, toClient, () -> {
		}).startListening();
		Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
		client.startListening();
		return client.getRemoteProxy();
	}

	@AfterEach
	void close() throws IOException {
		if (toServer != null) toServer.close();
		if (toClient != null) toClient.close();
	}

	private static <T> T await(CompletableFuture<T> future) throws Exception {
		return future.get(60, TimeUnit.SECONDS);
	}

	@Test
	void editorSessionOverJsonRpc() throws Exception {
		Path file = folder.resolve("net.vnet");
		Files.writeString(file, NET, StandardCharsets.UTF_8);
		LanguageServer server = start();
		String uri = file.toUri().toString(); // file:///..., Xtext's canonical form

		InitializeParams init = new InitializeParams();
		init.setProcessId(null);
		init.setRootUri(folder.toUri().toString());
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "models")));
		init.setCapabilities(new ClientCapabilities());
		InitializeResult capabilities = await(server.initialize(init));
		assertNotNull(capabilities.getCapabilities().getCompletionProvider());
		assertTrue(capabilities.getCapabilities().getDocumentFormattingProvider().isRight()
				|| capabilities.getCapabilities().getDocumentFormattingProvider().getLeft());
		server.initialized(new InitializedParams());

		// diagnostics of a saved file include the metric checks
		CompletableFuture<List<Diagnostic>> opened = expectDiagnostics(uri,
				d -> d.stream().anyMatch(x -> code(x).equals("vnet.single-point-of-failure")));
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "vnet", 1, NET)));
		List<Diagnostic> found = await(opened);
		Diagnostic spof = found.stream().filter(x -> code(x).equals("vnet.single-point-of-failure")).findFirst().orElseThrow();
		assertEquals(4, spof.getRange().getStart().getLine(), "Maker is declared on line 5: " + found);

		// completion after "goods " offers the actors
		Path other = folder.resolve("other.vnet");
		String broken = """
				network other {
				  actor A : firm
				  flow f : goods A -> Ghost
				}
				""";
		String otherUri = uri.replace("net.vnet", "other.vnet");
		CompletableFuture<List<Diagnostic>> unresolved = expectDiagnostics(otherUri,
				d -> d.stream().anyMatch(x -> code(x).equals("vnet.unresolved")));
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(otherUri, "vnet", 1, broken)));
		Diagnostic ghost = await(unresolved).stream().filter(x -> code(x).equals("vnet.unresolved")).findFirst().orElseThrow();
		assertEquals(2, ghost.getRange().getStart().getLine());
		assertFalse(Files.exists(other), "the server never writes files by itself");

		Either<List<CompletionItem>, CompletionList> completion = await(server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(6, 23))));
		List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
		assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("Parts")), "proposals: " + items.stream().map(CompletionItem::getLabel).toList());

		// hover and definition on the reference "Maker" in line 7 (0-based 6), column 32
		Hover hover = await(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(6, 33))));
		assertNotNull(hover);
		// a position beyond the text: an error that says so, without a Java stack trace in its data
		ExecutionException beyond = assertThrows(ExecutionException.class,
				() -> await(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(99, 0)))));
		ResponseError error = ((ResponseErrorException) beyond.getCause()).getResponseError();
		assertTrue(error.getMessage().startsWith("The request could not be answered: "), error.getMessage());
		assertNull(error.getData(), "no stack trace for the client: " + error.getData());
		Either<List<? extends Location>, List<? extends LocationLink>> definition = await(server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(6, 33))));
		Location target = definition.getLeft().get(0);
		assertEquals(4, target.getRange().getStart().getLine());

		// rename Maker -> Oem: the declaration and the four references
		WorkspaceEdit rename = await(server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri), new Position(4, 9), "Oem")));
		List<TextEdit> renameEdits = rename.getChanges() != null ? rename.getChanges().values().stream().flatMap(List::stream).toList()
				: rename.getDocumentChanges().stream().flatMap(c -> c.getLeft().getEdits().stream()).map(e -> e.isLeft() ? e.getLeft() : e.getRight()).map(TextEdit.class::cast).toList();
		assertEquals(5, renameEdits.size(), renameEdits.toString());
		assertTrue(renameEdits.stream().allMatch(e -> e.getNewText().equals("Oem")));

		// formatting a badly laid out document
		String messy = "network  m {actor   X : firm\n   actor Y:firm flow f : goods X -> Y}\n";
		String messyUri = uri.replace("net.vnet", "messy.vnet");
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(messyUri, "vnet", 1, messy)));
		List<? extends TextEdit> format = await(server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(messyUri), new FormattingOptions(2, true))));
		assertFalse(format.isEmpty());
		String formatted = apply(messy, format);
		assertTrue(formatted.contains("\n  actor X : firm\n"), formatted);
		assertTrue(formatted.contains("\n  flow f : goods X -> Y\n"), formatted);

		// code action for the unresolved reference: declare the actor
		List<Either<Command, CodeAction>> actions = await(server.getTextDocumentService().codeAction(new CodeActionParams(
				new TextDocumentIdentifier(otherUri), ghost.getRange(), new CodeActionContext(List.of(ghost)))));
		assertFalse(actions.isEmpty(), "a quick fix for vnet.unresolved");

		await(server.shutdown()); // answered (LSP4J maps the null result to an empty object)
		toServer.close(); // end of input ends the server's message loop
		serverListening.get(30, TimeUnit.SECONDS);
	}

	private static String code(Diagnostic d) {
		return d.getCode() == null ? "" : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}

	/** Applies LSP text edits (non-overlapping) to a text, last first. */
	static String apply(String text, List<? extends TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted((a, b) -> compare(b.getRange().getStart(), a.getRange().getStart())).forEach(e -> {
			result.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
		});
		return result.toString();
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
	}

	private static int offset(String text, Position p) {
		int offset = 0;
		for (int line = 0; line < p.getLine(); line++) {
			int next = text.indexOf('\n', offset);
			if (next < 0) return text.length();
			offset = next + 1;
		}
		return Math.min(text.length(), offset + p.getCharacter());
	}
}
