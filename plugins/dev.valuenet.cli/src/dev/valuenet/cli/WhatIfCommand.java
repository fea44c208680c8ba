package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.whatif.ExitImpact;
import dev.valuenet.analysis.whatif.WhatIfAnalysis;
import dev.valuenet.model.AbstractNetwork;

/** {@code valuenet whatif FILE --remove A,B}: what the exit of actors does to the network. */
final class WhatIfCommand implements Command {

	@Override
	public String name() {
		return "whatif";
	}

	@Override
	public String summary() {
		return "the effect of actors leaving: flows lost, segments cut off, value at risk";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet whatif --remove A[,B...] [--scenario S] [--format text|json] FILE

				Removes the named actors (simple or qualified names) from the first network of FILE (or
				scenario S) and reports:
				  - the flows lost, by kind, and the money at risk: yearly money flows touching them,
				    in the network currency;
				  - per customer segment, the actors cut off from it on the goods-and-services graph
				    and whether the segment loses all its supply;
				  - the largest betweenness changes of the remaining actors (all layers).

				Options:
				  --remove A,B        actors to remove (repeat the option or separate with commas)
				  --scenario S        start from scenario (or network) S
				  --format text|json  output format (default text)
				  --help              this help

				Exit codes: 0 done, 1 FILE has errors, 2 usage or I/O failure (e.g. unknown actor).

				Example: valuenet whatif --remove Pistons examples/auto/car-network.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--remove", true, "--scenario", true, "--format", true);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		String format = arguments.choice("--format", "text", "text", "json");
		if (arguments.option("--remove", null) == null) {
			throw new Arguments.UsageException("give --remove with at least one actor");
		}
		if (arguments.option("--remove", "").replace(',', ' ').isBlank()) {
			throw new Arguments.UsageException("--remove names no actor; give one or more, e.g. --remove Pistons or --remove A,B");
		}
		AbstractNetwork network = Models.open(arguments, err);
		if (network == null) {
			return Valuenet.PROBLEMS;
		}
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		Set<String> removed = new LinkedHashSet<>();
		for (String name : arguments.option("--remove", "").split(",")) {
			if (name.isBlank()) {
				continue;
			}
			List<String> matches = analysis.find(name.trim());
			if (matches.size() != 1) {
				throw new Arguments.UsageException(matches.isEmpty() ? "no actor named '" + name + "' in " + network.getName()
						: "'" + name + "' is ambiguous: " + String.join(", ", matches));
			}
			removed.add(matches.get(0));
		}
		JsonObject report = report(network, analysis, removed);
		if (format.equals("json")) {
			out.println(Json.write(report));
		} else {
			text(report, out);
		}
		return Valuenet.OK;
	}

	/** The analysis' answer ({@link WhatIfAnalysis}) as JSON; field names are stable (docs/cli.md). */
	static JsonObject report(AbstractNetwork network, NetworkAnalysis analysis, Set<String> removed) {
		ExitImpact impact = WhatIfAnalysis.exit(analysis, removed);
		JsonObject json = new JsonObject();
		json.addProperty("network", network.getName());
		JsonArray names = new JsonArray();
		impact.removed().forEach(names::add);
		json.add("removed", names);
		json.addProperty("flowsLost", impact.flows().count());
		JsonObject kinds = new JsonObject();
		new TreeMap<>(impact.flows().byKind()).forEach(kinds::addProperty);
		json.add("flowsLostByKind", kinds);
		json.addProperty("moneyAtRiskPerYear", impact.flows().moneyAtRiskPerYear());
		json.addProperty("currency", impact.flows().currency());
		JsonArray segments = new JsonArray();
		for (ExitImpact.SegmentImpact s : impact.segments()) {
			JsonObject segment = new JsonObject();
			segment.addProperty("segment", s.segment());
			JsonArray cut = new JsonArray();
			s.actorsCutOff().forEach(cut::add);
			segment.add("actorsCutOff", cut);
			segment.addProperty("losesAllSupply", s.losesAllSupply());
			segment.addProperty("supplyVolumeBefore", s.supplyBefore());
			segment.addProperty("supplyVolumeAfter", s.supplyAfter());
			segments.add(segment);
		}
		json.add("segments", segments);
		JsonArray top = new JsonArray();
		for (WhatIfAnalysis.BetweennessChange c : WhatIfAnalysis.betweennessChanges(analysis, removed, 5)) {
			JsonObject change = new JsonObject();
			change.addProperty("actor", c.actor());
			change.addProperty("before", c.before());
			change.addProperty("after", c.after());
			top.add(change);
		}
		json.add("betweennessChanges", top);
		return json;
	}

	private static void text(JsonObject report, PrintStream out) {
		out.printf(Locale.ROOT, "If %s exit(s) %s:%n", report.getAsJsonArray("removed").asList().stream().map(e -> e.getAsString()).toList(),
				report.get("network").getAsString());
		out.printf(Locale.ROOT, "  %d flow(s) lost %s; money at risk %,.0f %s per year%n", report.get("flowsLost").getAsInt(),
				report.getAsJsonObject("flowsLostByKind"), report.get("moneyAtRiskPerYear").getAsDouble(),
				report.get("currency").isJsonNull() ? "" : report.get("currency").getAsString());
		for (var element : report.getAsJsonArray("segments")) {
			JsonObject segment = element.getAsJsonObject();
			out.printf(Locale.ROOT, "  segment %s: %s%s%n", segment.get("segment").getAsString(),
					segment.get("losesAllSupply").getAsBoolean() ? "LOSES ALL SUPPLY" : "still supplied",
					segment.getAsJsonArray("actorsCutOff").isEmpty() ? "" : "; cut off: " + segment.getAsJsonArray("actorsCutOff"));
		}
		out.println("  largest betweenness changes:");
		for (var element : report.getAsJsonArray("betweennessChanges")) {
			JsonObject change = element.getAsJsonObject();
			out.printf(Locale.ROOT, "    %-30s %.4f -> %.4f%n", change.get("actor").getAsString(), change.get("before").getAsDouble(),
					change.get("after").getAsDouble());
		}
	}
}
