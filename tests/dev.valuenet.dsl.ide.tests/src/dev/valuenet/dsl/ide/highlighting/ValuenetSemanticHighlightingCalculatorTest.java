package dev.valuenet.dsl.ide.highlighting;

import static dev.valuenet.dsl.ide.highlighting.ValuenetSemanticHighlightingCalculator.DECLARATION;
import static dev.valuenet.dsl.ide.highlighting.ValuenetSemanticHighlightingCalculator.FLOW;
import static dev.valuenet.dsl.ide.highlighting.ValuenetSemanticHighlightingCalculator.KIND;
import static dev.valuenet.dsl.ide.highlighting.ValuenetSemanticHighlightingCalculator.NETWORK;
import static dev.valuenet.dsl.ide.highlighting.ValuenetSemanticHighlightingCalculator.PARTICIPANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.valuenet.dsl.ide.ValuenetIdeSetup;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.tests.support.Examples;

/** Semantic colours: declarations and references of one thing get the same token type; kinds are enum members. */
class ValuenetSemanticHighlightingCalculatorTest {

	private static Injector injector;

	@BeforeAll
	static void language() {
		injector = new ValuenetIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static final String TEXT = """
			network shop {
			  currency EUR
			  actor Maker : firm
			  segment Buyers
			  flow goodsOut : goods Maker -> Buyers { 10k units/year }
			}
			""";

	/** Offset -> "text style style..." of every coloured position. */
	private static Map<Integer, String> colours(String text) {
		Path file = Path.of("inline/shop.vnet").toAbsolutePath();
		ModelSession session = ModelSession.of(injector).openTexts(Map.of(file, text));
		XtextResource resource = session.resource(file);
		Map<Integer, String> colours = new TreeMap<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> colours.merge(offset, text.substring(offset, offset + length) + " " + String.join(" ", ids),
						(a, b) -> a + " | " + b),
				CancelIndicator.NullImpl);
		return colours;
	}

	private static String at(Map<Integer, String> colours, String text, String needle, int occurrence) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(needle, offset + 1);
		}
		return colours.get(offset);
	}

	@Test
	void declarationsAndReferencesShareTheirTokenType() {
		Map<Integer, String> colours = colours(TEXT);
		assertEquals("shop " + NETWORK + " " + DECLARATION, at(colours, TEXT, "shop", 0));
		assertEquals("Maker " + PARTICIPANT + " " + DECLARATION, at(colours, TEXT, "Maker", 0));
		assertEquals("Maker " + PARTICIPANT, at(colours, TEXT, "Maker", 1));
		assertEquals("Buyers " + PARTICIPANT, at(colours, TEXT, "Buyers", 1));
		assertEquals("goodsOut " + FLOW + " " + DECLARATION, at(colours, TEXT, "goodsOut", 0));
		assertEquals("firm " + KIND, at(colours, TEXT, "firm", 0));
		assertEquals("goods " + KIND, at(colours, TEXT, "goods ", 0));
	}

	@Test
	void everyExampleColoursItsDeclarationsWithKnownTokenTypes() throws Exception {
		Set<String> known = Set.of(PARTICIPANT, ValuenetSemanticHighlightingCalculator.ROLE, ValuenetSemanticHighlightingCalculator.TIE, FLOW,
				ValuenetSemanticHighlightingCalculator.LAYER, ValuenetSemanticHighlightingCalculator.VALUE, NETWORK,
				ValuenetSemanticHighlightingCalculator.STATEMENT, KIND, DECLARATION);
		for (Path example : Examples.files()) {
			String text = Files.readString(example);
			Map<Integer, String> colours = colours(text);
			long declarations = colours.values().stream().filter(c -> c.endsWith(" " + DECLARATION)).count();
			assertTrue(declarations > 5, example + ": " + declarations + " coloured declarations");
			for (String colour : colours.values()) {
				for (String part : colour.split(" \\| ")) {
					List<String> ids = Arrays.asList(part.split(" ")).subList(1, part.split(" ").length);
					assertTrue(known.containsAll(ids), example + ": " + part);
				}
			}
		}
	}

	/**
	 * One walk of each object's nodes finds, for every feature, the nodes Xtext's
	 * {@code NodeModelUtils.findNodesForFeature} finds: on every object of every example.
	 */
	@Test
	void oneWalkFindsWhatXtextFindsPerFeature() throws java.io.IOException {
		ModelSession session = ModelSession.of(injector).openPaths(Examples.files());
		int compared = 0;
		for (XtextResource resource : session.workspace().resources().values()) {
			for (org.eclipse.emf.ecore.EObject object : (Iterable<org.eclipse.emf.ecore.EObject>) resource::getAllContents) {
				var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(object);
				Map<String, List<org.eclipse.xtext.nodemodel.INode>> found = ValuenetSemanticHighlightingCalculator.nodesByFeature(object, node);
				for (var feature : object.eClass().getEAllStructuralFeatures()) {
					List<org.eclipse.xtext.nodemodel.INode> xtexts = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(object, feature);
					assertEquals(xtexts, found.getOrDefault(feature.getName(), List.of()), () -> object + " " + feature.getName());
					compared += xtexts.size();
				}
			}
		}
		assertTrue(compared > 5000, compared + " nodes compared");
	}

	/** Task tags are coloured in comments as Xtext colours them; a text without any tag has no task colour. */
	@Test
	void taskTagsInCommentsAreColouredAndATextWithoutTagsHasNone() {
		Map<Integer, String> tagged = colours(TEXT.replace("  currency EUR", "  // TODO name the buyers\n  currency EUR"));
		assertTrue(tagged.values().stream().anyMatch(c -> c.startsWith("TODO") && c.endsWith(" task")), tagged.toString());
		assertTrue(colours(TEXT).values().stream().noneMatch(c -> c.endsWith(" task")), colours(TEXT).toString());
	}
}
