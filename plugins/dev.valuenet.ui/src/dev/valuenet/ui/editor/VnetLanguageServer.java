package dev.valuenet.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

import com.google.inject.Injector;

import dev.valuenet.dsl.ide.server.ValuenetLanguageServerImpl;
import dev.valuenet.dsl.ide.server.ValuenetLanguageServers;

/**
 * One Xtext language server per workbench, running in-process: the editor calls
 * {@link LanguageServerImpl} with LSP4J objects and gets {@link CompletableFuture}s back; diagnostics
 * arrive through {@link LanguageClient#publishDiagnostics} and become annotations/markers
 * ({@link VnetDiagnostics}).
 * <p>
 * Life cycle: {@link #start()} creates it on a background thread (Guice, then the initial build of
 * every .vnet file in the workspace), at workbench start-up ({@link LanguageServerStartup}); UI-thread callers use {@link #get(long)} with a short timeout and
 * degrade (no proposals, no hover) while it starts. Requests run on the server's own executor (Xtext's
 * RequestManager serialises writes; a new write cancels running reads). Nothing here needs the UI
 * thread, so UI code may wait on a future with a timeout without dead-locking.
 * <p>
 * Files changed outside an editor (other tools, git, the wizards) reach the server as
 * didChangeWatchedFiles from a resource change listener; open documents are synchronised from their
 * buffers instead.
 */
public final class VnetLanguageServer {
	public static final String LANGUAGE_ID = "vnet";

	private static CompletableFuture<VnetLanguageServer> instance;

	/** Starts the server on a background thread (once); the future completes when it is usable. */
	public static synchronized CompletableFuture<VnetLanguageServer> start() {
		if (instance == null) {
			CompletableFuture<VnetLanguageServer> f = new CompletableFuture<>();
			instance = f;
			Thread t = new Thread(() -> {
				try {
					f.complete(new VnetLanguageServer());
				} catch (Throwable e) {
					ILog.get().error("The .vnet language server did not start", e);
					f.completeExceptionally(e);
				}
			}, "vnet-language-server-start");
			t.setDaemon(true);
			t.start();
		}
		return instance;
	}

	/** The server, waiting at most {@code timeoutMs} for it to start; null if it is not ready. */
	public static VnetLanguageServer get(long timeoutMs) {
		return await(start(), timeoutMs);
	}

	static synchronized void shutdownNow() {
		if (instance != null && instance.isDone() && !instance.isCompletedExceptionally()) instance.join().dispose();
		instance = null;
	}

	public static void shutdown() {
		shutdownNow();
	}

	/** Per open IDocument: its URI, LSP version and the modification stamp last sent to the server. */
	private static final class DocState {
		final String uri;
		int version;
		long sentStamp = Long.MIN_VALUE;
		boolean open;

		DocState(String uri) {
			this.uri = uri;
		}
	}

	private final ExecutorService executor;
	private final ValuenetLanguageServerImpl server;
	private final UriExtensions uris;
	private final VnetDiagnostics diagnostics = new VnetDiagnostics();
	private final Map<IDocument, DocState> docs = new ConcurrentHashMap<>();
	private final IResourceChangeListener fileWatcher = this::resourcesChanged;
	private final List<String> tokenTypes;
	private final long startMillis;
	/**
	 * File changes seen while the initial build runs, sent when it is done: a request sent earlier
	 * would cancel that build (Xtext's RequestManager cancels running work for every new write) and
	 * leave the files it had not reached without markers. Null once initialized.
	 */
	private List<FileEvent> heldUntilInitialized = new ArrayList<>();
	private final Object heldLock = new Object();

