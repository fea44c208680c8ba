package dev.valuenet.compare.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.tests.support.Examples;
import dev.valuenet.validation.MetricValidator;

/** The published report of the examples and of small hand-checked models, read back as files. */
class ModelSiteTest {

	@TempDir
	Path temp;

	/** A chain A -> B -> C -> S, a money flow back, a canvas for B; scenario n.lean removes B's supply to C. */
	static final String CHAIN = """
			network n "Chain" {
			  currency EUR
			  actor A : firm
			  actor B : firm
			  actor C : firm
			  segment S
			  flow ab : goods A -> B { 10 units/year price 2 EUR/unit }
			  flow bc : goods B -> C { 10 units/year price 3 EUR/unit }
			  flow cs : goods C -> S { 10 units/year price 5 EUR/unit }
			  partner B {
			    offers "assembly"
			    desires "volume"
			    hypothesis steady "B keeps its price" status testing
			  }
			}
			scenario n.direct "Without B" extends n {
			  remove B
			  add flow ac : goods A -> C { 10 units/year price 2 EUR/unit }
			}
			""";

	static ModelSession session(Map<Path, String> texts) {
		ModelSession session = ModelSession.create(MetricValidator::install).openTexts(texts);
		List<Problem> errors = session.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), "the model has errors: " + errors);
		return session;
	}

	private static String row(String page, String anchor) {
		Matcher m = Pattern.compile("<tr id=\"" + Pattern.quote(anchor) + "\">(.*?)</tr>").matcher(page);
		assertTrue(m.find(), "no row " + anchor);
		return m.group(1);
	}

	/** Every link of the examples' report works, every map box of an actor links to its row, nothing is loaded from elsewhere. */
	@Test
	void examplesSiteHasNoBrokenLinkAndNoExternalAsset() throws IOException {
		ModelSession session = ModelSession.create(MetricValidator::install).openPaths(Examples.files());
		ModelSite site = ModelSite.build(session, "Examples");
		Path dir = temp.resolve("site");
		site.write(dir);
		List<String> broken = SiteLinks.broken(dir);
		assertTrue(broken.isEmpty(), broken.size() + " broken links, e.g.\n" + String.join("\n", broken.subList(0, Math.min(20, broken.size()))));
		List<String> assets = SiteLinks.assets(dir);
		assertTrue(assets.isEmpty(), "external references: " + assets);
		List<AbstractNetwork> networks = session.networks();
		int views = networks.stream().mapToInt(n -> dev.valuenet.diagram.DeclaredViews.of(n).size()).sum();
		assertTrue(views >= 3, "examples/auto declares views");
		assertEquals(2 + 3 * networks.size() + views, SiteLinks.pages(dir).size(), "index, diagnostics, three pages per network, one per view");
		for (AbstractNetwork network : networks) {
			String page = Files.readString(dir.resolve(Html.slug(network.getName())).resolve("index.html"));
			String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
			assertTrue(svg.contains("<a href=\"#actor-"), network.getName() + ": the map links no actor");
			assertTrue(Files.readString(dir.resolve(Html.slug(network.getName())).resolve("sankey.html")).contains("<svg"), network.getName() + ": no Sankey");
			assertTrue(Files.readString(dir.resolve(Html.slug(network.getName())).resolve("heatmap.html")).contains("<svg"), network.getName() + ": no heatmap");
		}
		assertTrue(Files.isRegularFile(dir.resolve(SiteFolder.MARKER)));
	}

	/**
	 * The chain's figures, by hand: n = 4 (A, B, C, S); B and C are the inner nodes of the paths A..C,
	 * A..S (B) and A..S, B..S (C): betweenness of B 2 / ((n-1)(n-2)) = 2/6 = 0.3333; B receives 10 x 2
	 * = 20 EUR/year of goods and gives 10 x 3 = 30. The scenario removes B and adds ac.
	 */
	@Test
	void chainPagesShowFiguresCanvasAndComparison() throws IOException {
		ModelSite site = ModelSite.build(session(Map.of(Path.of("chain.vnet"), CHAIN)), "Chain report");
		assertEquals(1, site.networks());
		assertEquals(1, site.scenarios());
		String page = site.files().get("n/index.html");
		String b = row(page, "actor-n.B");
		assertTrue(b.contains(">0.3333<"), "betweenness of B is 2/6: " + b);
		assertTrue(b.contains(">20<") && b.contains(">30<"), "B's in- and out-strength are 20 and 30 EUR/year: " + b);
		String c = row(page, "actor-n.C");
		assertTrue(c.contains(">0.3333<"), "betweenness of C is 2/6: " + c);
		assertTrue(row(page, "actor-n.A").contains(">0<"), "A is on no inner path");
		assertTrue(page.contains("<a href=\"#actor-n.B\"><g class=\"node"), "the map's box of B links to its row");
		assertTrue(page.contains("<h3><a href=\"#actor-n.B\">B</a></h3>"), "the canvas of B names and links B");
		assertTrue(page.contains("steady (testing): B keeps its price"), "the canvas shows its hypothesis");
		assertTrue(page.contains("<a href=\"../n.direct/index.html\">n.direct</a>"), "the network links its scenario");
		String scenario = site.files().get("n.direct/index.html");
		assertTrue(scenario.contains("Participants removed</b> (1)<ul class=\"tight\"><li>B</li>"), "the comparison names B as removed");
		assertTrue(scenario.contains("Flows added</b> (1)<ul class=\"tight\"><li>ac: goods"), "the comparison names ac as added");
		assertFalse(scenario.contains("id=\"actor-n.B\""), "the scenario has no B");
		assertTrue(site.files().get("index.html").contains("<a href=\"n.direct/index.html\">n.direct</a>"));
	}

	/** Each declared view is a page of its own, drawn with the view's options; the network's page lists it. */
	@Test
	void declaredViewsArePagesOfTheirOwn() {
		String model = CHAIN.replace("  partner B {", """
				  view ends "Both ends" {
				    exclude "B"
				  }
				  view cash {
				    chart heatmap
				  }
				  partner B {""");
		ModelSite site = ModelSite.build(session(Map.of(Path.of("chain.vnet"), model)), "Chain report");
		String index = site.files().get("n/index.html");
		assertTrue(index.contains("<a href=\"view-ends.html\">Both ends (ends)</a> (map)"), "the network's page lists its views");
		String ends = site.files().get("n/view-ends.html");
		assertTrue(ends.contains("<a href=\"index.html#actor-n.A\"><g class=\"node"), "boxes link to their rows on the network's page");
		assertFalse(ends.contains("id=\"n-n.B\""), "the view leaves B out");
		assertTrue(site.files().get("n/index.html").contains("id=\"n-n.B\""), "the network's own map keeps B");
		assertTrue(site.files().get("n/view-cash.html").contains("class=\"row\""), "a heatmap view is drawn as a heatmap");
		// the scenario inherits its base's views
		assertTrue(site.files().containsKey("n.direct/view-ends.html"));
	}

	/** The checker itself finds a missing file, a missing anchor and a link out of the site, naming each. */
	@Test
	void brokenLinksAreNamed() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("index.html", "<a href=\"a/index.html#actor-x\">x</a> <a href=\"missing.html\">m</a> <a href=\"https://example.org/\">e</a>");
		files.put("a/index.html", "<tr id=\"actor-y\"></tr><a href=\"../index.html\">home</a>");
		Path dir = temp.resolve("broken");
		SiteFolder.write(dir, files);
		List<String> broken = SiteLinks.broken(dir);
		assertEquals(List.of("index.html: a/index.html#actor-x -> no element with id 'actor-x' in a/index.html",
				"index.html: missing.html -> no such file missing.html", "index.html: https://example.org/ -> leaves the site (the report must read offline)"),
				broken);
	}

	/** A folder with other files is never replaced; a previous site is replaced whole. */
	@Test
	void writesOnlyNewEmptyOrOwnFolders() throws IOException {
		Path documents = temp.resolve("documents");
		Files.createDirectories(documents);
		Files.writeString(documents.resolve("thesis.txt"), "years of work");
		IOException refused = assertThrows(IOException.class, () -> SiteFolder.write(documents, Map.of("index.html", "x")));
		assertTrue(refused.getMessage().contains(".valuenet-site"), refused.getMessage());
		assertEquals("years of work", Files.readString(documents.resolve("thesis.txt")));
		assertFalse(Files.exists(documents.resolve("index.html")));

		Path site = temp.resolve("site");
		SiteFolder.write(site, Map.of("index.html", "one", "old/page.html", "old"));
		SiteFolder.write(site, Map.of("index.html", "two"));
		assertEquals("two", Files.readString(site.resolve("index.html")));
		assertFalse(Files.exists(site.resolve("old")), "the previous site's pages are gone");
		// the site folder is as readable as any new folder of the user (the umask's mode, not a temp folder's 0700)
		Path reference = Files.createDirectory(temp.resolve("reference"));
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(site));
		Files.delete(reference);
		try (var siblings = Files.list(temp)) {
			assertEquals(List.of("documents", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary folder is left");
		}
	}
}
