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

	// ---- the hostile-input sweep of the command line (issue 10): messages that say what to do -------------

	private static final String SHOP = """
			network shop {
			  currency EUR
			  actor Maker : firm
			  segment Buyers
			  flow goodsOut : goods Maker -> Buyers { 10k units/year }
			  flow pay : money Buyers -> Maker { 2M EUR/year }
			}
			""";

	private Path shop() throws IOException {
		Path file = folder.resolve("shop").resolve("shop.vnet");
		Files.createDirectories(file.getParent());
		return Files.writeString(file, SHOP);
	}

	/** A site written through a link lands in the link's target, and a folder that is rewritten keeps its mode. */
	@Test
	void aSiteIsWrittenThroughALinkAndKeepsTheFolderMode() throws IOException {
		Path model = shop();
		Path real = Files.createDirectory(folder.resolve("real"));
		Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
		Path link = Files.createSymbolicLink(folder.resolve("link"), real.getFileName());
		for (int i = 0; i < 2; i++) { // a new site, then a rewritten one
			Result site = run("site", "-o", link.toString(), model.toString());
			assertEquals(Valuenet.OK, site.exit(), site.err());
			assertTrue(Files.isSymbolicLink(link), "the link stays a link");
			assertTrue(Files.isRegularFile(real.resolve("index.html")), "the pages are in the link's target");
			assertEquals("rwxr-x---", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
		}
	}

	/** compare and attribute name the unit of every amount and value they print. */
	@Test
	void figuresNameTheirUnits() throws IOException {
		Result compare = run("compare", "auto.oem", "auto.ev", ValuenetTest.examples().resolve("auto").toString());
		assertEquals(Valuenet.OK, compare.exit(), compare.err());
		assertLine(compare.out(), "  steelToSuspension: .*: amount/year 5500 t -> 6100 t");
		assertLine(compare.out(), "  brakePay: .*: amount/year 26000000 EUR -> 18000000 EUR");
		assertLine(compare.out(), "  OEM strength.in \\(EUR/year\\): 2954320000 -> 2309980000 \\(-644340000\\)");
		assertLine(compare.out(), "  OEM betweenness: [0-9.]+ -> [0-9.]+ \\(.*\\)");

		Result io = run("attribute", "--method", "io", ValuenetTest.examples().resolve("multi-file/actors.vnet").toString());
		assertEquals(Valuenet.OK, io.exit(), io.err());
		assertTrue(io.out().contains("pays out 1,105,500,000 EUR but takes in 1,088,000,000 EUR a year"), io.out());

		// 30 actors are sampled; a budget of 0 s allows one permutation, which cannot estimate the error
		StringBuilder chain = new StringBuilder("network s.p {\n  currency EUR\n  segment Buyers\n");
		for (int i = 0; i < 30; i++) {
			chain.append("  actor A").append(i).append(" : firm\n");
			String to = i == 29 ? "Buyers" : "A" + (i + 1);
			chain.append("  flow g").append(i).append(" : goods A").append(i).append(" -> ").append(to).append(" { 1 units/year price 10 EUR/unit }\n");
		}
		Path file = folder.resolve("chain").resolve("chain.vnet");
		Files.createDirectories(file.getParent());
		Files.writeString(file, chain.append("}\n"));
		Result shapley = run("attribute", "--method", "shapley", "--budget", "0", file.toString());
		assertEquals(Valuenet.OK, shapley.exit(), shapley.err());
		assertFalse(shapley.out().contains("Infinity"), shapley.out());
		assertTrue(shapley.out().contains("too few permutations within the budget to estimate their error: give a larger --budget"), shapley.out());
	}

	@Test
	void anEmptyOutIsAUsageError() throws IOException {
		Path model = shop();
		Result export = run("export", "--out", "", model.toString());
		assertEquals(Valuenet.USAGE, export.exit(), export.err());
		assertTrue(export.err().contains("option '--out' is empty; give a file name"), export.err());
		Result site = run("site", "-o", "", model.toString());
		assertEquals(Valuenet.USAGE, site.exit(), site.err());
		assertTrue(site.err().contains("option '--out' is empty; give the site folder"), site.err());
	}

	/** git stops its whole diff at a driver that exits non-zero: --git exits 0 and says what went wrong. */
	@Test
	void diffForGitExits0OnAFileItCannotRead() throws IOException {
		Path model = shop();
		String missing = folder.resolve("gone.vnet").toString();
		Result git = run("diff", "--git", "shop.vnet", missing, "0000000", "100644", model.toString(), "0000000", "100644");
		assertEquals(Valuenet.OK, git.exit(), git.out() + git.err());
		assertTrue(git.out().contains("no semantic diff of b/shop.vnet"), git.out());
		assertEquals(Valuenet.USAGE, run("diff", missing, model.toString()).exit(), "without --git a missing file is an I/O failure");
	}

	@Test
	void aMergeLabelWithALineBreakIsRefused() throws IOException {
		Path model = shop();
		Path out = folder.resolve("merged.vnet");
		Result merge = run("merge", "--theirs-label", "theirs\nnetwork x {}", "-o", out.toString(), model.toString(), model.toString(),
				model.toString());
		assertEquals(MergeCommand.FAILURE, merge.exit(), merge.err());
		assertTrue(merge.err().contains("--theirs-label must be one line"), merge.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void usageMessagesSayWhatIsMissing() throws IOException {
		Path model = shop();
		Result attribute = run("attribute", model.toString());
		assertEquals(Valuenet.USAGE, attribute.exit());
		assertTrue(attribute.err().contains("--method is required: give --method shapley (Shapley values) or --method io"), attribute.err());

		Result format = run("import", "--format", "bogus", "-o", folder.resolve("x.vnet").toString(), model.toString());
		assertEquals(Valuenet.USAGE, format.exit());
		assertTrue(format.err().contains("unknown format 'bogus'; import reads graphml, gexf, kumu, kumu-csv, csv, xlsx, records, aggregate"),
				format.err());
		Result dot = run("import", "--format", "dot", "-o", folder.resolve("x.vnet").toString(), model.toString());
		assertTrue(dot.err().contains("dot is export only; import reads graphml"), dot.err());

		Result help = run("help", "help");
		assertEquals(Valuenet.OK, help.exit(), help.err());
		assertEquals(Valuenet.usage(), help.out());

		Result layer = run("metrics", "--layer", model.toString());
		assertEquals(Valuenet.USAGE, layer.exit());
		assertTrue(layer.err().contains("option '--layer' lacks a value: it took '" + model + "'"), layer.err());
		Result export = run("export", "--out", folder.resolve("copy.vnet").toString());
		assertTrue(export.err().contains("give exactly one .vnet file"), "--out names a file: " + export.err());
	}

	@Test
	void renderChecksItsOptionsBeforeAnyWork() throws IOException {
		Path model = shop();
		Result both = run("render", "--scale", "2", "--width", "300", "--out", folder.resolve("m.png").toString(), model.toString());
		assertEquals(Valuenet.USAGE, both.exit());
		assertTrue(both.err().contains("give --scale or --width, not both"), both.err());
		Result gif = run("render", "--out", folder.resolve("m.gif").toString(), model.toString());
		assertEquals(Valuenet.USAGE, gif.exit());
		assertTrue(gif.err().contains("--out must end in .svg, .png or .pdf"), gif.err());
		assertFalse(gif.err().contains("boxes"), "no layout was computed: " + gif.err());
	}

	@Test
	void whatIfTextHoldsNoJson() {
		Result whatIf = run("whatif", "--remove", "OEM", ValuenetTest.examples().resolve("auto/car-network.vnet").toString());
		assertEquals(Valuenet.OK, whatIf.exit(), whatIf.err());
		assertLine(whatIf.out(), "If auto.oem.OEM exit\\(s\\) auto.oem:");
		assertLine(whatIf.out(), "  42 flow\\(s\\) lost: data 9, goods 9, .*service 2");
		assertLine(whatIf.out(), "  segment auto.oem.PrivateBuyers: still supplied; cut off: auto.oem.Pistons, auto.oem.Suspension, .*");
		assertFalse(whatIf.out().contains("{\"") || whatIf.out().contains("[\""), whatIf.out());
	}

	/** Exact Shapley values print without the rounding noise of their sums (599,999,999,999.93 for 600 billion). */
	@Test
	void exactShapleyValuesPrintWithoutRoundingNoise() {
		Result result = run("attribute", "--method", "shapley", ValuenetTest.examples().resolve("visa").resolve("visa-network.vnet").toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		assertTrue(result.out().contains("(exact, every coalition)"), result.out());
		assertFalse(result.out().contains("0 permutations"), result.out());
		assertLine(result.out(), "\\s+payments\\.visa\\.CapitalOne\\s+600,000,000,000\\.00\\s+\\+/- 0\\.00");
		assertFalse(result.out().matches("(?s).*,\\d{3}\\.(9\\d|0[1-9])\\s+\\+/- 0\\.00.*"), result.out());
	}

	/**
	 * A segment whose only supplier's supplier exits loses all supply though a flow still reaches it: the
	 * line says where that value comes from instead of "supply 10 -> 4" next to "LOSES ALL SUPPLY".
	 */
	@Test
	void aStarvedSegmentsRemainingInflowIsNamed() throws IOException {
		Path model = folder.resolve("bakery.vnet");
		Files.writeString(model, """
				network bakery {
				  currency EUR
				  actor Mill : supplier
				  actor Baker : firm
				  segment Locals
				  flow flour : goods Mill -> Baker { 6 t/year price 1k EUR/t }
				  flow bread : goods Baker -> Locals { 4k units/year price 1 EUR/unit }
				}
				""");
		Result whatIf = run("whatif", "--remove", "Mill", model.toString());
		assertEquals(Valuenet.OK, whatIf.exit(), whatIf.err());
		assertLine(whatIf.out(), "  segment bakery\\.Locals: LOSES ALL SUPPLY(; cut off: [^;]*)?; no origin of supply reaches it; flows into it from unsupplied actors 10,000 -> 4,000 EUR per year; .*");
	}
}
