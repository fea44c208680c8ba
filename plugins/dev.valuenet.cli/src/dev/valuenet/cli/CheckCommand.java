package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.valuenet.analysis.BetweennessSample;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.validation.MetricValidator;

/** {@code valuenet check PATH...}: parse, link and validate .vnet files together. */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summary() {
		return "validate .vnet files and folders (syntax, references, units, structure)";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet check [--format text|json] [--exact] PATH...

				Validates the .vnet files given, and every .vnet file under the folders given, loaded
				together so references across files resolve: syntax, references, units and structure,
				then the metric checks (single points of failure, hub dependency, supplier
				concentration, redundancy, single-bridge communities) and the governance rules of
				each model (docs/metrics.md).

				Options:
				  --format text   one line per diagnostic (default):
				                  file:line:col: severity: message [code]
				  --format json   {"files": n, "errors": n, "warnings": n, "infos": n, "accepted": n,
				                   "problems": [{"file", "line", "column", "severity", "message", "code"}]}
				  --exact         exact betweenness at any size (default: estimated above 10,000
				                  actors, every value within ±0.05 with probability 99%; the
				                  hub finding states the bound)
				  --help          this help

				Findings the models accept (accept statements in governance blocks, docs/language.md)
				are not listed; the summary counts them as "accepted". A summary goes to stderr. Exit codes: 0 no errors (warnings allowed), 1 errors found,
				2 usage or I/O failure.

				Example: valuenet check examples/
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--format", true, "--exact", false);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		String format = arguments.choice("--format", "text", "text", "json");
		if (arguments.paths().isEmpty()) {
			throw arguments.missingFile("give at least one .vnet file or folder");
		}
		BetweennessSample.setExact(arguments.flag("--exact"));
		long start = System.nanoTime();
		var files = ValuenetWorkspace.collect(arguments.paths());
		ModelSession session = ModelSession.create(MetricValidator::install).openPaths(files);
		List<Problem> problems = session.validate();
		List<Problem> accepted = session.workspace().accepted();
		long errors = count(problems, Problem.Severity.ERROR);
		long warnings = count(problems, Problem.Severity.WARNING);
		if (format.equals("json")) {
			out.println(Json.write(toJson(files.size(), problems, accepted)));
		} else {
			problems.forEach(out::println);
		}
		err.printf("valuenet check: %d file(s), %d error(s), %d warning(s), %d info(s), %d accepted in %.1f s%n", files.size(), errors,
				warnings, count(problems, Problem.Severity.INFO), accepted.size(), (System.nanoTime() - start) / 1e9);
		return errors > 0 ? Valuenet.PROBLEMS : Valuenet.OK;
	}

	private static long count(List<Problem> problems, Problem.Severity severity) {
		return problems.stream().filter(p -> p.severity() == severity).count();
	}

	private static JsonObject toJson(int files, List<Problem> problems, List<Problem> accepted) {
		JsonObject json = new JsonObject();
		json.addProperty("files", files);
		json.addProperty("errors", count(problems, Problem.Severity.ERROR));
		json.addProperty("warnings", count(problems, Problem.Severity.WARNING));
		json.addProperty("infos", count(problems, Problem.Severity.INFO));
		json.addProperty("accepted", accepted.size());
		JsonArray list = new JsonArray();
		for (Problem problem : problems) {
			JsonObject item = new JsonObject();
			item.addProperty("file", problem.file().toString());
			item.addProperty("line", problem.line());
			item.addProperty("column", problem.column());
			item.addProperty("severity", problem.severity().label());
			item.addProperty("message", problem.message());
			item.addProperty("code", problem.code());
			list.add(item);
		}
		json.add("problems", list);
		return json;
	}
}
