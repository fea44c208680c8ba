package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.resilience.ExitAnalysis;
import dev.valuenet.metrics.scoring.BrandesBetweenness;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.CurrencyTable;
import dev.valuenet.model.ValueKind;

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

	static JsonObject report(AbstractNetwork network, NetworkAnalysis analysis, Set<String> removed) {
		JsonObject json = new JsonObject();
		json.addProperty("network", network.getName());
		JsonArray names = new JsonArray();
		removed.forEach(names::add);
		json.add("removed", names);
		// flows lost and money at risk
		int lost = 0;
		double money = 0;
		Map<String, Integer> byKind = new java.util.TreeMap<>();
		for (FlowRecord flow : analysis.network().flows()) {
			if (removed.contains(flow.from()) || removed.contains(flow.to())) {
				lost++;
				byKind.merge(flow.kind().getLiteral(), 1, Integer::sum);
				if (flow.kind() == ValueKind.MONEY && !Double.isNaN(flow.amountPerYear())) {
					money += flow.amountPerYear();
				}
			}
		}
		json.addProperty("flowsLost", lost);
		JsonObject kinds = new JsonObject();
		byKind.forEach(kinds::addProperty);
		json.add("flowsLostByKind", kinds);
		json.addProperty("moneyAtRiskPerYear", money);
		json.addProperty("currency", CurrencyTable.of(network).currency());
		// segments
		LayerGraph supply = analysis.supplyGraph();
		int[] gone = removed.stream().mapToInt(supply::nodeOf).filter(v -> v >= 0).toArray();
		ExitAnalysis.Result exit = ExitAnalysis.analyze(supply.graph(), supply.segments(), gone);
		JsonArray segments = new JsonArray();
		for (ExitAnalysis.SegmentImpact impact : exit.segments()) {
			JsonObject segment = new JsonObject();
			segment.addProperty("segment", supply.node(impact.segment()).name());
			JsonArray cut = new JsonArray();
			for (int v : impact.cutOff()) {
				cut.add(supply.node(v).name());
			}
			segment.add("actorsCutOff", cut);
			segment.addProperty("losesAllSupply", impact.segmentRemoved() || !suppliedAfter(supply.graph(), impact.segment(), gone));
			segment.addProperty("supplyVolumeBefore", impact.valueBefore());
			segment.addProperty("supplyVolumeAfter", impact.valueAfter());
			segments.add(segment);
		}
		json.add("segments", segments);
		json.add("betweennessChanges", betweennessChanges(analysis, removed));
		return json;
	}

	/** Whether some origin of supply still reaches the segment once {@code gone} are removed. */
	private static boolean suppliedAfter(MetricsGraph g, int segment, int[] gone) {
		boolean[] removed = new boolean[g.nodeCount()];
		for (int v : gone) {
			removed[v] = true;
		}
		boolean[] seen = new boolean[g.nodeCount()];
		List<Integer> queue = new ArrayList<>(List.of(segment));
		seen[segment] = true;
		for (int head = 0; head < queue.size(); head++) {
			int x = queue.get(head);
			if (x != segment && g.inDegree(x) == 0) {
				return true; // an origin of supply (no supply inflow at all) still reaches the segment
			}
			for (int k = 0; k < g.inDegree(x); k++) {
				int u = g.inNeighbor(x, k);
				if (removed[u]) {
					continue;
				}
				if (!seen[u]) {
					seen[u] = true;
					queue.add(u);
				}
			}
		}
		return false;
	}

	private static JsonArray betweennessChanges(NetworkAnalysis analysis, Set<String> removed) {
		LayerGraph all = analysis.graph(LayerGraph.ALL);
		MetricsGraph g = all.graph();
		double[] before = analysis.scores(LayerGraph.ALL, "betweenness");
		boolean[] keep = new boolean[g.nodeCount()];
		for (int v = 0; v < g.nodeCount(); v++) {
			keep[v] = !removed.contains(all.node(v).name());
		}
		MetricsGraph remaining = g.inducedSubgraph(keep);
		double[] after = new BrandesBetweenness().scores(remaining);
		List<JsonObject> changes = new ArrayList<>();
		for (int v = 0; v < remaining.nodeCount(); v++) {
			int original = g.indexOf(remaining.label(v));
			JsonObject change = new JsonObject();
			change.addProperty("actor", remaining.label(v));
			change.addProperty("before", before[original]);
			change.addProperty("after", after[v]);
			changes.add(change);
		}
		changes.sort(Comparator.comparingDouble((JsonObject c) -> -Math.abs(c.get("after").getAsDouble() - c.get("before").getAsDouble())));
		JsonArray top = new JsonArray();
		changes.stream().limit(5).forEach(top::add);
		return top;
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
