package dev.valuenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code valuenet diff} and {@code valuenet merge} as git calls them: arguments, output, exit codes, files. */
class GitDriversTest {

	@TempDir
	Path folder;

	static final String BASE = """
			network shop {
			  currency EUR
			  actor Maker : firm
			  actor Carrier : partner
			  segment Buyers
			  flow goodsOut : goods Maker -> Buyers { 10k units/year lead 3 d }
			  flow ship : service Carrier -> Maker { 200 trucks/year }
			  flow pay : money Buyers -> Maker { 2M EUR/year }
			}
			""";

	private Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void diffListsChangedPropertiesAndExitsOneOnDifferences() throws IOException {
		Path old = write("old.vnet", BASE);
		Path now = write("new.vnet", BASE.replace("10k units/year lead 3 d", "12k units/year lead 3 d").replace("  actor Carrier : partner\n",
				"  actor Carrier : partner\n  actor Bank : partner\n"));
		ValuenetTest.Result text = ValuenetTest.run("diff", old.toString(), now.toString());
		assertEquals(1, text.exit(), text.err());
		assertTrue(text.out().contains("network shop\n  + actor Bank : partner\n  ~ flow goodsOut\n      quantity: 10k units / year -> 12k units / year\n"),
				text.out());
		ValuenetTest.Result same = ValuenetTest.run("diff", "--no-metrics", old.toString(), old.toString());
		assertEquals(0, same.exit(), same.out());
		ValuenetTest.Result json = ValuenetTest.run("diff", "--format", "json", "--no-metrics", old.toString(), now.toString());
		JsonObject root = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals(2, root.getAsJsonArray("changes").size(), json.out());
		JsonObject changed = root.getAsJsonArray("changes").get(1).getAsJsonObject();
		assertEquals("changed", changed.get("type").getAsString());
		assertEquals("12k units / year", changed.getAsJsonArray("properties").get(0).getAsJsonObject().get("new").getAsString());
	}

	@Test
	void diffAsGitExternalDiffTakesSevenArgumentsAndExitsZero() throws IOException {
		Path old = write("old.vnet", BASE);
		Path now = write("new.vnet", BASE.replace("  flow ship : service Carrier -> Maker { 200 trucks/year }\n", ""));
		ValuenetTest.Result git = ValuenetTest.run("diff", "--git", "models/shop.vnet", old.toString(), "1111111", "100644", now.toString(),
				"2222222", "100644");
		assertEquals(0, git.exit(), git.err());
		assertTrue(git.out().startsWith("diff --valuenet a/models/shop.vnet b/models/shop.vnet\n--- a/models/shop.vnet\n+++ b/models/shop.vnet\n"),
				git.out());
		assertTrue(git.out().contains("  - flow ship : service Carrier -> Maker { 200 trucks/year }"), git.out()); // as written
		ValuenetTest.Result added = ValuenetTest.run("diff", "--git", "shop.vnet", "/dev/null", "0000000", "000000", now.toString(), "2222222",
				"100644");
		assertTrue(added.out().contains("+ network shop"), added.out());
	}

	@Test
	void mergeAsGitDriverWritesIntoOursAndCountsConflicts() throws IOException {
		Path base = write("base.vnet", BASE);
		Path ours = write("ours.vnet", BASE.replace("lead 3 d", "lead 4 d"));
		Path theirs = write("theirs.vnet", BASE.replace("10k units/year", "11k units/year").replace("200 trucks/year", "250 trucks/year"));
		ValuenetTest.Result clean = ValuenetTest.run("merge", "--git", base.toString(), ours.toString(), theirs.toString());
		assertEquals(0, clean.exit(), clean.err());
		String merged = Files.readString(ours);
		assertTrue(merged.contains("flow goodsOut : goods Maker -> Buyers { 11k units/year lead 4 d }"), merged);
		assertTrue(merged.contains("{ 250 trucks/year }"), merged);

		Path mine = write("mine.vnet", BASE.replace("2M EUR/year", "3M EUR/year").replace("200 trucks", "300 trucks"));
		Path other = write("other.vnet", BASE.replace("2M EUR/year", "4M EUR/year").replace("200 trucks", "100 trucks"));
		Path out = folder.resolve("out.vnet");
		ValuenetTest.Result conflicted = ValuenetTest.run("merge", base.toString(), mine.toString(), other.toString(), "-o", out.toString());
		assertEquals(2, conflicted.exit(), conflicted.err());
		assertTrue(conflicted.err().contains("conflict: network shop > flow pay"), conflicted.err());
		String text = Files.readString(out);
		assertTrue(text.contains("<<<<<<< ours\n  flow pay : money Buyers -> Maker { 3M EUR/year }\n=======\n  flow pay : money Buyers -> Maker { 4M EUR/year }\n>>>>>>> theirs\n"),
				text);

		Path broken = write("broken.vnet", "network shop { actor }");
		ValuenetTest.Result failed = ValuenetTest.run("merge", base.toString(), broken.toString(), theirs.toString(), "-o", out.toString());
		assertEquals(255, failed.exit());
		assertTrue(Files.readString(out).contains("network shop { actor }") && Files.readString(out).contains("11k units/year"),
				"both sides kept whole");
	}
}
