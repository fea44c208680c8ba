package dev.valuenet.dsl.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.Models;
import dev.valuenet.model.Document;
import dev.valuenet.model.Governance;
import dev.valuenet.model.Network;
import dev.valuenet.model.Norm;
import dev.valuenet.model.ValuenetPackage.Literals;

/** The text primitives on layouts the diagram tests (all canonical) do not reach. */
class TextEditsTest {

	private static final String CRAMPED = """
			network n {
			  actor A : firm actor B : firm
			  governance {
			    norm x "t" applies to A, B
			  }
			}
			""";

	private static Network network(String text) {
		XtextResource resource = Models.load(Map.of("t.vnet", text)).resources().values().iterator().next();
		return (Network) ((Document) resource.getContents().get(0)).getNetworks().get(0);
	}

	private static String apply(String text, List<TextChange> changes) {
		return TextChange.apply(text, changes);
	}

	@Test
	void theChangeBetweenTwoTextsIsWhatLiesBetweenTheirCommonStartAndEnd() {
		assertEquals(new TextChange(null, 4, 0, "x "), TextChange.between(null, "a b c", "a b x c"));
		assertEquals(new TextChange(null, 2, 2, ""), TextChange.between(null, "a b c", "a c"));
		assertEquals(new TextChange(null, 2, 1, "x"), TextChange.between(null, "a b c", "a x c"));
		assertEquals(new TextChange(null, 2, 0, "a"), TextChange.between(null, "aa", "aaa")); // repeats: the common start is taken first
		assertEquals(new TextChange(null, 5, 0, ""), TextChange.between(null, "a b c", "a b c"));
		for (String[] pair : new String[][] { { "", "abc" }, { "abc", "" }, { "network n {}", "network m { actor A : firm }" } }) {
			assertEquals(pair[1], TextChange.apply(pair[0], List.of(TextChange.between(null, pair[0], pair[1]))));
		}
	}

	@Test
	void anElementSharingItsLineIsCutOutAlone() {
		Network n = network(CRAMPED);
		assertEquals(CRAMPED.replace("  actor A : firm actor B : firm\n", "  actor B : firm\n"),
				apply(CRAMPED, TextEdits.deleteLines(List.of(n.getElements().get(0)))));
		assertEquals(CRAMPED.replace("  actor A : firm actor B : firm\n", "  actor A : firm\n"),
				apply(CRAMPED, TextEdits.deleteLines(List.of(n.getElements().get(1)))));
	}

	@Test
	void listValuesGoWithTheirComma() {
		Network n = network(CRAMPED);
		Norm norm = (Norm) ((Governance) n.getElements().get(2)).getStatements().get(0);
		assertEquals(CRAMPED.replace("applies to A, B", "applies to B"),
				apply(CRAMPED, List.of(TextEdits.removeListValue(norm, Literals.NORM__APPLIES_TO, 0))));
		assertEquals(CRAMPED.replace("applies to A, B", "applies to A"),
				apply(CRAMPED, List.of(TextEdits.removeListValue(norm, Literals.NORM__APPLIES_TO, 1))));
	}

	@Test
	void aOneLineBlockIsOpenedForItsFirstMember() {
		String text = "network m { }\n";
		Network m = network(text);
		assertEquals("network m {\n  actor A : firm\n}\n", apply(text, List.of(TextEdits.insertMember(m, null, "actor A : firm"))));
	}

	@Test
	void aMemberOnTheLastLineOfABlockBreaksTheLine() {
		String text = "network m { actor A : firm }\n";
		Network m = network(text);
		assertEquals("network m { actor A : firm\n  actor B : firm\n}\n",
				apply(text, List.of(TextEdits.insertMember(m, m.getElements().get(0), "actor B : firm"))));
	}

	@Test
	void overlappingChangesAreRejected() {
		try {
			TextChange.apply("abcdef", List.of(new TextChange(null, 1, 3, ""), new TextChange(null, 2, 3, "x")));
			org.junit.jupiter.api.Assertions.fail("overlapping changes were applied");
		} catch (IllegalArgumentException expected) {
			assertEquals(true, expected.getMessage().startsWith("overlapping or out-of-range change"));
		}
	}
}
