package dev.valuenet.dsl.ide.folding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.valuenet.dsl.ide.ValuenetIdeSetup;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.tests.support.Examples;

/**
 * Folding offers what Xtext's offers (ranges over several lines, as the editor keeps them), except a
 * one-line element folded together with the comment above it.
 */
class ValuenetFoldingRangeProviderTest {

	private static Injector injector;

	@BeforeAll
	static void language() {
		injector = new ValuenetIdeSetup().createInjectorAndDoEMFRegistration();
	}

	@Test
	void everyExampleFoldsAsXtextFoldsItButNoCommentWithTheLineBelow() throws Exception {
		IFoldingRangeProvider ours = injector.getInstance(IFoldingRangeProvider.class);
		assertTrue(ours instanceof ValuenetFoldingRangeProvider, ours.getClass().getName());
		DefaultFoldingRangeProvider xtexts = injector.getInstance(DefaultFoldingRangeProvider.class);
		ModelSession session = ModelSession.of(injector).openPaths(Examples.files());
		int folds = 0;
		for (Path file : Examples.files()) {
			XtextResource resource = session.resource(file);
			String text = resource.getParseResult().getRootNode().getText();
			Set<String> mine = lineRanges(ours, resource, text);
			Set<String> theirs = lineRanges(xtexts, resource, text);
			assertTrue(theirs.containsAll(mine), file + ": " + mine + " not all in " + theirs);
			List<String> left = new ArrayList<>(theirs);
			left.removeAll(mine);
			for (String range : left) {
				String firstLine = text.lines().skip(Integer.parseInt(range.split("-")[0])).findFirst().orElse("").strip();
				assertTrue(firstLine.startsWith("//") || firstLine.startsWith("/*"), file + " lost the fold " + range + " at: " + firstLine);
			}
			folds += mine.size();
		}
		assertTrue(folds > 20, folds + " folds in the examples");
	}

	@Test
	void blockCommentsAndElementsOverSeveralLinesFold() {
		String text = """
				network shop {
				  /* the maker
				     and its buyers */
				  actor Maker : firm
				  segment Buyers
				  flow goodsOut : goods
				    Maker -> Buyers { 10k units/year }
				  flow cash : money Buyers -> Maker
				}
				""";
		ModelSession session = ModelSession.of(injector).openTexts(Map.of(Path.of("inline/shop.vnet").toAbsolutePath(), text));
		XtextResource resource = session.resource(Path.of("inline/shop.vnet").toAbsolutePath());
		Set<String> ranges = lineRanges(injector.getInstance(IFoldingRangeProvider.class), resource, text);
		assertEquals(Set.of("0-8", "1-2", "5-6"), ranges);
		assertFalse(ranges.contains("7-7"));
	}

	/** "startLine-endLine" (0-based) of each range over more than one line, as the language server sends them. */
	private static Set<String> lineRanges(IFoldingRangeProvider provider, XtextResource resource, String text) {
		Set<String> result = new TreeSet<>();
		for (FoldingRange range : provider.getFoldingRanges(resource, CancelIndicator.NullImpl)) {
			int start = lineOf(text, range.getOffset());
			int end = lineOf(text, range.getOffset() + range.getLength());
			if (start < end) {
				result.add(start + "-" + end);
			}
		}
		return result;
	}

	private static int lineOf(String text, int offset) {
		int line = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
