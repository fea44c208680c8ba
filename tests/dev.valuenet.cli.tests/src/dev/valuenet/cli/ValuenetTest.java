package dev.valuenet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The command line as a user meets it: exit codes, output formats, files left intact. */
class ValuenetTest {

	@TempDir
	Path folder;

	record Result(int exit, String out, String err) {
	}

	static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Valuenet.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static Path examples() {
		return Path.of(System.getProperty("valuenet.examples", "../../examples"));
	}

	private Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static final String CLEAN = """
			network shop {
			  currency EUR
			  rate USD = 0.5 EUR
			  actor Maker : firm
			  segment Buyers
			  flow goodsOut : goods Maker -> Buyers { 10k units/year }
			  flow pay : money Buyers -> Maker { 2 USD/month }
			  exchange sale Maker <-> Buyers per sale {
			    Maker -> Buyers : goods 1 unit
			    Buyers -> Maker : money 25k EUR
			  } volume 40k sales/year
			}
			""";

	/** Findings of metric checks: the examples model real networks, which have hubs and single points of failure. */
	private static final Pattern METRIC_FINDING = Pattern.compile(
			".*: (warning|info): .* \\[vnet\\.(single-point-of-failure|hub-dependency|supplier-concentration|low-redundancy|single-bridge-community|unvalued-flows|loss-making)\\]");

