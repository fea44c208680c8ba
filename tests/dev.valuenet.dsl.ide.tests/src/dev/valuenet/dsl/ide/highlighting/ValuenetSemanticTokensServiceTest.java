package dev.valuenet.dsl.ide.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.tasks.Priority;
import org.eclipse.xtext.tasks.TaskTag;
import org.eclipse.xtext.tasks.TaskTags;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.valuenet.dsl.ide.ValuenetIdeSetup;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.tests.support.Examples;

/**
 * The semantic tokens are Xtext's own, number for number, on every example and on a text with task tags;
 * a cancelled request stops after the colours are computed, before they are placed.
 */
class ValuenetSemanticTokensServiceTest {
	private static final String TASKS = """
			// TODO: name the segment
			network shop {
			  currency EUR
			  actor Maker : firm /* FIXME which kind? */
			  segment Buyers
			  flow goodsOut : goods Maker -> Buyers { 10k units/year }
			}
			""";

	private final Injector injector = new ValuenetIdeSetup().createInjectorAndDoEMFRegistration();

	@Test
	void everyExampleAndATextWithTasksHaveXtextsTokens() throws Exception {
		SemanticTokensService xtexts = new SemanticTokensService() {
		};
		injector.injectMembers(xtexts);
		ValuenetSemanticTokensService ours = injector.getInstance(ValuenetSemanticTokensService.class);
		assertEquals(xtexts.getTokenTypes(), ours.getTokenTypes());
		Map<Path, String> texts = new LinkedHashMap<>();
		List<Path> files = new ArrayList<>(Examples.files());
		files.add(Examples.folder().resolve("large/large-network.vnet"));
		for (Path file : files) {
			texts.put(file, Files.readString(file));
		}
		texts.put(Path.of("inline/tasks.vnet").toAbsolutePath(), TASKS);
		ModelSession session = ModelSession.of(injector).openTexts(texts);
		int tokens = 0;
		for (Map.Entry<Path, String> text : texts.entrySet()) {
			XtextResource resource = session.resource(text.getKey());
			Document document = new Document(1, text.getValue());
			List<Integer> expected = xtexts.semanticTokensFull(document, resource, params(), CancelIndicator.NullImpl).getData();
			assertEquals(expected, ours.semanticTokensFull(document, resource, params(), CancelIndicator.NullImpl).getData(), text.getKey().toString());
			tokens += expected.size() / 5;
		}
		assertTrue(tokens > 100_000, tokens + " tokens"); // the 5,200-actor example among them
	}

	@Test
	void aCancelledRequestEndsBeforeItsTokensArePlaced() {
		ValuenetSemanticTokensService ours = injector.getInstance(ValuenetSemanticTokensService.class);
		SemanticTokensService xtexts = new SemanticTokensService() {
		};
		injector.injectMembers(xtexts);
		Path file = Path.of("inline/tasks.vnet").toAbsolutePath();
		XtextResource resource = ModelSession.of(injector).openTexts(Map.of(file, TASKS)).resource(file);
		AtomicInteger during = new AtomicInteger(); // how often the colouring itself asks
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource, (offset, length, ids) -> {
		}, () -> during.incrementAndGet() < 0);
		// cancelled once the colours are computed: Xtext's service goes on, ours stops
		AtomicInteger asked = new AtomicInteger();
		xtexts.semanticTokensFull(new Document(1, TASKS), resource, params(), () -> asked.incrementAndGet() > during.get());
		asked.set(0);
		Throwable thrown = assertThrows(Throwable.class,
				() -> ours.semanticTokensFull(new Document(1, TASKS), resource, params(), () -> asked.incrementAndGet() > during.get()));
		assertTrue(new OperationCanceledManager().isOperationCanceledException(thrown), thrown.toString());
	}

	@Test
	void aTextWithoutATagsNameNeedsNoSearchForTasks() {
		TaskTags tags = new TaskTags();
		tags.getTaskTags().add(new TaskTag("TODO", Priority.NORMAL));
		tags.setCaseSensitive(true);
		assertTrue(ValuenetSemanticHighlightingCalculator.mayHoldTags("a // TODO b", tags));
		assertFalse(ValuenetSemanticHighlightingCalculator.mayHoldTags("a // todo b", tags));
		tags.setCaseSensitive(false);
		assertTrue(ValuenetSemanticHighlightingCalculator.mayHoldTags("a // todo b", tags));
		assertFalse(ValuenetSemanticHighlightingCalculator.mayHoldTags("network n { actor T : firm }", tags));
	}

	private static SemanticTokensParams params() {
		return new SemanticTokensParams(new TextDocumentIdentifier("file:///x.vnet"));
	}
}
