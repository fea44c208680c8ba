package dev.valuenet.tests.support;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client for tests that ignores the server's messages and telemetry; what it does with diagnostics is the test's. */
public abstract class QuietLanguageClient implements LanguageClient {
	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