	private VnetLanguageServer() {
		long t0 = System.nanoTime();
		Injector language = VnetLanguage.injector();
		executor = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "vnet-language-server");
			t.setDaemon(true); // never keep the workbench JVM alive
			return t;
		});
		// one project per folder (ModelSession's rule); "exit" never ends the workbench's JVM
		Injector serverInjector = ValuenetLanguageServers.injector(language, executor, () -> {
		});
		server = (ValuenetLanguageServerImpl) serverInjector.getInstance(LanguageServerImpl.class);
		uris = serverInjector.getInstance(UriExtensions.class);
		tokenTypes = serverInjector.getInstance(SemanticTokensService.class).getTokenTypes();
		server.connect(new Client());

		InitializeParams params = new InitializeParams();
		String root = toUri(ResourcesPlugin.getWorkspace().getRoot().getLocationURI());
		params.setRootUri(root);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "workspace")));
		ClientCapabilities capabilities = new ClientCapabilities();
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true); // DocumentSymbol tree instead of flat SymbolInformation
		textDocument.setDocumentSymbol(symbols);
		capabilities.setTextDocument(textDocument);
		params.setCapabilities(capabilities);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
		FileBuffers.getTextFileBufferManager().addFileBufferListener(diagnostics);
		// the initial build (every .vnet file of the workspace) runs inside initialize
		if (await(server.initialize(params), 120_000) == null) ILog.get().warn(".vnet language server: initialize timed out or failed");
		server.initialized(new InitializedParams());
		List<FileEvent> held;
		synchronized (heldLock) {
			held = heldUntilInitialized;
			heldUntilInitialized = null;
		}
		if (!held.isEmpty()) server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(held));
		startMillis = (System.nanoTime() - t0) / 1_000_000;
		ILog.get().info(".vnet language server started in " + startMillis + " ms, root " + root);
	}

	private void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(diagnostics);
		try {
			server.shutdown().get(2, TimeUnit.SECONDS);
		} catch (Exception e) {
			// best effort: the JVM is going down
		}
		executor.shutdownNow();
	}

	public LanguageServerImpl server() {
		return server;
	}

	/** Time the server took to start (Guice + initial workspace build). */
	public long startMillis() {
		return startMillis;
	}

	/** LSP semantic token type legend (index -> name). */
	public List<String> tokenTypes() {
		return tokenTypes;
	}

	// ---- document synchronisation (full text: Xtext re-parses the whole file anyway) ----

	/**
	 * Makes sure the server has the current content of the document (didOpen the first time, didChange
	 * when it changed since the last call). Called debounced by the reconciler and eagerly before every
	 * request. Returns the document's URI, or null if it is not a workspace file.
	 */
	public String sync(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) return null;
		String uri = toUri(buffer.getFileStore().toURI());
		DocState s = docs.computeIfAbsent(document, d -> new DocState(uri));
		synchronized (s) {
			send(document, buffer, s);
			return s.uri;
		}
	}

	/**
	 * Records whether the document has unsaved changes (which checks its builds run) and sends its text if
	 * the server does not have it; true if it did.
	 */
	private boolean send(IDocument document, ITextFileBuffer buffer, DocState s) {
		long stamp = ((IDocumentExtension4) document).getModificationStamp(); // read before the text
		if (buffer.isDirty()) VnetLanguage.DIRTY.add(s.uri);
		else VnetLanguage.DIRTY.remove(s.uri);
		if (s.open && stamp == s.sentStamp) return false;
		String text = document.get();
		s.sentStamp = stamp;
		if (!s.open) {
			s.open = true;
			server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(s.uri, LANGUAGE_ID, ++s.version, text)));
		} else {
			server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(s.uri, ++s.version),
					List.of(new TextDocumentContentChangeEvent(text))));
		}
		return true;
	}

	/**
	 * A buffer was saved or reverted: validate it again as a clean file (metric checks included). Text the
	 * server has not seen is sent (its build runs every check, the file being clean now); text it has is
	 * only validated again, without a rebuild.
	 */
	void cleaned(IDocument document) {
		DocState s = docs.get(document);
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (s == null || buffer == null) return;
		synchronized (s) {
			if (!send(document, buffer, s)) server.validateAgain(s.uri);
		}
	}

	public void close(IDocument document) {
		DocState s = docs.remove(document);
		if (s != null && s.open) {
			VnetLanguage.DIRTY.remove(s.uri);
			server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(s.uri)));
		}
	}

	private boolean isOpen(String uri) {
		return docs.values().stream().anyMatch(s -> s.open && s.uri.equals(uri));
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) return;
		List<FileEvent> changes = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource().getType() != IResource.FILE) return true;
				IFile file = (IFile) delta.getResource();
				if (!VnetLanguage.EXTENSION.equals(file.getFileExtension()) || file.getLocationURI() == null) return false;
				String uri = toUri(file.getLocationURI());
				switch (delta.getKind()) {
					case IResourceDelta.ADDED -> changes.add(new FileEvent(uri, FileChangeType.Created));
					case IResourceDelta.REMOVED -> changes.add(new FileEvent(uri, FileChangeType.Deleted));
					case IResourceDelta.CHANGED -> {
						if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0 && !isOpen(uri)) {
							changes.add(new FileEvent(uri, FileChangeType.Changed));
						}
					}
					default -> {
					}
				}
				return false;
			});
		} catch (CoreException e) {
			ILog.get().warn("Could not read a resource delta", e);
		}
		if (changes.isEmpty()) return;
		synchronized (heldLock) {
			if (heldUntilInitialized != null) {
				heldUntilInitialized.addAll(changes);
				return;
			}
		}
		server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(changes));
	}

	// ---- helpers ----

	/** Xtext's canonical form ("file:///..."), so that our URIs match the ones in publishDiagnostics. */
	public String toUri(java.net.URI uri) {
		return uris.toUriString(URI.createURI(uri.toString()));
	}

	public static Position toPosition(IDocument doc, int offset) throws BadLocationException {
		int line = doc.getLineOfOffset(offset);
		return new Position(line, offset - doc.getLineOffset(line));
	}

	/** LSP columns are UTF-16 code units, like Java string indices: plain addition. */
	public static int toOffset(IDocument doc, Position p) throws BadLocationException {
		if (p.getLine() >= doc.getNumberOfLines()) return doc.getLength();
		int lineEnd = doc.getLineOffset(p.getLine()) + doc.getLineLength(p.getLine());
		return Math.min(doc.getLineOffset(p.getLine()) + p.getCharacter(), lineEnd);
	}

	public static TextDocumentIdentifier id(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	/** Waits for a server answer; null on timeout, cancellation (a newer edit cancels reads) or error. */
	public static <T> T await(CompletableFuture<T> future, long millis) {
		try {
			return future.get(Math.max(0, millis), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			synchronized (VnetLanguageServer.class) {
				if (future != instance) future.cancel(true); // a late answer is of no use; starting goes on
			}
			return null;
		} catch (CancellationException e) {
			return null;
		} catch (ExecutionException e) {
			if (!(e.getCause() instanceof CancellationException)) ILog.get().warn(".vnet language server request failed", e.getCause());
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The "client" side of the in-process connection. */
	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.publish(params.getUri(), params.getDiagnostics());
			// unsaved text got its fast checks: compute what the save's checks need while the user pauses
			if (VnetLanguage.DIRTY.contains(params.getUri())) server.prepareChecks(params.getUri());
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
			ILog.get().info(".vnet language server: " + message.getMessage());
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
			ILog.get().info(".vnet language server: " + message.getMessage());
		}
	}
}
