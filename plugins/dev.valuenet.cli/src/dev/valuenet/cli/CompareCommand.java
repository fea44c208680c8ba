package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ScenarioComparison;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.validation.ScenarioReport;
import dev.valuenet.validation.Findings.Finding;

/** {@code valuenet compare BASE SCENARIO FILE...}: what a scenario's reassembly changes in its base. */
final class CompareCommand implements Command {

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public String summary() {
		return "what a scenario changes: actors, flows, metrics, segments, rules";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet compare [--format text|json] BASE SCENARIO FILE...

				Compares scenario (or network) SCENARIO with network (or scenario) BASE, both found by
				simple or qualified name in the .vnet files and folders given, and lists:
				  - participants and flows added and removed, flows whose figures changed;
				  - per-actor metric changes on all layers (degree, strength, betweenness,
				    closeness, PageRank, eigenvector) for actors both have;
				  - customer segments gained (newly supplied) or cut off (no goods or services left);
				  - governance rules that now fail or now pass, and other findings that appear or
				    disappear (accepted findings are left out, as in valuenet check).

				Options:
				  --format text|json  output format (default text)
				  --help              this help

				Exit codes: 0 done, 1 the files have errors, 2 usage or I/O failure (e.g. unknown name).

				Example: valuenet compare amazon.air amazon.fallback examples/amazon-air/
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--format", true);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		String format = arguments.choice("--format", "text", "text", "json");
		List<Path> args = arguments.paths();
		if (args.size() < 3) {
			throw new Arguments.UsageException("give BASE, SCENARIO and at least one .vnet file or folder");
		}
		ModelSession session = ModelSession.create().openPaths(args.subList(2, args.size()));
		List<Problem> errors = session.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(err::println);
			err.println("valuenet: the models have errors; fix them first (valuenet check)");
			return Valuenet.PROBLEMS;
		}
		AbstractNetwork base = find(session, args.get(0).toString());
		AbstractNetwork scenario = find(session, args.get(1).toString());
		ScenarioReport report = ScenarioReport.of(base, scenario);
		if (format.equals("json")) {
			out.println(Json.write(json(report, NetworkAnalysis.of(scenario).currencyLabel())));
		} else {
			out.printf("Comparing %s with %s%n", scenario.getName(), base.getName());
			for (ScenarioReport.Section section : report.sections()) {
				out.printf("%s (%d)%n", section.title(), section.lines().size());
				section.lines().forEach(line -> out.println("  " + line));
			}
		}
		return Valuenet.OK;
	}

	private static AbstractNetwork find(ModelSession session, String name) {
		try {
			return session.network(name);
		} catch (ModelSession.UnknownNetworkException e) {
			throw new Arguments.UsageException(e.getMessage());
		}
	}

	private static JsonObject json(ScenarioReport report, String currency) {
		ScenarioComparison c = report.comparison();
		JsonObject json = new JsonObject();
		json.addProperty("base", c.base().getName());
		json.addProperty("scenario", c.scenario().getName());
		json.addProperty("currency", currency);
		json.add("participantsAdded", strings(c.added()));
		json.add("participantsRemoved", strings(c.removed()));
		json.add("flowsAdded", flows(c.flowsAdded()));
		json.add("flowsRemoved", flows(c.flowsRemoved()));
		json.add("flowsChanged", flows(c.flowsChanged()));
		json.add("segmentsGained", strings(c.segmentsGained()));
		json.add("segmentsCutOff", strings(c.segmentsCutOff()));
		JsonArray deltas = new JsonArray();
		for (ScenarioComparison.Delta d : c.deltas()) {
			JsonObject item = new JsonObject();
			item.addProperty("actor", d.actor());
			item.addProperty("figure", d.figure());
			if (!d.unit().isEmpty()) {
				item.addProperty("unit", d.unit());
			}
			item.add("before", jsonNumber(d.before()));
			item.add("after", jsonNumber(d.after()));
			item.add("change", jsonNumber(d.change()));
			deltas.add(item);
		}
		json.add("actorDeltas", deltas);
		json.add("rulesNowFailing", findings(report.rulesNowFailing()));
		json.add("rulesNowPassing", findings(report.rulesNowPassing()));
		json.add("findingsNew", findings(report.findingsNew()));
		json.add("findingsGone", findings(report.findingsGone()));
		return json;
	}

	/** NaN (a figure an actor does not have) is written as null: JSON has no NaN. */
	private static com.google.gson.JsonElement jsonNumber(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? com.google.gson.JsonNull.INSTANCE : new JsonPrimitive(value);
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	private static JsonArray flows(List<ScenarioComparison.FlowChange> flows) {
		JsonArray array = new JsonArray();
		for (ScenarioComparison.FlowChange f : flows) {
			JsonObject item = new JsonObject();
			item.addProperty("name", f.name());
			item.addProperty("kind", f.kind());
			item.addProperty("from", f.from());
			item.addProperty("to", f.to());
			if (!f.detail().isEmpty()) {
				item.addProperty("change", f.detail());
			}
			array.add(item);
		}
		return array;
	}


	private static JsonArray findings(List<Finding> findings) {
		JsonArray array = new JsonArray();
		for (Finding f : findings) {
			JsonObject item = new JsonObject();
			item.addProperty("code", f.code());
			item.addProperty("severity", f.severity().name().toLowerCase(Locale.ROOT));
			item.addProperty("subject", f.subject());
			item.addProperty("message", f.message());
			array.add(item);
		}
		return array;
	}
}
