package dev.valuenet.dsl.ide.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

import dev.valuenet.tests.support.QuietLanguageClient;

/** A language client for tests: keeps the diagnostics last published per URI and the order of publishing. */
final class RecordingClient extends QuietLanguageClient {
	final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();
	final List<String> publishedUris = new CopyOnWriteArrayList<>();

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		published.put(params.getUri(), params.getDiagnostics());
		publishedUris.add(params.getUri());
	}
}
