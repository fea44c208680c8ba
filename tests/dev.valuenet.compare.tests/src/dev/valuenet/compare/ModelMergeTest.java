package dev.valuenet.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Three-way merges of generated branch pairs of a real model. Each branch edits one line; the
 * expected result is the base with both edits applied, built independently of the merge by editing
 * the base's lines. The pairs edit the same or adjacent lines, which a line merge (diff3, git
 * merge-file) reports as a conflict: the element merge must merge them cleanly and lose nothing.
 */
class ModelMergeTest {

	static String base() throws IOException {
		Path examples = Path.of(System.getProperty("valuenet.examples", "../../examples"));
		return Files.readString(examples.resolve("auto/car-network.vnet"));
	}

	static ModelMerge.Result merge(String base, String ours, String theirs) {
		return ModelMerge.merge(Version.parse("BASE", "base.vnet", base), Version.parse("OURS", "ours.vnet", ours),
				Version.parse("THEIRS", "theirs.vnet", theirs), "ours", "theirs");
	}

	/** One line edit: a replacement of line {@code line} (null text: delete it), or lines inserted before it. */
	record Edit(String name, int line, UnaryOperator<String> change, String insertBefore) {
		List<String> apply(List<String> lines) {
			List<String> result = new ArrayList<>(lines);
			if (insertBefore != null) {
				result.add(line, insertBefore);
			} else {
				String changed = change.apply(result.get(line));
				if (changed == null) result.remove(line);
				else result.set(line, changed);
			}
			return result;
		}
	}

	private static final Pattern QUANTITY = Pattern.compile("\\{ (\\d+)");
	private static final Pattern ACCURACY = Pattern.compile("accuracy (\\d+(\\.\\d+)?)%");

	/** The edits that apply to a flow line: each changes a different property, or the line as a whole. */
	static List<Edit> editsOf(List<String> lines, int i, int serial) {
		String line = lines.get(i);
		List<Edit> edits = new ArrayList<>();
		if (QUANTITY.matcher(line).find()) {
			edits.add(new Edit("quantity", i, l -> QUANTITY.matcher(l).replaceFirst(Matcher.quoteReplacement("{ ") + "$1" + "7"), null));
		}
		if (ACCURACY.matcher(line).find()) {
			edits.add(new Edit("accuracy", i, l -> ACCURACY.matcher(l).replaceFirst("accuracy 42%"), null));
		}
		if (!line.contains("strength") && line.contains(" }")) {
			edits.add(new Edit("strength", i, l -> {
				int close = l.lastIndexOf(" }");
				return l.substring(0, close) + " strength low" + l.substring(close);
			}, null));
		}
		edits.add(new Edit("delete", i, l -> null, null));
		edits.add(new Edit("comment", i, null, "  // reviewed " + serial));
		edits.add(new Edit("new-actor", i, null, "  actor Generated" + serial + " : supplier \"generated " + serial + "\""));
		return edits;
	}

	static boolean isFlowLine(String line) {
		return line.startsWith("  flow ") && line.contains("{") && !line.contains("//");
	}

	/** Whether two edits on one line touch different parts of it (so both can apply). */
	static boolean composable(Edit a, Edit b) {
		return a.line == b.line && a.insertBefore == null && b.insertBefore == null && !a.name.equals(b.name)
				&& !a.name.equals("delete") && !b.name.equals("delete");
	}

