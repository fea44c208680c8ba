package dev.valuenet.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.dsl.ide.ValuenetIdeSetup;

/**
 * The indexed document answers as Xtext's own {@link Document} (the reference: it scans the text) for
 * every offset and position of texts with '\n', "\r\n", lone '\r', empty lines and no final newline,
 * exceptions included; and the server's workspace manager hands it out for open and closed files.
 */
class LineIndexedDocumentTest {
	@TempDir
	Path workspace;

	@Test
	void answersAsXtextsDocumentForEveryOffsetAndPosition() {
		Random random = new Random(42);
		char[] alphabet = { 'a', 'b', '\n', '\n', '\r', ' ' };
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(40); i > 0; i--) text.append(alphabet[random.nextInt(alphabet.length)]);
			Document reference = new Document(1, text.toString(), false);
			Document indexed = LineIndexedDocument.of(reference);
			String at = "text " + text.toString().replace("\n", "\\n").replace("\r", "\\r");
			assertEquals(reference.getLineCount(), indexed.getLineCount(), at);
			for (int offset = -1; offset <= text.length() + 1; offset++) {
				int o = offset;
				assertEquals(outcome(() -> reference.getPosition(o)), outcome(() -> indexed.getPosition(o)), at + " offset " + o);
			}
			for (int line = -1; line <= reference.getLineCount(); line++) {
				int l = line;
				assertEquals(outcome(() -> reference.getLineContent(l)), outcome(() -> indexed.getLineContent(l)), at + " line " + l);
				for (int column = -1; column <= text.length() + 1; column++) {
					Position p = new Position(line, column);
					assertEquals(outcome(() -> reference.getOffSet(p)), outcome(() -> indexed.getOffSet(p)), at + " position " + p);
				}
			}
		}
	}

	@Test
	void theServersWorkspaceManagerHandsOutIndexedDocuments() throws Exception {
		Path file = Files.writeString(workspace.resolve("trade.vnet"), "network trade.net {\n  actor Shop : firm\n}\n");
		ExecutorService executor = ValuenetLanguageServers.daemonExecutor();
		try {
			WorkspaceManager manager = ValuenetLanguageServers.injector(new ValuenetIdeSetup().createInjectorAndDoEMFRegistration(), executor, () -> {
			}).getInstance(WorkspaceManager.class);
			manager.initialize(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")), (uri, issues) -> {
			}, CancelIndicator.NullImpl);
			URI uri = URI.createURI(file.toUri().toString());
			assertInstanceOf(LineIndexedDocument.class, manager.doRead(uri, (document, resource) -> document), "a file not open");

			manager.didOpen(uri, 1, Files.readString(file)).build(CancelIndicator.NullImpl);
			assertInstanceOf(LineIndexedDocument.class, manager.doRead(uri, (document, resource) -> document), "an opened file");

			String changed = "network trade.net {\n  actor Shop : firm\n  actor Mill : supplier\n}\n";
			manager.didChangeTextDocumentContent(uri, 2, List.of(new TextDocumentContentChangeEvent(changed))).build(CancelIndicator.NullImpl);
			Document document = manager.doRead(uri, (d, resource) -> d);
			assertInstanceOf(LineIndexedDocument.class, document, "an edited file");
			assertEquals(changed, document.getContents());
			assertEquals(new Position(2, 8), document.getPosition(changed.indexOf("Mill")));
		} finally {
			executor.shutdownNow();
		}
	}

	/** The value, or the exception's class: both documents must agree on which inputs they refuse. */
	private static Object outcome(Callable<Object> call) {
		try {
			return call.call();
		} catch (Exception e) {
			return e.getClass();
		}
	}
}
