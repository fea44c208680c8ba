package dev.valuenet.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import dev.valuenet.dsl.ide.highlighting.ValuenetSemanticTokensService;

/**
 * Creates Xtext language servers for the .vnet language and connects them to a client over streams.
 * <p>
 * {@link ServerModule} normally finds languages through {@code java.util.ServiceLoader}; that does not
 * see other bundles in OSGi, so the registry is bound explicitly to the one language whose injector
 * is given (with whatever checks its caller installed, e.g. the metric checks). The workbench's
 * in-process server ({@code dev.valuenet.ui}) does the same without streams.
 */
public final class ValuenetLanguageServers {

	public static final String EXTENSION = "vnet";

	private ValuenetLanguageServers() {
	}

	/**
	 * A language server for the language of {@code language}, running its requests on {@code executor}.
	 * {@code onExit} runs on the LSP "exit" notification (the command line ends the JVM there; a test
	 * must not).
	 */
	public static LanguageServerImpl create(Injector language, ExecutorService executor, Runnable onExit) {
		return injector(language, executor, onExit).getInstance(LanguageServerImpl.class);
	}

	/**
	 * The server-side injector of {@link #create}: Xtext's {@link ServerModule} with the language, the
	 * executor, the exit handler, one project per folder ({@link FolderProjects}), builds that drop a
	 * file alone in its folder without unloading it ({@link AloneFileBuilder}) and our server
	 * ({@link ValuenetLanguageServerImpl}).
	 */
	public static Injector injector(Injector language, ExecutorService executor, Runnable onExit) {
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(EXTENSION, language.getInstance(IResourceServiceProvider.class));
		return Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
			binder.bind(ExecutorService.class).toInstance(executor);
			binder.bind(IMultiRootWorkspaceConfigFactory.class).to(FolderProjects.class);
			binder.bind(WorkspaceManager.class).to(FolderWorkspaceManager.class);
			binder.bind(LanguageServerImpl.class).to(ValuenetLanguageServerImpl.class);
			binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(AloneFileBuilder.class);
			binder.bind(SemanticTokensService.class).to(ValuenetSemanticTokensService.class);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(new ILanguageServerShutdownAndExitHandler() {
				@Override
				public void exit() {
					onExit.run();
				}

				@Override
				public void shutdown() {
				}
			});
		}));
	}

	/**
	 * Connects {@code server} to a client speaking JSON-RPC (LSP base protocol: Content-Length headers)
	 * on {@code in}/{@code out} and starts listening; the returned launcher's
	 * {@code startListening()} future ends when {@code in} closes.
	 */
	public static Launcher<LanguageClient> connect(LanguageServerImpl server, InputStream in, OutputStream out, ExecutorService executor) {
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(in)
				.setOutput(out)
				.setExecutorService(executor)
				// a request that fails (a position beyond the text, a file that is gone) answers with what
				// went wrong, not with LSP4J's default of a Java stack trace in the error's data
				.setExceptionHandler(failure -> new ResponseError(ResponseErrorCode.InternalError,
						"The request could not be answered: " + describe(failure), null))
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher;
	}

	private static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse("");
	}

	/** A cached pool of daemon threads, so a lingering request never keeps the JVM alive. */
	public static ExecutorService daemonExecutor() {
		return Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "vnet-language-server");
			t.setDaemon(true);
			return t;
		});
	}
}