	@Test
	void examplesCheckCleanApartFromMetricFindings() {
		Result result = run("check", examples().toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		assertTrue(result.err().contains(" 0 error(s)"), result.err());
		List<String> other = result.out().lines().filter(line -> !METRIC_FINDING.matcher(line).matches()).toList();
		assertEquals(List.of(), other, "structural problems, violated rules or rules that cannot be evaluated");
	}

	@Test
	void examplesAreFormatted() {
		Result result = run("format", "--check", examples().toString());
		assertEquals(Valuenet.OK, result.exit(), result.out() + result.err());
	}

	@Test
	void injectedErrorsInAnExampleGiveCodesPositionsAndExit1() throws IOException {
		Path original = examples().resolve("auto/car-network.vnet");
		List<String> lines = Files.readAllLines(original);
		int actorLine = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).trim().startsWith("actor ")) {
				actorLine = i;
				break;
			}
		}
		String actor = lines.get(actorLine).trim().split("\\s+")[1];
		lines.add(actorLine + 1, "  actor " + actor + " : firm");
		lines.add(actorLine + 2, "  flow selfish : data " + actor + " -> " + actor);
		lines.add(actorLine + 3, "  flow ghost : data " + actor + " -> Nobody");
		Path broken = folder.resolve("auto/car-network.vnet");
		Files.createDirectories(broken.getParent());
		Files.write(broken, lines);
		Files.copy(examples().resolve("auto/ev-scenario.vnet"), folder.resolve("auto/ev-scenario.vnet"));
		Result result = run("check", folder.resolve("auto").toString());
		assertEquals(Valuenet.PROBLEMS, result.exit(), result.err());
		String file = broken.toString();
		assertLine(result.out(), file + ":" + (actorLine + 2) + ":\\d+: error: .* \\[vnet.duplicate-name\\]");
		assertLine(result.out(), file + ":" + (actorLine + 3) + ":\\d+: error: .* \\[vnet.self-flow\\]");
		assertLine(result.out(), file + ":" + (actorLine + 4) + ":\\d+: error: .* \\[vnet.unresolved\\]");
	}

	private static void assertLine(String output, String regex) {
		Pattern pattern = Pattern.compile(regex);
		assertTrue(output.lines().anyMatch(line -> pattern.matcher(line).matches()), () -> "no line matching " + regex + " in:\n" + output);
	}

	@Test
	void checkJsonListsProblems() throws IOException {
		Path file = write("bad.vnet", "network n {\n  actor A : firm\n  flow f : data A -> A\n}\n");
		Result result = run("check", "--format", "json", file.toString());
		assertEquals(Valuenet.PROBLEMS, result.exit());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals(1, json.get("errors").getAsInt());
		JsonObject problem = json.getAsJsonArray("problems").get(0).getAsJsonObject();
		assertEquals("vnet.self-flow", problem.get("code").getAsString());
		assertEquals(3, problem.get("line").getAsInt());
		assertEquals("error", problem.get("severity").getAsString());
	}

	@Test
	void usageErrorsExit2() throws IOException {
		assertEquals(Valuenet.USAGE, run().exit());
		assertEquals(Valuenet.USAGE, run("frobnicate").exit());
		assertEquals(Valuenet.USAGE, run("check").exit());
		assertEquals(Valuenet.USAGE, run("check", "--format", "xml", "x.vnet").exit());
		assertEquals(Valuenet.USAGE, run("check", folder.resolve("missing.vnet").toString()).exit());
		assertEquals(Valuenet.USAGE, run("export", "--format", "json").exit());
	}

	@Test
	void helpIsCompleteForEveryCommand() {
		Result top = run("--help");
		assertEquals(Valuenet.OK, top.exit());
		for (String command : List.of("check", "format", "export", "site")) {
			assertTrue(top.out().contains(command), top.out());
			Result help = run(command, "--help");
			assertEquals(Valuenet.OK, help.exit());
			assertTrue(help.out().startsWith("Usage: valuenet " + command), help.out());
			assertTrue(help.out().contains("Exit codes"), help.out());
			assertEquals(help.out(), run("help", command).out());
		}
	}

	@Test
	void siteWritesTheReportRefusesErrorsAndOtherFolders() throws IOException {
		Path model = write("model/shop.vnet", CLEAN);
		Path site = folder.resolve("public");
		Result written = run("site", "-o", site.toString(), model.getParent().toString());
		assertEquals(Valuenet.OK, written.exit(), written.err());
		assertTrue(written.err().contains("5 pages written to " + site + " (networks: 1, scenarios: 0)"), written.err());
		String page = Files.readString(site.resolve("shop/index.html"));
		assertTrue(page.contains("<tr id=\"actor-shop.Maker\">"), "the metrics table has Maker's row");
		assertTrue(page.contains("<a href=\"#actor-shop.Maker\">"), "the map links Maker's box to its row");

		Path broken = write("broken/bad.vnet", "network bad {\n  flow f : goods Nobody -> Nowhere\n}\n");
		Path other = folder.resolve("other");
		Result refused = run("site", "-o", other.toString(), broken.toString());
		assertEquals(Valuenet.PROBLEMS, refused.exit(), refused.err());
		assertTrue(refused.err().contains("bad.vnet:2:"), refused.err());
		assertFalse(Files.exists(other), "nothing is written for a model with errors");

		Path documents = write("documents/letter.txt", "keep me").getParent();
		Result occupied = run("site", "-o", documents.toString(), model.toString());
		assertEquals(Valuenet.USAGE, occupied.exit(), occupied.err());
		assertTrue(occupied.err().contains(".valuenet-site"), occupied.err());
		assertEquals("keep me", Files.readString(documents.resolve("letter.txt")));
		assertEquals(Valuenet.USAGE, run("site", model.toString()).exit(), "-o is required");
	}

	@Test
	void formatRewritesAtomicallyAndKeepsComments() throws IOException {
		Path file = write("messy.vnet", "// header comment\nnetwork n {actor A : firm  // the maker\n  actor B:firm flow f : data A->B {weekly} flow g : data B -> A}\n");
		Result check = run("format", "--check", file.toString());
		assertEquals(Valuenet.PROBLEMS, check.exit());
		assertTrue(check.out().contains("not formatted"), check.out());
		Result result = run("format", file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		String text = Files.readString(file);
		assertEquals("""
				// header comment
				network n {
				  actor A : firm // the maker
				  actor B : firm
				  flow f : data A -> B { weekly }
				  flow g : data B -> A
				}
				""", text);
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}
		assertEquals(Valuenet.OK, run("format", "--check", file.toString()).exit());
	}

	@Test
	void formatLeavesFilesWithSyntaxErrorsUntouched() throws IOException {
		String broken = "network n {\n  actor A : firm\n  flow f : data A => B\n";
		Path file = write("broken.vnet", broken);
		Result result = run("format", file.toString());
		assertEquals(Valuenet.PROBLEMS, result.exit());
		assertEquals(broken, Files.readString(file));
		assertTrue(result.err().contains("broken.vnet:3:"), result.err());
	}

	@Test
	void exportNormalizesMagnitudes() throws IOException {
		Path file = write("shop/shop.vnet", CLEAN);
		Result result = run("export", "--format", "json", file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		JsonObject network = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("networks").get(0).getAsJsonObject();
		assertEquals("EUR", network.get("currency").getAsString());
		assertEquals("shop.Maker", network.getAsJsonArray("actors").get(0).getAsJsonObject().get("qualifiedName").getAsString());
		var flows = network.getAsJsonArray("flows");
		assertEquals(4, flows.size());
		// 10k units/year stays 10,000 units per year
		assertEquals(10_000.0, perYear(flows.get(0).getAsJsonObject()), 1e-9);
		// 2 USD/month = 24 USD/year = 12 EUR/year at 0.5 EUR per USD
		assertEquals(12.0, perYear(flows.get(1).getAsJsonObject()), 1e-9);
		assertEquals("EUR", flows.get(1).getAsJsonObject().getAsJsonObject("normalized").get("unit").getAsString());
		// per sale, 40k sales/year: 1 unit -> 40,000 units; 25k EUR -> 1 billion EUR per year
		assertEquals(40_000.0, perYear(flows.get(2).getAsJsonObject()), 1e-9);
		assertEquals(1e9, perYear(flows.get(3).getAsJsonObject()), 1e-3);
		assertEquals("shop.sale", flows.get(3).getAsJsonObject().get("exchange").getAsString());
	}

	private static double perYear(JsonObject flow) {
		return flow.getAsJsonObject("normalized").get("amountPerYear").getAsDouble();
	}

	@Test
	void exportRefusesFilesWithErrors() throws IOException {
		Path file = write("bad/bad.vnet", "network n {\n  actor A : firm\n  flow f : data A -> Ghost\n}\n");
		Result result = run("export", "--format", "json", file.toString());
		assertEquals(Valuenet.PROBLEMS, result.exit());
		assertEquals("", result.out());
		assertTrue(result.err().contains("[vnet.unresolved]"), result.err());
	}

	@Test
	void exportWritesEveryExample() throws IOException {
		for (Path example : dev.valuenet.dsl.load.ValuenetWorkspace.collect(List.of(examples()))) {
			if (example.toString().contains("large")) {
				continue;
			}
			Path out = folder.resolve(example.getFileName() + ".json");
			Result result = run("export", "--format", "json", "--out", out.toString(), example.toString());
			assertEquals(Valuenet.OK, result.exit(), example + ": " + result.err());
			JsonObject json = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
			assertEquals(1, json.get("valuenetExport").getAsInt());
			assertFalse(json.getAsJsonArray("networks").isEmpty() && json.getAsJsonArray("scenarios").isEmpty(), example.toString());
		}
	}

	@Test
	void renderDrawsADeclaredView() throws IOException {
		Path file = write("views.vnet", """
				network shop {
				  currency EUR
				  layer cash { money }
				  actor Maker : firm
				  actor Steel : supplier
				  actor TestParts : supplier
				  segment Buyers
				  flow parts : goods Steel -> Maker
				  flow testParts : goods TestParts -> Maker
				  flow cars : goods Maker -> Buyers
				  flow pay : money Buyers -> Maker { 2M EUR/year }
				  view supply "Supply side" {
				    include supplier, "Maker"
				    exclude "Test*"
				  }
				  view cashFlows {
				    layer cash
				    chart sankey
				  }
				}
				""");
		Result supply = run("render", "--view-name", "supply", file.toString());
		assertEquals(Valuenet.OK, supply.exit(), supply.err());
		assertTrue(supply.out().contains("id=\"n-shop.Steel\"") && supply.out().contains("id=\"n-shop.Maker\""), supply.out());
		assertFalse(supply.out().contains("id=\"n-shop.TestParts\"") || supply.out().contains("id=\"n-shop.Buyers\""), supply.out());

		// the view's chart is a Sankey of its layer: Sankey links, no map flows; --view overrides the chart, not the rest
		Result money = run("render", "--view-name", "cashFlows", file.toString());
		assertEquals(Valuenet.OK, money.exit(), money.err());
		assertTrue(money.out().contains("class=\"link\"") && !money.out().contains("class=\"flow\""), money.out());
		Result moneyMap = run("render", "--view-name", "cashFlows", "--view", "map", file.toString());
		assertEquals(Valuenet.OK, moneyMap.exit(), moneyMap.err());
		assertTrue(moneyMap.out().contains("class=\"flow\""), moneyMap.out());

		Result unknown = run("render", "--view-name", "nope", file.toString());
		assertEquals(Valuenet.USAGE, unknown.exit());
		assertTrue(unknown.err().contains("supply, cashFlows"), unknown.err());
	}

	@Test
	void renderWritesRealPngAndPdfFilesOfTheAskedSize() throws IOException {
		Path file = write("shop.vnet", CLEAN);
		Result svg = run("render", file.toString());
		assertEquals(Valuenet.OK, svg.exit(), svg.err());
		Matcher size = Pattern.compile("<svg[^>]*\\swidth=\"([0-9.]+)\"[^>]*\\sheight=\"([0-9.]+)\"").matcher(svg.out());
		assertTrue(size.find(), svg.out());
		double svgWide = Double.parseDouble(size.group(1)), svgHigh = Double.parseDouble(size.group(2));

		Path png = folder.resolve("shop.png");
		Result result = run("render", "--out", png.toString(), "--scale", "2", file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		byte[] bytes = Files.readAllBytes(png);
		// PNG signature, then the IHDR chunk holding width and height as big-endian ints
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, Arrays.copyOf(bytes, 8));
		assertEquals("IHDR", new String(bytes, 12, 4, StandardCharsets.US_ASCII));
		ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
		assertEquals((int) Math.ceil(svgWide * 2), header.getInt(), "PNG width at --scale 2 of an SVG " + svgWide + " wide");
		assertEquals((int) Math.ceil(svgHigh * 2), header.getInt(), "PNG height at --scale 2 of an SVG " + svgHigh + " high");

		Path wide = folder.resolve("wide.png");
		assertEquals(Valuenet.OK, run("render", "--out", wide.toString(), "--width", "900", file.toString()).exit());
		assertEquals(900, ByteBuffer.wrap(Files.readAllBytes(wide), 16, 4).getInt());

		Path pdf = folder.resolve("shop.pdf");
		result = run("render", "--view", "sankey", "--out", pdf.toString(), file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
		assertTrue(text.startsWith("%PDF-"), text.substring(0, Math.min(20, text.length())));
		assertTrue(text.stripTrailing().endsWith("%%EOF"), "a complete PDF ends with %%EOF");
		assertTrue(Pattern.compile("/MediaBox\\s*\\[").matcher(text).find(), "one page with a media box");

		Path jpg = folder.resolve("shop.jpg");
		Result refused = run("render", "--out", jpg.toString(), file.toString());
		assertEquals(Valuenet.USAGE, refused.exit());
		assertTrue(refused.err().contains(".png"), refused.err());
		assertFalse(Files.exists(jpg));
		assertEquals(Valuenet.USAGE, run("render", "--out", png.toString(), "--scale", "0", file.toString()).exit());
		assertEquals(Valuenet.USAGE, run("render", "--out", png.toString(), "--width", "lots", file.toString()).exit());
	}

	@Test
	void exportsAreWholeResolvedAtomicAndGetTheUmaskMode() throws IOException {
		// one file of a multi-file network: the flows declared in flows.vnet are in the Kumu sheets of actors.vnet
		Path kumu = folder.resolve("grocery.kumu.csv");
		Result result = run("export", "-o", kumu.toString(), examples().resolve("multi-file/actors.vnet").toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		String connections = Files.readString(folder.resolve("grocery.connections.csv"));
		String flowsText = Files.readString(examples().resolve("multi-file/flows.vnet"));
		List<String> declared = flowsText.lines().map(String::trim).filter(l -> l.startsWith("flow ")).map(l -> l.split("[ :]+")[1]).toList();
		assertFalse(declared.isEmpty());
		for (String flow : declared) {
			assertTrue(connections.contains("," + flow + ","), flow + " of flows.vnet missing from the export of actors.vnet");
		}
		assertFalse(Files.exists(kumu), "kumu-csv writes the two sheets, not the name given");

		// a scenario exported resolved: removed actors and flows gone, added ones there
		Path ev = folder.resolve("ev.flows.csv");
		result = run("export", "--scenario", "auto.ev", "-o", ev.toString(), examples().resolve("auto/ev-scenario.vnet").toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		String actors = Files.readString(folder.resolve("ev.actors.csv"));
		String flows = Files.readString(ev);
		assertTrue(actors.contains("\nBatteryCo,") && actors.contains("\nEvBuyers,"), actors);
		assertFalse(actors.contains("\nPistons,"), actors);
		assertTrue(flows.contains("\ncellPay,OEM,BatteryCo,money,") && !flows.contains("\nsteelSupply,"), flows);
		// in JSON too: the declarations, and the scenario resolved
		result = run("export", "--format", "json", "--scenario", "auto.ev", examples().resolve("auto/ev-scenario.vnet").toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		com.google.gson.JsonObject resolved = com.google.gson.JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonObject("resolved");
		assertEquals("auto.ev", resolved.get("name").getAsString());
		List<String> resolvedActors = new java.util.ArrayList<>();
		resolved.getAsJsonArray("actors").forEach(a -> resolvedActors.add(a.getAsJsonObject().get("id").getAsString()));
		assertTrue(resolvedActors.contains("BatteryCo") && !resolvedActors.contains("Pistons"), resolvedActors.toString());
		List<String> resolvedFlows = new java.util.ArrayList<>();
		resolved.getAsJsonArray("flows").forEach(f -> resolvedFlows.add(f.getAsJsonObject().get("id").getAsString()));
		assertTrue(resolvedFlows.contains("cellPay") && !resolvedFlows.contains("steelSupply"), resolvedFlows.toString());

		// every written file gets the mode a new file gets under this process's umask, and no temporary is left
		Path reference = Files.createFile(folder.resolve("reference"));
		var mode = Files.getPosixFilePermissions(reference);
		Path png = folder.resolve("car.png");
		assertEquals(Valuenet.OK, run("render", "--out", png.toString(), examples().resolve("auto/car-network.vnet").toString()).exit());
		Path vnet = folder.resolve("again.vnet");
		assertEquals(Valuenet.OK, run("import", "-o", vnet.toString(), folder.resolve("grocery.connections.csv").toString()).exit());
		for (Path written : List.of(folder.resolve("grocery.elements.csv"), folder.resolve("grocery.connections.csv"), ev,
				folder.resolve("ev.actors.csv"), png, vnet)) {
			assertEquals(mode, Files.getPosixFilePermissions(written), written.toString());
		}
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".vnet-tmp")).toList(), "temporaries left");
		}
	}

	@Test
	void metricsTablesPrintNoNaN() {
		// nespresso has suppliers whose flows carry no value: their concentration is undefined, shown empty
		for (String example : List.of("nespresso/nespresso.vnet", "auto/car-network.vnet", "visa/visa-network.vnet")) {
			Result result = run("metrics", examples().resolve(example).toString());
			assertEquals(Valuenet.OK, result.exit(), result.err());
			assertFalse(result.out().contains("NaN") || result.out().contains("Infinity"), example + ":\n" + result.out());
		}
	}

	@Test
	void metricsJsonHasTheDocumentedFields() throws IOException {
		Path file = write("shop/shop.vnet", CLEAN);
		Result result = run("metrics", "--format", "json", file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		// two nodes, Maker <-> Buyers both ways: density 2 / (2 * 1) = 1, every edge reciprocated
		assertEquals(1.0, json.getAsJsonObject("summary").get("density").getAsDouble(), 1e-12);
		assertEquals(1.0, json.getAsJsonObject("summary").get("reciprocity").getAsDouble(), 1e-12);
		var actors = json.getAsJsonArray("actors");
		assertEquals(2, actors.size());
		for (var actor : actors) {
			assertEquals(MetricsCommand.FIELDS, List.copyOf(actor.getAsJsonObject().keySet()));
		}
		Result csv = run("metrics", "--format", "csv", file.toString());
		assertEquals(String.join(",", MetricsCommand.FIELDS) + ",weight", csv.out().lines().findFirst().orElseThrow());
		assertEquals(Valuenet.USAGE, run("metrics", "--layer", "nope", file.toString()).exit());
	}

	/** A pays B and B pays C 1M EUR, A pays C 100k; strong ties A-B, B-C, a weak one A-C; a goods chain P -> B -> S. */
	private static final String WEIGHTED = """
			network tri {
			  currency EUR
			  actor A : firm
			  actor B : firm
			  actor C : firm
			  actor P : supplier
			  segment S
			  tie ab : contract A -- B { strength high }
			  tie bc : contract B -- C { strength high }
			  tie ac : informal A -- C { strength low }
			  flow p1 : money A -> B { 1M EUR/year }
			  flow p2 : money B -> C { 1M EUR/year }
			  flow p3 : money A -> C { 100k EUR/year }
			  flow r1 : data B -> A { monthly }
			  flow r2 : data C -> B { monthly }
			  flow r3 : data C -> A { monthly }
			  flow part : goods P -> B { 100 units/year lead 10 d cost 5 EUR accuracy 90% }
			  flow sell : goods B -> S { 100 units/year lead 2 d cost 1 EUR accuracy 80% }
			}
			""";

	@Test
	void metricsWeightsTheCentralitiesAndMeasuresTheTies() throws IOException {
		Path file = write("tri/tri.vnet", WEIGHTED);
		// all layers by value: the money edges A->B and B->C (length 1e-6 each) beat A->C (1e-5), so B
		// carries the pair (A,C); the reports back are valued by the money paid for them (r1 by p1, r2 by p2:
		// 1M each, r3 by p3: 100k), so C->A also runs C->B->A: raw 2, normalised by (n-1)(n-2) = 12: 2/12.
		// The two goods flows have no price and no money back: left out, never weighted.
		Result result = run("metrics", "--layer", "financial", "--weight", "value", "--format", "json", file.toString());
		assertEquals(Valuenet.USAGE, result.exit(), "no layer 'financial' is declared: " + result.err());
		result = run("metrics", "--weight", "value", "--format", "json", file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals("value", json.getAsJsonObject("weight").get("by").getAsString());
		JsonObject b = json.getAsJsonArray("actors").get(1).getAsJsonObject();
		assertEquals("tri.B", b.get("actor").getAsString());
		assertEquals(2.0 / 12, b.get("betweenness").getAsDouble(), 1e-12);
		assertEquals(2, json.getAsJsonObject("weight").get("leftOut").getAsInt(), result.out()); // part and sell
		// ties by strength: A-C runs through B both ways (1/3 + 1/3 < 1): raw 2, normalised 2/12
		Result ties = run("metrics", "--layer", "ties", "--weight", "strength", "--format", "json", file.toString());
		assertEquals(Valuenet.OK, ties.exit(), ties.err());
		JsonObject tiesJson = JsonParser.parseString(ties.out()).getAsJsonObject();
		assertEquals(2.0 / 12, tiesJson.getAsJsonArray("actors").get(1).getAsJsonObject().get("betweenness").getAsDouble(), 1e-12);
		assertEquals(0, tiesJson.getAsJsonObject("weight").get("leftOut").getAsInt());
		assertEquals(Valuenet.USAGE, run("metrics", "--layer", "ties", "--weight", "value", file.toString()).exit());
		assertEquals(Valuenet.USAGE, run("metrics", "--weight", "heavy", file.toString()).exit());
		Result csv = run("metrics", "--layer", "ties", "--weight", "strength", "--format", "csv", file.toString());
		assertTrue(csv.out().lines().skip(1).allMatch(line -> line.endsWith(",strength")), csv.out());
	}

	@Test
	void metricsPathsReportFlowEfficiencyPerValuePath() throws IOException {
		Path file = write("tri/tri.vnet", WEIGHTED);
		Result result = run("metrics", "--paths", "--format", "json", file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		var paths = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("paths");
		// into S over goods and services: P -> B -> S and B -> S; A and C give no goods or services
		assertEquals(2, paths.size(), result.out());
		JsonObject fromP = null;
		for (var p : paths) {
			if (p.getAsJsonObject().get("from").getAsString().equals("tri.P")) {
				fromP = p.getAsJsonObject();
			}
		}
		assertEquals(12, fromP.get("leadDays").getAsDouble(), 1e-12); // 10 d + 2 d
		assertEquals(6, fromP.get("cost").getAsDouble(), 1e-12); // 5 + 1 EUR
		assertEquals(0.72, fromP.get("accuracy").getAsDouble(), 1e-12); // 0.9 * 0.8
		assertEquals("tri.P", fromP.get("slowestFrom").getAsString());
		assertEquals(10, fromP.get("slowestDays").getAsDouble(), 1e-12);
		assertEquals(List.of("tri.P", "tri.B", "tri.S"), fromP.getAsJsonArray("path").asList().stream().map(e -> e.getAsString()).toList());
		Result table = run("metrics", "--paths", file.toString());
		assertTrue(table.out().contains("tri.S: 2 actors reach it"), table.out());
	}

	@Test
	void whatIfReportsFlowsMoneyAndSegments() throws IOException {
		Path file = write("shop/shop.vnet", CLEAN);
		Result result = run("whatif", "--remove", "Maker", "--format", "json", file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals(4, json.get("flowsLost").getAsInt());
		// Maker took in 2 USD/month = 12 EUR/year, plus 25k EUR x 40k sales/year, and paid nothing out
		assertEquals(1_000_000_012.0, json.get("moneyInflowLostPerYear").getAsDouble(), 1e-3);
		assertEquals(0, json.get("moneyOutflowLostPerYear").getAsDouble(), 0);
		// downstream, Buyers lose the goods: 10k units valued by the 12 EUR paid for them, and the 1B EUR of sales
		JsonObject buyers = json.getAsJsonArray("downstream").get(0).getAsJsonObject();
		assertEquals("shop.Buyers", buyers.get("actor").getAsString());
		assertEquals(0, buyers.get("revenueLostPerYear").getAsDouble(), 0);
		assertEquals(1_000_000_012.0, buyers.get("supplyValueLostPerYear").getAsDouble(), 1e-3);
		JsonObject segment = json.getAsJsonArray("segments").get(0).getAsJsonObject();
		assertTrue(segment.get("losesAllSupply").getAsBoolean());
		// one origin (Maker) with one supply edge to Buyers: one link to cut before, none left after
		assertEquals(1, segment.get("supplierLinksBefore").getAsInt());
		assertEquals(0, segment.get("supplierLinksAfter").getAsInt());
		assertEquals(1_000_000_012.0, segment.get("supplyValueBefore").getAsDouble(), 1e-3);
		assertEquals(Valuenet.USAGE, run("whatif", "--remove", "Nobody", file.toString()).exit());
	}

	@Test
	void shapleyValuesAreEfficientOnAnExample() {
		Result result = run("attribute", "--method", "shapley", "--format", "json", examples().resolve("auto/car-network.vnet").toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		double sum = 0;
		for (var actor : json.getAsJsonArray("actors")) {
			sum += actor.getAsJsonObject().get("shapley").getAsDouble();
		}
		// efficiency axiom: the values add up to the worth of the grand coalition
		assertEquals(json.get("grandCoalitionValue").getAsDouble(), sum, 1e-6 * Math.max(1, sum));
		assertTrue(json.get("exact").getAsBoolean() || json.get("permutations").getAsLong() > 0);
		assertEquals(Valuenet.OK, run("attribute", "--method", "io", examples().resolve("auto/car-network.vnet").toString()).exit());
	}

	/**
	 * The scenario adds an online segment supplied by Maker and a direct flow to Buyers, and removes the
	 * fleet's cars: Online is gained, Fleet is cut off (it still pays but receives no goods), Buyers now
	 * has two suppliers (Dealer, Maker), so the base's rule "two sources" now passes.
	 */
	@Test
	void compareListsWhatTheScenarioChanges() throws IOException {
		write("cmp/shop.vnet", """
				network shop {
				  currency EUR
				  actor Maker : firm
				  actor Dealer : partner
				  segment Buyers
				  segment Fleet
				  flow cars : goods Maker -> Dealer { 100 units/year }
				  flow sold : goods Dealer -> Buyers { 80 units/year }
				  flow fleetCars : goods Dealer -> Fleet { 20 units/year }
				  flow pay : money Dealer -> Maker { 2M EUR/year }
				  flow buyerPay : money Buyers -> Dealer { 2M EUR/year }
				  flow fleetPay : money Fleet -> Dealer { 500k EUR/year }
				  governance {
				    rule twoSources : redundancy(Buyers) >= 2 severity warning
				  }
				}
				""");
		write("cmp/direct.vnet", """
				scenario shop.direct extends shop {
				  add segment Online
				  add flow online : goods Maker -> Online { 30 units/year }
				  add flow onlinePay : money Online -> Maker { 600k EUR/year }
				  add flow direct : goods Maker -> Buyers { 10 units/year }
				  remove fleetCars
				  governance {
				    rule onlineShare : redundancy(Online) >= 2 severity info
				  }
				  partner Online {
				    desires "delivery within two days"
				  }
				}
				""");
		Result result = run("compare", "--format", "json", "shop", "shop.direct", folder.resolve("cmp").toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals("[\"shop.direct.Online\"]", json.get("participantsAdded").toString());
		assertEquals("[]", json.get("participantsRemoved").toString());
		assertEquals(List.of("online", "onlinePay", "direct"), names(json, "flowsAdded", "name"));
		assertEquals(List.of("fleetCars"), names(json, "flowsRemoved", "name"));
		assertEquals("[\"shop.direct.Online\"]", json.get("segmentsGained").toString());
		assertEquals("[\"shop.Fleet\"]", json.get("segmentsCutOff").toString());
		assertEquals(List.of("rule twoSources"), names(json, "rulesNowPassing", "subject"));
		assertEquals(List.of("rule onlineShare"), names(json, "rulesNowFailing", "subject"));
		boolean buyersGainedASupplier = false;
		for (var item : json.getAsJsonArray("actorDeltas")) {
			JsonObject delta = item.getAsJsonObject();
			if (delta.get("actor").getAsString().equals("shop.Buyers") && delta.get("figure").getAsString().equals("degree.in")) {
				assertEquals(1, delta.get("before").getAsInt());
				assertEquals(2, delta.get("after").getAsInt());
				buyersGainedASupplier = true;
			}
		}
		assertTrue(buyersGainedASupplier, json.get("actorDeltas").toString());
		// profitability: Maker took in the dealer's 2M EUR, and the online segment's 600k EUR on top in the scenario
		boolean makerEarnsMore = false;
		for (var item : json.getAsJsonArray("actorDeltas")) {
			JsonObject delta = item.getAsJsonObject();
			if (delta.get("actor").getAsString().equals("shop.Maker") && delta.get("figure").getAsString().equals("moneyIn")) {
				assertEquals(2_000_000, delta.get("before").getAsDouble(), 1e-6);
				assertEquals(2_600_000, delta.get("after").getAsDouble(), 1e-6);
				makerEarnsMore = true;
			}
		}
		assertTrue(makerEarnsMore, json.get("actorDeltas").toString());

		Result text = run("compare", "shop", "shop.direct", folder.resolve("cmp").toString());
		assertEquals(Valuenet.OK, text.exit(), text.err());
		assertTrue(text.out().contains("Segments cut off (1)\n  Fleet\n"), text.out());
		assertEquals(Valuenet.USAGE, run("compare", "shop", "nothing", folder.resolve("cmp").toString()).exit());
	}

	private static List<String> names(JsonObject json, String array, String field) {
		List<String> names = new java.util.ArrayList<>();
		json.getAsJsonArray(array).forEach(e -> names.add(e.getAsJsonObject().get(field).getAsString()));
		return names;
	}

	@Test
	void checkCountsAcceptedFindings() throws IOException {
		Path file = write("acc/shop.vnet", """
				network shop {
				  currency EUR
				  actor Maker : firm
				  actor Idle : partner
				  segment Buyers
				  flow goodsOut : goods Maker -> Buyers { 10k units/year }
				  flow pay : money Buyers -> Maker { 2M EUR/year }
				  governance {
				    accept vnet.isolated-actor on Idle "joins next year"
				  }
				}
				""");
		Result result = run("check", "--format", "json", file.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals(1, json.get("accepted").getAsInt(), result.out());
		assertTrue(!result.out().contains("vnet.isolated-actor"), result.out());
		assertTrue(result.err().contains("1 accepted"), result.err());
	}

	@Test
	void anAggregateOfRecordsImportsAsTheModelOfTheRecords() throws IOException {
		String csv = "date,from,to,kind,amount,unit\n2024-01-15,Acme Corp,Beta,money,100,EUR\n2024-01-15,Acme Corp,Beta,money,100,EUR\n"
				+ "2024-02-15,ACME corp.,Beta,money,200,USD\n2024-03-20,Beta,Acme,goods,500,kg\n2024-04-02,Beta,Beta,data,1,units\n";
		Path records = write("shop.csv", csv);
		Path rates = write("rates.txt", "USD = 0.5 EUR\n");
		Path single = folder.resolve("single.vnet"), singleReport = folder.resolve("single.txt");
		Result direct = run("import", "--rates", rates.toString(), "--report", singleReport.toString(), "-o", single.toString(), records.toString());
		assertEquals(Valuenet.OK, direct.exit(), direct.err());
		// the aggregate a Spark job writes, here by the single pass of the same rules
		dev.valuenet.interop.records.RecordAggregator aggregator = new dev.valuenet.interop.records.RecordAggregator(
				new dev.valuenet.interop.records.RecordRules("EUR", java.util.Map.of("USD", 0.5), null), java.util.Map.of(), true);
		List<String> lines = csv.lines().skip(1).toList();
		for (int i = 0; i < lines.size(); i++) {
			aggregator.add(i + 1, lines.get(i).split(",", -1));
		}
		Path aggregate = folder.resolve("shop.aggregate.jsonl");
		try (var out = Files.newBufferedWriter(aggregate)) {
			aggregator.finish(records.toString(), "shop").write(out);
		}
		Path fromAggregate = folder.resolve("aggregate.vnet"), aggregateReport = folder.resolve("aggregate.txt");
		Result result = run("import", "--report", aggregateReport.toString(), "-o", fromAggregate.toString(), aggregate.toString());
		assertEquals(Valuenet.OK, result.exit(), result.err());
		assertTrue(result.err().contains("5 records, aggregated by the Spark job"), result.err());
		assertArrayEquals(Files.readAllBytes(single), Files.readAllBytes(fromAggregate));
		assertEquals(Files.readString(singleReport), Files.readString(aggregateReport));
		// the job applied the rates: giving them again is a usage error, and nothing is written
		Result again = run("import", "--rates", rates.toString(), "-o", folder.resolve("again.vnet").toString(), aggregate.toString());
		assertEquals(Valuenet.USAGE, again.exit(), again.err());
		assertTrue(again.err().contains("--rates does not apply to an aggregate"), again.err());
		assertFalse(Files.exists(folder.resolve("again.vnet")));
	}
}
