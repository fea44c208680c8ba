package dev.valuenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.cli.ValuenetTest.Result;

/**
 * Inputs that once broke a command (issue 9), from tests/dev.valuenet.cli.tests/hostile: each gets a
 * located message, an exit code of docs/cli.md and never an internal error.
 */
class HostileInputTest {

	@TempDir
	Path folder;

	/** The sample alone in a folder of its own (a model is its file plus the other files of its folder). */
	private Path sample(String name) throws IOException {
		Path own = Files.createDirectories(folder.resolve(name.replace(".vnet", "")));
		return Files.copy(Path.of("hostile", name), own.resolve(name));
	}

	private static Result run(String... args) {
		Result result = ValuenetTest.run(args);
		assertFalse(result.err().contains("internal error"), result.err());
		return result;
	}

	private static void assertLine(String output, String regex) {
		Pattern pattern = Pattern.compile(regex);
		assertTrue(output.lines().anyMatch(line -> pattern.matcher(line).matches()), () -> "no line matching " + regex + " in:\n" + output);
	}

	@Test
	void aCommentEndedByALoneCarriageReturnEndsThere() throws IOException {
		Path file = sample("lone-cr-comment.vnet");
		Result check = run("check", file.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit(), check.out() + check.err());
		assertLine(check.out(), Pattern.quote(file.toString()) + ":3:\\d+: error: .*\\[vnet.unresolved\\]");
		assertLine(check.out(), Pattern.quote(file.toString()) + ":4:\\d+: error: .*\\[vnet.self-flow\\]");
		assertEquals(Valuenet.PROBLEMS, run("metrics", file.toString()).exit());
		assertEquals(Valuenet.PROBLEMS, run("export", "--format", "json", file.toString()).exit());
	}

