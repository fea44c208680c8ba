package dev.valuenet.compare.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a written site as files: every {@code <a href>} of every page must name a file of the site
 * and, with a fragment, an element id of that file; the site must load nothing from elsewhere.
 */
final class SiteLinks {

	private static final Pattern LINK = Pattern.compile("<a\\s[^>]*?\\bhref=\"([^\"]*)\"");
	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
	/** Attributes that load something: the site must have none (inline CSS, SVG and script only). */
	private static final Pattern ASSET = Pattern.compile("<(?:link|img|iframe|object|embed)\\b|\\ssrc=\"|url\\((?!#)|@import");

	private SiteLinks() {
	}

	/** The HTML pages of the site, sorted. */
	static List<Path> pages(Path site) {
		try (Stream<Path> walk = Files.walk(site)) {
			return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every broken link as "page: href -> why", empty when all work. */
	static List<String> broken(Path site) throws IOException {
		Path root = site.toAbsolutePath().normalize();
		Map<Path, Set<String>> ids = new HashMap<>();
		List<String> broken = new ArrayList<>();
		for (Path page : pages(root)) {
			String html = Files.readString(page);
			Matcher m = LINK.matcher(html);
			while (m.find()) {
				String href = m.group(1).replace("&amp;", "&");
				String where = root.relativize(page) + ": " + href + " -> ";
				if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
					broken.add(where + "leaves the site (the report must read offline)");
					continue;
				}
				int hash = href.indexOf('#');
				String path = hash < 0 ? href : href.substring(0, hash);
				String fragment = hash < 0 ? "" : href.substring(hash + 1);
				Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
				if (!target.startsWith(root)) {
					broken.add(where + "outside the site");
				} else if (!Files.isRegularFile(target)) {
					broken.add(where + "no such file " + root.relativize(target));
				} else if (!fragment.isEmpty() && !ids.computeIfAbsent(target, SiteLinks::ids).contains(fragment)) {
					broken.add(where + "no element with id '" + fragment + "' in " + root.relativize(target));
				}
			}
		}
		return broken;
	}

	/** Every page's references to outside content ("page: what"), empty when the site is self-contained. */
	static List<String> assets(Path site) throws IOException {
		List<String> found = new ArrayList<>();
		for (Path page : pages(site)) {
			Matcher m = ASSET.matcher(Files.readString(page));
			while (m.find()) {
				found.add(site.relativize(page) + ": " + m.group());
			}
		}
		return found;
	}

	private static Set<String> ids(Path file) {
		try {
			Set<String> ids = new LinkedHashSet<>();
			Matcher m = ID.matcher(Files.readString(file));
			while (m.find()) {
				ids.add(m.group(1));
			}
			return ids;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
