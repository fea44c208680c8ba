package dev.valuenet.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;

import dev.valuenet.dsl.ValuenetRuntimeModule;
import dev.valuenet.dsl.ide.ValuenetIdeModule;
import dev.valuenet.dsl.ide.ValuenetIdeSetup;
import dev.valuenet.dsl.validation.ValuenetResourceValidator;

/**
 * The server validates each file once per build (Xtext's default validated it a second time to decide
 * on code generation), and {@link ValuenetLanguageServerImpl#validateAgain} validates the resource the
 * server holds, without rebuilding it, and publishes the same findings again;
 * {@link ValuenetLanguageServerImpl#prepareChecks} runs the save's checks on it and publishes nothing.
 */
class ValuenetLanguageServerImplTest {
	/** Every resource the language's validator was asked about, in order, and with which checks. */
	static final List<Resource> VALIDATED = new CopyOnWriteArrayList<>();
	static final List<CheckMode> MODES = new CopyOnWriteArrayList<>();

	public static class CountingValidator extends ValuenetResourceValidator {
		@Override
		public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
			VALIDATED.add(resource);
			MODES.add(mode);
			return super.validate(resource, mode, cancel);
		}
	}

	@TempDir
	Path workspace;

	private final RecordingClient client = new RecordingClient();
	private final Map<String, List<Diagnostic>> published = client.published;
	private final List<String> publishedUris = client.publishedUris;

	@Test
	void eachFileIsValidatedOncePerBuildAndAgainWithoutARebuild() throws Exception {
		Files.writeString(workspace.resolve("actors.vnet"), "network trade.net {\n  actor Shop : firm\n  actor Mill : supplier\n}\n");
		Files.writeString(workspace.resolve("flows.vnet"), "network trade.net {\n  flow grain : goods Mill -> Nobody\n}\n");
		ExecutorService executor = ValuenetLanguageServers.daemonExecutor();
		try {
			LanguageServerImpl server = started(countingLanguage(), executor, client, workspace);
			assertEquals(2, VALIDATED.size(), "validations in the initial build of two files: " + VALIDATED);

			String flowsUri = published.keySet().stream().filter(u -> u.endsWith("flows.vnet")).findFirst().orElseThrow();
			List<Diagnostic> built = published.get(flowsUri);
			assertEquals(1, built.size(), "the unresolved Nobody: " + built);
			Resource builtResource = VALIDATED.stream().filter(r -> r.getURI().lastSegment().equals("flows.vnet")).findFirst().orElseThrow();
			publishedUris.clear();

			((ValuenetLanguageServerImpl) server).validateAgain(flowsUri).get(60, TimeUnit.SECONDS);
			assertEquals(3, VALIDATED.size());
			assertSame(builtResource, VALIDATED.get(2), "the resource of the build, not a new one");
			assertEquals(List.of(flowsUri), publishedUris);
			assertEquals(built, published.get(flowsUri));
			assertEquals(CheckMode.ALL, MODES.get(2));

			// preparing the save's checks validates with those checks only and publishes nothing
			((ValuenetLanguageServerImpl) server).prepareChecks(flowsUri).get(60, TimeUnit.SECONDS);
			assertEquals(4, VALIDATED.size());
			assertSame(builtResource, VALIDATED.get(3));
			assertEquals(CheckMode.NORMAL_ONLY, MODES.get(3));
			assertEquals(List.of(flowsUri), publishedUris);

			// opening an editor on the text the workspace build built: no second build, and the server answers
			// from the resource it holds; an editor with other text is built
			String flowsText = Files.readString(workspace.resolve("flows.vnet"));
			server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(flowsUri, "vnet", 1, flowsText)));
			List<DocumentSymbol> symbols = server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(flowsUri)))
					.get(60, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
			assertEquals("trade.net", symbols.get(0).getName(), symbols.toString());
			assertEquals(4, VALIDATED.size(), "opened as built: " + VALIDATED);
			String actorsUri = flowsUri.replace("flows.vnet", "actors.vnet");
			server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(actorsUri, "vnet", 1,
					"network trade.net {\n  actor Shop : firm\n}\n")));
			server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(actorsUri))).get(60, TimeUnit.SECONDS);
			assertTrue(VALIDATED.size() > 4 && VALIDATED.stream().skip(4).anyMatch(r -> r.getURI().lastSegment().equals("actors.vnet")),
					"opened with other text: built " + VALIDATED);
		} finally {
			executor.shutdownNow();
		}
	}

	/** The language with a validator that records what it is asked about ({@link #VALIDATED}, {@link #MODES}: cleared). */
	static Injector countingLanguage() {
		Injector language = new ValuenetIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new ValuenetRuntimeModule(), new ValuenetIdeModule(),
						binder -> binder.bind(IResourceValidator.class).to(CountingValidator.class)));
			}
		}.createInjectorAndDoEMFRegistration();
		VALIDATED.clear();
		MODES.clear();
		return language;
	}

	/** A server of {@code language} on the folder {@code workspace}, connected to {@code client}, its initial build done. */
	static LanguageServerImpl started(Injector language, ExecutorService executor, LanguageClient client, Path workspace) throws Exception {
		LanguageServerImpl server = ValuenetLanguageServers.create(language, executor, () -> {
		});
		server.connect(client);
		InitializeParams params = new InitializeParams();
		String root = workspace.toUri().toString();
		params.setRootUri(root);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "workspace")));
		assertNotNull(server.initialize(params).get(120, TimeUnit.SECONDS));
		server.initialized(new InitializedParams());
		return server;
	}
}