	@Test
	void generatedBranchPairsMergeWithoutFalseConflictsAndLoseNothing() throws IOException {
		String base = base();
		List<String> lines = List.of(base.split("\n", -1));
		List<Integer> flows = new ArrayList<>();
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (isFlowLine(lines.get(i)) && isFlowLine(lines.get(i + 1))) flows.add(i);
		}
		Random random = new Random(12);
		int merged = 0;
		int sameLine = 0;
		for (int round = 0; round < 40; round++) {
			int i = flows.get(random.nextInt(flows.size()));
			Edit mine;
			Edit theirs;
			List<Edit> onI = editsOf(lines, i, 2 * round);
			if (round % 3 == 0) {
				// the same line, different properties
				List<Edit> changes = onI.stream().filter(e -> e.insertBefore == null && !e.name.equals("delete")).toList();
				if (changes.size() < 2) continue;
				mine = changes.get(0);
				theirs = changes.get(1 + random.nextInt(changes.size() - 1));
				sameLine++;
			} else {
				mine = onI.get(random.nextInt(onI.size()));
				List<Edit> next = editsOf(lines, i + 1, 2 * round + 1);
				theirs = next.get(random.nextInt(next.size()));
			}
			List<String> ours = mine.apply(lines);
			List<String> their = theirs.apply(lines);
			List<String> expected;
			if (composable(mine, theirs)) {
				expected = theirs.apply(mine.apply(lines));
			} else {
				// the later line first, so the earlier line's index stays valid
				expected = mine.apply(theirs.apply(lines));
			}
			String description = "round " + round + ": ours " + mine.name + "@" + (mine.line + 1) + ", theirs " + theirs.name + "@" + (theirs.line + 1);
			ModelMerge.Result result = merge(base, String.join("\n", ours), String.join("\n", their));
			assertEquals(List.of(), result.conflicts(), description);
			assertTrue(result.formatted(), description);
			ModelTree.Node want = ModelTree.of(Version.parse("EXPECTED", "expected.vnet", String.join("\n", expected)).document()).root();
			Version got = Version.parse("MERGED", "merged.vnet", result.text());
			assertFalse(got.hasSyntaxErrors(), description + "\n" + result.text());
			ModelTree.Node actual = ModelTree.of(got.document()).root();
			assertTrue(want.sameAs(actual), description + ": " + ModelDiff.compare(
					Version.parse("EXPECTED", "expected.vnet", String.join("\n", expected)).document(), got.document()).changes());
			for (Edit edit : List.of(mine, theirs)) {
				if (edit.insertBefore != null && edit.name.equals("comment")) {
					assertTrue(result.text().contains(edit.insertBefore.strip()), description + ": the comment survives");
				}
			}
			merged++;
		}
		assertTrue(merged >= 30 && sameLine >= 8, merged + " merges, " + sameLine + " on the same line");
	}

	@Test
	void theSamePropertyChangedBothWaysIsOneConflictAroundTheFlow() throws IOException {
		String base = base();
		String ours = base.replace("flow tirePay : money OEM -> Tires { 29M USD/year }", "flow tirePay : money OEM -> Tires { 31M USD/year }");
		String theirs = base.replace("flow tirePay : money OEM -> Tires { 29M USD/year }", "flow tirePay : money OEM -> Tires { 27M USD/year }")
				.replace("actor Seats : supplier", "actor Seats : partner");
		ModelMerge.Result result = merge(base, ours, theirs);
		assertEquals(1, result.conflictCount(), result.conflicts().toString());
		assertTrue(result.conflicts().get(0).contains("flow tirePay") && result.conflicts().get(0).contains("quantity"), result.conflicts().get(0));
		String text = result.text();
		assertTrue(text.contains("<<<<<<< ours\n  flow tirePay : money OEM -> Tires { 31M USD/year }\n=======\n"
				+ "  flow tirePay : money OEM -> Tires { 27M USD/year }\n>>>>>>> theirs\n"), text);
		assertTrue(text.contains("actor Seats : partner"), "the other change is merged");
		assertEquals(1, text.split("<<<<<<<", -1).length - 1);
	}

	@Test
	void deletedOnOneSideAndChangedOnTheOtherIsAConflict() throws IOException {
		String base = base();
		String line = "  flow ecuSpec : data OEM -> Electronics { quarterly via ecuInterface }\n";
		String ours = base.replace(line, "");
		String theirs = base.replace(line, line.replace("quarterly", "monthly"));
		ModelMerge.Result result = merge(base, ours, theirs);
		assertEquals(1, result.conflictCount(), result.conflicts().toString());
		assertTrue(result.text().contains("<<<<<<< ours\n=======\n" + line.replace("quarterly", "monthly") + ">>>>>>> theirs\n"), result.text());
		// and the other way round
		ModelMerge.Result reverse = merge(base, theirs, ours);
		assertEquals(1, reverse.conflictCount());
		assertTrue(reverse.text().contains("<<<<<<< ours\n" + line.replace("quarterly", "monthly") + "=======\n>>>>>>> theirs\n"), reverse.text());
	}

	@Test
	void elementsAddedAtTheSamePlaceBothSurviveInOrder() throws IOException {
		String base = base();
		String anchor = "  actor RetailBank : Lender \"High-street bank\"\n";
		String ours = base.replace(anchor, anchor + "  actor Mine : partner\n");
		String theirs = base.replace(anchor, anchor + "  /** added on the other branch */\n  actor Theirs : partner\n");
		ModelMerge.Result result = merge(base, ours, theirs);
		assertEquals(List.of(), result.conflicts());
		assertTrue(result.text().contains(anchor + "  actor Mine : partner\n  /** added on the other branch */\n  actor Theirs : partner\n"),
				result.text());
	}

	@Test
	void aMergeOfNothingIsOursFormatted() throws IOException {
		String base = base();
		ModelMerge.Result result = merge(base, base, base);
		assertEquals(List.of(), result.conflicts());
		assertEquals(base, result.text(), "the example is formatted, so the merge of no change is the example itself");
	}
}