	@Test
	void aByteOrderMarkIsNotText() throws IOException {
		Path file = sample("byte-order-mark.vnet");
		Result check = run("check", file.toString());
		assertEquals(Valuenet.OK, check.exit(), check.out() + check.err());
		assertFalse(check.out().contains("vnet.syntax"), check.out());
		Result metrics = run("metrics", file.toString());
		assertEquals(Valuenet.OK, metrics.exit(), metrics.err());
		assertTrue(metrics.out().contains("2 actors"), metrics.out());
		// format keeps the mark: it is the file's encoding signature, not part of the layout
		byte[] before = Files.readAllBytes(file);
		assertEquals(Valuenet.OK, run("format", "--check", file.toString()).exit());
		assertEquals(Valuenet.OK, run("format", file.toString()).exit());
		assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8), Files.readString(file));
	}

	@Test
	void aFileReachedThroughLinksIsLoadedOnce() throws IOException {
		Path file = sample("byte-order-mark.vnet");
		Path model = file.getParent();
		Files.createSymbolicLink(model.resolve("symbolic.vnet"), file.getFileName());
		Files.createLink(model.resolve("hard.vnet"), file);
		Path elsewhere = Files.createSymbolicLink(folder.resolve("elsewhere"), model);

		// the folder holds the file three times; given twice more, through a linked folder
		Result check = run("check", model.toString(), elsewhere.resolve("hard.vnet").toString(), file.toString());
		assertEquals(Valuenet.OK, check.exit(), check.out() + check.err());
		assertFalse(check.out().contains("vnet.duplicate-name"), check.out());
		assertTrue(check.err().contains(" 1 file(s)"), check.err());

		// a model opened through a link: the file and its (linked) neighbours are one file
		Result metrics = run("metrics", model.resolve("symbolic.vnet").toString());
		assertEquals(Valuenet.OK, metrics.exit(), metrics.out() + metrics.err());
		Result whatIf = run("whatif", "--remove", "A", model.resolve("symbolic.vnet").toString());
		assertEquals(Valuenet.OK, whatIf.exit(), whatIf.out() + whatIf.err());
		Result export = run("export", "--format", "json", "--with", elsewhere.toString(), model.resolve("hard.vnet").toString());
		assertEquals(Valuenet.OK, export.exit(), export.err());
	}

	/**
	 * Devices and pipes are refused for what they are: reading /dev/zero ran out of memory, a pipe without
	 * a writer blocked for ever, and /dev/null failed in the parser. A file named other than *.vnet is
	 * read as .vnet text.
	 */
	@Test
	void specialFilesAreRefusedAndAnyFileNameIsRead() throws Exception {
		Path fifo = folder.resolve("pipe.vnet");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
			for (String special : new String[] { "/dev/zero", "/dev/null", fifo.toString() }) {
				Result check = run("check", special);
				assertEquals(Valuenet.PROBLEMS, check.exit(), check.out() + check.err());
				assertLine(check.out(), Pattern.quote(special) + ":1:1: error: The file is not a regular file but a device, pipe or socket;.*");
				Result metrics = run("metrics", special);
				assertEquals(Valuenet.USAGE, metrics.exit(), metrics.out() + metrics.err());
				assertTrue(metrics.err().contains("is not a regular file but a device, pipe or socket"), metrics.err());
			}
		});
		Path text = Files.writeString(folder.resolve("model.txt"), "network a.b {\n  actor A : firm\n  actor B : firm\n  flow f : goods A -> B\n}\n");
		Result check = run("check", text.toString());
		assertEquals(Valuenet.OK, check.exit(), check.out() + check.err());
	}

	/** history with a name no version knows: a usage error, not rows of NaN or "does not parse" and exit 0. */
	@Test
	void historyRefusesNamesNoVersionKnows() {
		String file = ValuenetTest.examples().resolve("auto").resolve("car-network.vnet").toString();
		Result actor = run("history", "--actor", "Nobody", file);
		assertEquals(Valuenet.USAGE, actor.exit(), actor.out() + actor.err());
		assertTrue(actor.err().contains("actor 'Nobody' is in no version of"), actor.err());
		Result network = run("history", "--network", "nope", file);
		assertEquals(Valuenet.USAGE, network.exit(), network.out() + network.err());
		assertTrue(network.err().contains("declares a network 'nope'"), network.err());
	}

	/** Every command that opens one FILE refuses it with "has errors" (exit 1), none fails internally. */
	private static void everyCommandRefuses(Path file) {
		String f = file.toString();
		String[][] commands = { { "metrics", f }, { "metrics", "--format", "json", f }, { "whatif", "--remove", "Maker", f },
				{ "attribute", "--method", "shapley", f }, { "attribute", "--method", "io", f }, { "render", f },
				{ "export", "--format", "json", f }, { "export", "--format", "kumu", f }, { "export", "--format", "graphml", f } };
		for (String[] command : commands) {
			Result result = run(command);
			assertEquals(Valuenet.PROBLEMS, result.exit(), String.join(" ", command) + ": " + result.err());
			assertTrue(result.err().contains("has errors"), String.join(" ", command) + ": " + result.err());
		}
	}

	@Test
	void anAmountThatOverflowsPerYearIsAnErrorOfTheFlow() throws IOException {
		Path file = sample("overflow-per-hour.vnet");
		Result check = run("check", file.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit(), check.out() + check.err());
		assertLine(check.out(), Pattern.quote(file.toString()) + ":7:\\d+: error: .*too large.*\\[vnet.number-out-of-range\\]");
		assertFalse(check.out().contains("could not run"), check.out());
		everyCommandRefuses(file);
	}

	@Test
	void aNumberBeyondADoubleAsWrittenIsAnError() throws IOException {
		Path file = sample("overflow-as-written.vnet");
		Result check = run("check", "--format", "json", file.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit(), check.out() + check.err());
		com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(check.out()).getAsJsonObject();
		assertTrue(json.getAsJsonArray("problems").asList().stream().map(p -> p.getAsJsonObject())
				.anyMatch(p -> p.get("code").getAsString().equals("vnet.number-out-of-range") && p.get("line").getAsInt() == 7),
				check.out());
		everyCommandRefuses(file);
	}

	@Test
	void jsonIsStrictNullForNaN() {
		com.google.gson.JsonObject json = new com.google.gson.JsonObject();
		json.addProperty("unknown", Double.NaN);
		json.addProperty("halfWidth", Double.POSITIVE_INFINITY);
		json.addProperty("known", 0.5);
		String text = Json.write(json);
		assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
		com.google.gson.JsonObject back = com.google.gson.JsonParser.parseString(text).getAsJsonObject();
		assertTrue(back.get("unknown").isJsonNull(), text);
		assertTrue(back.get("halfWidth").isJsonNull(), text);
		assertEquals(0.5, back.get("known").getAsDouble());
	}

	@Test
	void aKeywordAsANameSaysHowToEscapeIt() throws IOException {
		Path layer = sample("keyword-as-layer-name.vnet");
		Result check = run("check", layer.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit());
		assertLine(check.out(), Pattern.quote(layer.toString()) + ":2:\\d+: error: 'knowledge' is a keyword .*write '\\^knowledge'.*\\[vnet.syntax\\]");

		Path actor = sample("keyword-as-actor-name.vnet");
		check = run("check", actor.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit());
		assertLine(check.out(), Pattern.quote(actor.toString()) + ":3:\\d+: error: 'goods' is a keyword .*write '\\^goods'.*\\[vnet.syntax\\]");
		assertFalse(check.out().contains("''"), "no follow-on error about an empty name: " + check.out());

		// the advice works: escaped, the same files check clean of syntax errors
		for (Path file : new Path[] { layer, actor }) {
			String text = Files.readString(file).replace("layer knowledge", "layer ^knowledge").replace("actor goods", "actor ^goods")
					.replace("-> goods", "-> ^goods");
			Files.writeString(file, text);
			Result fixed = run("check", file.toString());
			assertFalse(fixed.out().contains("vnet.syntax"), fixed.out());
		}
	}

	@Test
	void aNumberWithAnExponentSaysHowToWriteIt() throws IOException {
		Path file = sample("exponent-number.vnet");
		Result check = run("check", file.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit());
		assertLine(check.out(), Pattern.quote(file.toString()) + ":4:\\d+: error: '1e400' is not a number .*k, M, B or T.*\\[vnet.syntax\\]");
		everyCommandRefuses(file);
	}

	@Test
	void anUnclosedTextOrCommentSaysWhereItStarts() throws IOException {
		Path text = sample("unclosed-text.vnet");
		Result check = run("check", text.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit());
		assertLine(check.out(), Pattern.quote(text.toString()) + ":2:\\d+: error: A quoted \"text\" that starts here is never closed.*\\[vnet.syntax\\]");
		Path comment = sample("unclosed-comment.vnet");
		check = run("check", comment.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit());
		assertLine(check.out(), Pattern.quote(comment.toString()) + ":2:\\d+: error: A /\\* comment that starts here is never closed.*\\[vnet.syntax\\]");
	}

	@Test
	void aHyphenatedUnitSaysToWriteAnUnderscore() throws IOException {
		Path file = sample("hyphenated-unit.vnet");
		Result check = run("check", file.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit());
		assertLine(check.out(), Pattern.quote(file.toString()) + ":4:\\d+: error: 'CI-jobs' is not one word.*'CI_jobs'.*\\[vnet.syntax\\]");
		Files.writeString(file, Files.readString(file).replace("CI-jobs", "CI_jobs"));
		assertFalse(run("check", file.toString()).out().contains("vnet.syntax"));
	}

	@Test
	void aRuleThatDidNotParseIsOnlyASyntaxError() throws IOException {
		Path file = sample("rule-without-metric.vnet");
		Result check = run("check", file.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit());
		assertLine(check.out(), Pattern.quote(file.toString()) + ":7:\\d+: error: .*\\[vnet.syntax\\]");
		assertFalse(check.out().contains("could not run"), check.out());
		assertFalse(check.out().contains("null"), check.out());
	}
}
