package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.valuenet.compare.site.ModelSite;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.validation.MetricValidator;

/** {@code valuenet site -o DIR MODEL...}: the published report, a static HTML site. */
final class SiteCommand implements Command {

	@Override
	public String name() {
		return "site";
	}

	@Override
	public String summary() {
		return "publish a static HTML report of the models (maps, metrics, findings, comparisons)";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet site -o DIR [--title T] MODEL...

				Writes a static HTML site of the .vnet files under MODEL (files or folders, folders
				recursively, as valuenet check reads them) to DIR: an index of every network and
				scenario; per network or scenario its map (each actor box links to its row of the
				metrics table), summary, metrics table, findings of the metric checks and governance
				rules, partner canvases, Sankey and heatmap pages, and for a scenario what it changes
				in its base (as valuenet compare); and diagnostics.html with what valuenet check says.
				No server and no external assets: every page carries its CSS and SVG, so the site
				reads offline and can be published as is (docs/cli.md#site shows a CI job).

				DIR is replaced as a whole, atomically (the pages are written next to it, then renamed),
				and only when it is new, empty, or a site valuenet site wrote (it has a .valuenet-site file).

				Options:
				  -o, --out DIR   the site folder (required)
				  --title T       the index page's title (default "Valuenet report")
				  --help          this help

				Exit codes: 0 written, 1 the models have errors (nothing written), 2 usage or I/O failure.

				Example: valuenet site -o public examples/
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--out", true, "--title", true);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		String target = arguments.file("--out", "the site folder, e.g. -o public");
		if (target == null) {
			throw new Arguments.UsageException("give the site folder with -o DIR");
		}
		if (arguments.paths().isEmpty()) {
			throw arguments.missingFile("give at least one .vnet file or folder");
		}
		long start = System.nanoTime();
		List<Path> files = ValuenetWorkspace.collect(arguments.paths());
		ModelSession session = ModelSession.create(MetricValidator::install).openPaths(files);
		List<Problem> problems = session.validate();
		List<Problem> errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(err::println);
			err.println("valuenet: the models have errors; fix them first (valuenet check), nothing was written");
			return Valuenet.PROBLEMS;
		}
		if (session.networks().isEmpty()) {
			err.println("valuenet: the files declare no network or scenario; nothing was written");
			return Valuenet.PROBLEMS;
		}
		long loaded = System.nanoTime();
		ModelSite site = ModelSite.build(session, problems, arguments.option("--title", "Valuenet report"));
		long built = System.nanoTime();
		site.write(Path.of(target));
		err.printf(java.util.Locale.ROOT, "valuenet site: %d pages written to %s (networks: %d, scenarios: %d) in %.1f s (load and check %.1f s, pages %.1f s)%n",
				site.files().size(), target, site.networks(), site.scenarios(), (System.nanoTime() - start) / 1e9, (loaded - start) / 1e9,
				(built - loaded) / 1e9);
		return Valuenet.OK;
	}
}
