package dev.valuenet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Injector;

import dev.valuenet.dsl.ide.ValuenetIdeSetup;
import dev.valuenet.dsl.ide.server.ValuenetLanguageServers;
import dev.valuenet.validation.MetricValidator;

/**
 * {@code valuenet lsp}: Xtext's language server for .vnet over stdin/stdout, for any LSP client
 * (VS Code, Neovim, Emacs). The same services as the workbench's editor: diagnostics with the metric
 * checks, completion, hover, definition, references, rename, formatting, code actions, symbols.
 */
final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String summary() {
		return "language server on stdin/stdout for VS Code, Neovim, Emacs...";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet lsp [--stdio]

				Runs the .vnet language server (Language Server Protocol, JSON-RPC with
				Content-Length headers) on standard input and output until the client sends "exit"
				or closes standard input. The client's workspace folders (rootUri) are scanned for
				.vnet files, so references across files resolve.

				Features: diagnostics (syntax, references, units, structure; metric checks and
				governance rules for saved files), completion, hover, go to definition, references,
				rename, document symbols, formatting, code actions (quick fixes), semantic tokens.

				Nothing but protocol messages is written to standard output; anything else goes to
				standard error. The README shows how to wire it into VS Code and Neovim.

				Options:
				  --stdio   accepted and ignored (stdio is the only transport; some clients pass it)
				  --help    this help

				Exit codes: 0 after "exit" or the end of input, 2 if the server could not start.
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--stdio", false);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		if (!arguments.paths().isEmpty()) {
			throw new Arguments.UsageException("takes no paths; the client's workspace folders are used");
		}
		// the protocol owns standard output: stray prints from any library go to stderr instead
		PrintStream protocol = out;
		if (out == System.out) {
			System.setOut(err);
		}
		logConcisely(err);
		CompletableFuture<Void> exited = new CompletableFuture<>();
		Future<Void> listening = serve(System.in, protocol, () -> exited.complete(null)).startListening();
		while (!listening.isDone() && !exited.isDone()) {
			try {
				exited.get(200, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// poll again: the input may have closed
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			} catch (ExecutionException e) {
				break;
			}
		}
		protocol.flush();
		return Valuenet.OK;
	}

	/**
	 * LSP4J reports malformed input (a bad Content-Length, text that is not JSON) through
	 * java.util.logging, with a stack trace per message: one line each on standard error instead.
	 */
	private static void logConcisely(PrintStream err) {
		java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
		for (java.util.logging.Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		root.addHandler(new java.util.logging.Handler() {
			@Override
			public void publish(java.util.logging.LogRecord record) {
				String message = new java.util.logging.SimpleFormatter().formatMessage(record);
				String first = message == null ? "" : message.lines().findFirst().orElse("");
				err.println("valuenet lsp: " + record.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": " + first);
			}

			@Override
			public void flush() {
				err.flush();
			}

			@Override
			public void close() {
				flush();
			}
		});
	}

	/**
	 * A server for the .vnet language (with the metric checks) connected to {@code in}/{@code out};
	 * call {@code startListening()} on the result. {@code onExit} runs on the "exit" notification.
	 */
	static Launcher<LanguageClient> serve(InputStream in, OutputStream out, Runnable onExit) {
		Injector language = new ValuenetIdeSetup().createInjectorAndDoEMFRegistration();
		MetricValidator.install(language);
		ExecutorService executor = ValuenetLanguageServers.daemonExecutor();
		LanguageServerImpl server = ValuenetLanguageServers.create(language, executor, () -> {
			onExit.run();
			executor.shutdown();
		});
		return ValuenetLanguageServers.connect(server, in, out, executor);
	}
}
