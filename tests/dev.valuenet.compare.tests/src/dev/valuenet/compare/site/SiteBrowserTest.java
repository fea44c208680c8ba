package dev.valuenet.compare.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.tests.support.Examples;
import dev.valuenet.validation.MetricValidator;

/**
 * The examples' report opened in a real browser (Debian's Chromium, headless, driven over the
 * DevTools protocol): from index.html every page is reached by following links, every page loads
 * without a console error or an uncaught exception and loads nothing from elsewhere, every link's
 * target page loads and has the element its fragment names, a click on a map box selects that actor's
 * row, and a click on a column heading sorts. Skipped, saying so, where no Chromium is installed
 * (.ci/run installs Debian's chromium).
 */
@EnabledIf("chromiumInstalled")
class SiteBrowserTest {

	static HeadlessChromium browser;

	@TempDir
	static Path temp;

	static boolean chromiumInstalled() {
		if (HeadlessChromium.executable() == null) {
			System.err.println("SiteBrowserTest skipped: no chromium on the PATH; install Debian's chromium (.ci/run does) to run it");
			return false;
		}
		return true;
	}

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = HeadlessChromium.start(HeadlessChromium.executable());
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	/** What a crawl saw: pages loaded (with their element ids), and every problem found, naming page and link. */
	record Crawl(Map<String, Set<String>> pages, List<String> problems) {
	}

	/** Opens {@code start} and every page of the site reachable from it by links, checking each as described above. */
	static Crawl crawl(Path site, String start) {
		String root = site.toUri().toString();
		Map<String, Set<String>> pages = new LinkedHashMap<>();
		Map<String, String> failed = new LinkedHashMap<>();
		Map<String, List<String>> links = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		Deque<String> queue = new ArrayDeque<>(List.of(site.resolve(start).toUri().toString()));
		Set<String> queued = new LinkedHashSet<>(queue);
		while (!queue.isEmpty()) {
			String url = queue.poll();
			String name = url.substring(root.length());
			String error = browser.open(url);
			if (error != null) {
				failed.put(url, error);
				continue;
			}
			JsonObject seen = browser.evaluate("({ids: Array.from(document.querySelectorAll('[id]'), e => e.id),"
					+ " links: Array.from(document.querySelectorAll('a'), a => a.getAttribute('href')).filter(h => h !== null)"
					+ ".map(h => new URL(h, document.baseURI).href),"
					+ " loaded: performance.getEntriesByType('resource').map(e => e.name)})").getAsJsonObject();
			Set<String> ids = new LinkedHashSet<>();
			seen.getAsJsonArray("ids").forEach(e -> ids.add(e.getAsString()));
			pages.put(url, ids);
			browser.problems().forEach(p -> problems.add(name + ": " + p));
			seen.getAsJsonArray("loaded").forEach(e -> problems.add(name + ": loads " + e.getAsString() + " (the report must need nothing else)"));
			List<String> hrefs = new ArrayList<>();
			for (JsonElement link : seen.getAsJsonArray("links")) {
				String href = link.getAsString();
				hrefs.add(href);
				String page = href.split("#")[0];
				if (!page.startsWith(root)) {
					problems.add(name + ": link " + href + " leaves the site");
				} else if (queued.add(page)) {
					queue.add(page);
				}
			}
			links.put(url, hrefs);
		}
		links.forEach((page, hrefs) -> {
			String name = page.substring(root.length());
			for (String href : hrefs) {
				String target = href.split("#")[0];
				String fragment = href.contains("#") ? java.net.URLDecoder.decode(href.substring(href.indexOf('#') + 1), java.nio.charset.StandardCharsets.UTF_8) : "";
				if (failed.containsKey(target)) {
					problems.add(name + ": link " + href.substring(Math.min(href.length(), root.length())) + " is broken: " + failed.get(target));
				} else if (!fragment.isEmpty() && pages.containsKey(target) && !pages.get(target).contains(fragment)) {
					problems.add(name + ": link " + href.substring(root.length()) + " is broken: no element with id '" + fragment + "'");
				}
			}
		});
		return new Crawl(pages, problems);
	}

	@Test
	void examplesSiteWorksInTheBrowser() throws Exception {
		ModelSession session = ModelSession.create(MetricValidator::install).openPaths(Examples.files());
		Path site = temp.resolve("examples");
		ModelSite.build(session, "Examples").write(site);
		Crawl crawl = crawl(site, "index.html");
		assertTrue(crawl.problems().isEmpty(), crawl.problems().size() + " problems in the browser:\n" + String.join("\n", crawl.problems()));
		List<String> unreached = new ArrayList<>();
		for (Path page : SiteLinks.pages(site)) {
			if (!crawl.pages().containsKey(page.toUri().toString())) {
				unreached.add(site.relativize(page).toString());
			}
		}
		assertEquals(List.of(), unreached, "pages no link of the site reaches");

		// a click on the map's box of an actor selects its metrics row (the :target of the page)
		String network = Html.slug(session.networks().get(0).getName());
		assertEquals(null, browser.open(site.resolve(network).resolve("index.html").toUri().toString()));
		String anchor = browser.evaluate("document.querySelector('svg a').getAttribute('href').substring(1)").getAsString();
		browser.click("svg a g text");
		browser.waitFor("location.hash === " + HeadlessChromium.quote("#" + anchor) + " && document.querySelector(':target') !== null"
				+ " && document.querySelector(':target').id === " + HeadlessChromium.quote(anchor), "the click on a map box to select row " + anchor);
		// a click on the Actor heading sorts the table by name
		browser.evaluate("document.querySelector('#metrics + p + table th').click()");
		browser.waitFor("document.querySelector('#metrics + p + table th').getAttribute('data-order') === 'ascending'", "the table to sort");
		JsonElement sorted = browser.evaluate("(function () { var names = Array.from(document.querySelectorAll('#metrics + p + table tbody tr'),"
				+ " r => r.cells[0].textContent); return names.every((n, i) => i === 0 || names[i - 1].localeCompare(n) <= 0); })()");
		assertTrue(sorted.getAsBoolean(), "the metrics table is sorted by actor after a click on its heading");
		assertEquals(List.of(), browser.problems(), "console errors while clicking");
	}

	/** The crawl can fail: a missing page, a missing anchor and a script error are each named with their page. */
	@Test
	void brokenLinksAndScriptErrorsAreNamed() throws Exception {
		Path site = temp.resolve("broken");
		Files.createDirectories(site.resolve("a"));
		Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>i</title><a href=\"a/page.html#row-2\">a</a> <a href=\"gone.html\">g</a>"
				+ "<script>console.error('boom'); undefinedFunction();</script>");
		Files.writeString(site.resolve("a/page.html"), "<!DOCTYPE html><title>a</title><p id=\"row-1\">1</p><a href=\"../index.html\">home</a>");
		Crawl crawl = crawl(site, "index.html");
		List<String> problems = crawl.problems();
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("index.html: link gone.html is broken: net::ERR_FILE_NOT_FOUND")), String.join("\n", problems));
		assertTrue(problems.contains("index.html: link a/page.html#row-2 is broken: no element with id 'row-2'"), String.join("\n", problems));
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("index.html: console.error: ") && p.contains("boom")), String.join("\n", problems));
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("index.html: uncaught exception: ") && p.contains("undefinedFunction")), String.join("\n", problems));
		assertEquals(4, problems.size(), String.join("\n", problems));
	}
}
