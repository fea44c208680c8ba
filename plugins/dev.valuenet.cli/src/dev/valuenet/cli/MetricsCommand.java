package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.valuenet.analysis.ActorMetrics;
import dev.valuenet.analysis.BetweennessSample;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.NetworkSummary;
import dev.valuenet.analysis.Profitability;
import dev.valuenet.analysis.Weight;
import dev.valuenet.analysis.WeightedGraph;
import dev.valuenet.model.AbstractNetwork;

/** {@code valuenet metrics FILE}: per-actor and network metrics of a network, layer or scenario. */
final class MetricsCommand implements Command {

	/** The per-actor fields, in output order: stable names, documented in docs/metrics.md. */
	static final List<String> FIELDS = List.of("actor", "kind", "inDegree", "outDegree", "inStrength", "outStrength", "betweenness",
			"closeness", "eigenvector", "pagerank", "community", "articulationPoint", "suppliers", "hhi", "valueIn", "valueOut", "net",
			"moneyIn", "moneyOut", "unvaluedIn", "unvaluedOut");

	@Override
	public String name() {
		return "metrics";
	}

	@Override
	public String summary() {
		return "network metrics per actor and for the whole network";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet metrics [--layer L] [--weight none|value|strength] [--scenario S]
				                        [--exact] [--format table|json|csv] FILE
				       valuenet metrics --paths [--scenario S] [--format table|json|csv] FILE

				Measures the first network of FILE (or the scenario S, with its edits applied) on one
				layer (default: all layers together). The other .vnet files of FILE's folder are loaded
				so references resolve. Definitions match NetworkX 3.x on the directed simple graph of the
				layer (an edge A->B when at least one flow goes from A to B): see docs/metrics.md.

				Per actor: actor, kind, inDegree, outDegree, inStrength, outStrength (yearly value in the
				network currency on the layer), betweenness (normalized), closeness, eigenvector (undirected
				view), pagerank (0.85), community (Leiden, modularity), articulationPoint, suppliers (distinct
				suppliers of goods and services), hhi (their concentration by value; empty when one of them
				has no value), and its profitability over all layers: valueIn, valueOut, net (value in minus
				out), moneyIn, moneyOut, unvaluedIn, unvaluedOut (flows without a value, left out).
				Values are per year in the network currency; flows without a value (no price, worth or
				money paid back: docs/language.md, Value) are left out and counted.
				Network: actors, edges, flows, density, reciprocity, diameter, averagePathLength,
				bridges, communities, modularity.

				With --weight value or strength, betweenness, closeness, pagerank and eigenvector are
				weighted as NetworkX's weight= variants: betweenness and closeness on shortest paths of
				length 1/weight, pagerank and eigenvector with the weights themselves. value is the yearly
				value in the network currency, strength the stated strength (low 1, medium 2, high 3);
				flows without one are left out of the weighted graph and counted (leftOut).

				With --paths, flow efficiency per value path instead: for every segment and every actor
				that reaches it over goods and services, the fastest path (least lead time, then cost)
				with its steps, leadDays, cost, accuracy (product), the slowest step and its days, and
				stepsWithoutLead. The table shows the 10 slowest paths per segment.

				Options:
				  --paths                   value paths instead of per-actor metrics
				  --layer L                 a declared layer, "all" (default), or "ties": the undirected
				                            graph of the ties (weighed by tie strength)
				  --weight W                none (default), value or strength
				  --scenario S              analyse scenario (or network) S instead of FILE's first network
				  --format table|json|csv   output format (default table); csv has one row per actor
				  --exact                   exact betweenness at any size; by default it is estimated
				                            above 10,000 actors (every value within ±0.05 with
				                            probability 99%, stated in the output: JSON
				                            "betweennessSample", a line of the table, stderr for csv)
				  --help                    this help

				Progress of long runs goes to stderr. Exit codes: 0 done, 1 FILE has errors,
				2 usage or I/O failure.

				Example: valuenet metrics --layer financial examples/auto/car-network.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--layer", true, "--scenario", true, "--format", true, "--weight", true, "--paths", false, "--exact", false);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		String format = arguments.choice("--format", "table", "table", "json", "csv");
		Weight weight = Weight.of(arguments.choice("--weight", "none", "none", "value", "strength"));
		BetweennessSample.setExact(arguments.flag("--exact"));
		AbstractNetwork network = Models.open(arguments, err);
		if (network == null) {
			return Valuenet.PROBLEMS;
		}
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		if (arguments.flag("--paths")) {
			ValuePathReport.print(network.getName(), analysis.valuePaths(), format, out);
			return Valuenet.OK;
		}
		String layer = arguments.option("--layer", LayerGraph.ALL);
		if (!analysis.metricLayers().contains(layer)) {
			throw new Arguments.UsageException("unknown layer '" + layer + "'; " + network.getName() + " has " + String.join(", ", analysis.metricLayers()));
		}
		if (layer.equals(LayerGraph.TIES) && weight == Weight.VALUE && !analysis.layers().contains(layer)) {
			throw new Arguments.UsageException("ties carry no value of their own: weigh the ties layer with --weight strength or none");
		}
		long start = System.nanoTime();
		int n = analysis.graph(layer).graph().nodeCount();
		if (n > 1000) {
			err.printf("valuenet metrics: measuring %d actors, %d edges on layer %s...%n", n, analysis.graph(layer).graph().edgeCount(), layer);
		}
		List<ActorMetrics> actors = analysis.actorMetrics(layer, weight);
		List<Profitability> profits = analysis.profitability();
		NetworkSummary summary = analysis.summary(layer);
		WeightedGraph weighted = analysis.weighted(layer, weight);
		Values values = new Values(analysis.currencyLabel(), analysis.graph(layer).unvaluedFlows());
		// weighted betweenness is always exact (the sample is of unweighted shortest paths)
		BetweennessSample sample = weight == Weight.NONE ? analysis.betweennessSample(layer) : null;
		switch (format) {
			case "json" -> {
				JsonObject json = json(network, summary, weighted, actors, profits, values);
				if (sample != null) {
					JsonObject bound = new JsonObject();
					bound.addProperty("sources", sample.sources());
					bound.addProperty("actors", sample.nodes());
					bound.addProperty("epsilon", sample.epsilon());
					bound.addProperty("delta", sample.delta());
					json.add("betweennessSample", bound);
				}
				out.println(Json.write(json));
			}
			case "csv" -> {
				csv(actors, profits, weight, out);
				if (sample != null) {
					err.println("valuenet metrics: " + sample.describe());
				}
			}
			default -> {
				table(network, summary, weighted, actors, profits, values, out);
				if (sample != null) {
					out.println(sample.describe());
				}
			}
		}
		if (n > 1000) {
			err.printf("valuenet metrics: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
		}
		return Valuenet.OK;
	}

	/** The network currency the values are in, and how many flows of the layer have no value. */
	private record Values(String currency, int unvaluedFlows) {
	}

	static Object[] values(ActorMetrics m, Profitability p) {
		return new Object[] { m.actor(), m.kind(), m.inDegree(), m.outDegree(), m.inStrength(), m.outStrength(), m.betweenness(),
				m.closeness(), m.eigenvector(), m.pagerank(), m.community(), m.articulationPoint(), m.suppliers(), m.hhi(), p.valueIn(),
				p.valueOut(), p.net(), p.moneyIn(), p.moneyOut(), p.unvaluedIn(), p.unvaluedOut() };
	}

	private static JsonObject json(AbstractNetwork network, NetworkSummary summary, WeightedGraph weighted, List<ActorMetrics> actors,
			List<Profitability> profits, Values v) {
		JsonObject json = new JsonObject();
		json.addProperty("network", network.getName());
		json.addProperty("layer", summary.layer());
		json.addProperty("currency", v.currency());
		json.add("weight", weightJson(weighted));
		JsonObject whole = new JsonObject();
		whole.addProperty("actors", summary.actors());
		whole.addProperty("edges", summary.edges());
		whole.addProperty("flows", summary.flows());
		whole.addProperty("unvaluedFlows", v.unvaluedFlows());
		whole.addProperty("density", summary.density());
		whole.addProperty("reciprocity", summary.reciprocity());
		whole.addProperty("diameter", summary.diameter());
		whole.addProperty("averagePathLength", summary.averagePathLength());
		whole.addProperty("bridges", summary.bridges());
		whole.addProperty("communities", summary.communities());
		whole.addProperty("modularity", summary.modularity());
		json.add("summary", whole);
		JsonArray list = new JsonArray();
		for (int a = 0; a < actors.size(); a++) {
			JsonObject item = new JsonObject();
			Object[] values = values(actors.get(a), profits.get(a));
			for (int i = 0; i < FIELDS.size(); i++) {
				switch (values[i]) {
					case Number number -> item.addProperty(FIELDS.get(i), number);
					case Boolean bool -> item.addProperty(FIELDS.get(i), bool);
					default -> item.addProperty(FIELDS.get(i), String.valueOf(values[i]));
				}
			}
			list.add(item);
		}
		json.add("actors", list);
		return json;
	}

	/** What the centralities were weighted by, and what that left out. */
	static JsonObject weightJson(WeightedGraph weighted) {
		JsonObject json = new JsonObject();
		json.addProperty("by", weighted.weight().id());
		json.addProperty("edges", weighted.graph().edgeCount());
		json.addProperty("leftOut", weighted.leftOut());
		json.addProperty("edgesLeftOut", weighted.edgesOut());
		return json;
	}

	private static void csv(List<ActorMetrics> actors, List<Profitability> profits, Weight weight, PrintStream out) {
		// the weight goes into every row (a last column) so that a row read alone says what it measured
		out.println(String.join(",", FIELDS) + ",weight");
		for (int a = 0; a < actors.size(); a++) {
			StringBuilder row = new StringBuilder();
			for (Object value : values(actors.get(a), profits.get(a))) {
				if (!row.isEmpty()) {
					row.append(',');
				}
				row.append(value instanceof Double d ? (Double.isFinite(d) ? Double.toString(d) : "") : String.valueOf(value));
			}
			out.println(row.append(',').append(weight.id()));
		}
	}

	private static void table(AbstractNetwork network, NetworkSummary s, WeightedGraph weighted, List<ActorMetrics> actors,
			List<Profitability> profits, Values v, PrintStream out) {
		out.printf(Locale.ROOT, "%s, layer %s: %d actors, %d edges (%d flows), density %.4f, reciprocity %.3f, diameter %d, "
				+ "average path %.3f, %d bridges, %d communities (modularity %.3f)%n", network.getName(), s.layer(), s.actors(), s.edges(),
				s.flows(), s.density(), s.reciprocity(), s.diameter(), s.averagePathLength(), s.bridges(), s.communities(), s.modularity());
		out.printf(Locale.ROOT, "Values in %s per year; %d of the layer's %d flows have no value and are left out of value figures"
				+ " (valuenet check lists them).%n", v.currency(), v.unvaluedFlows(), s.flows());
		if (weighted.weight() != Weight.NONE) {
			out.printf(Locale.ROOT, "centralities weighted by %s (path length 1/weight): %d edges; %d %s without a %s left out%s%n",
					weighted.weight().id(), weighted.graph().edgeCount(), weighted.leftOut(),
					LayerGraph.TIES.equals(s.layer()) ? "ties" : "flows", weighted.weight().id(),
					weighted.edgesOut() > 0 ? " (" + weighted.edgesOut() + " edges with no weight at all)" : "");
		}
		out.println();
		int width = Math.max(5, actors.stream().mapToInt(a -> a.actor().length()).max().orElse(5));
		out.printf(Locale.ROOT, "%-" + width + "s %-10s %4s %4s %11s %11s %11s %11s %4s %3s %5s %5s%n", "actor", "kind", "in", "out",
				"betweenness", "closeness", "eigenvector", "pagerank", "comm", "cut", "supp", "hhi");
		for (ActorMetrics m : actors) {
			out.printf(Locale.ROOT, "%-" + width + "s %-10s %4d %4d %11.6f %11.6f %11.6f %11.6f %4d %3s %5d %5s%n", m.actor(),
					m.kind().length() > 10 ? m.kind().substring(0, 10) : m.kind(), m.inDegree(), m.outDegree(), m.betweenness(), m.closeness(),
					m.eigenvector(), m.pagerank(), m.community(), m.articulationPoint() ? "yes" : "", m.suppliers(), hhi(m.hhi()));
		}
		out.printf(Locale.ROOT, "%nProfitability, all layers (%s per year; unvalued = flows in/out without a value)%n", v.currency());
		out.printf(Locale.ROOT, "%-" + width + "s %15s %15s %15s %15s %15s %9s%n", "actor", "value in", "value out", "net", "money in",
				"money out", "unvalued");
		for (Profitability p : profits) {
			out.printf(Locale.ROOT, "%-" + width + "s %15s %15s %15s %15s %15s %4d/%-4d%n", p.actor(), amount(p.valueIn()),
					amount(p.valueOut()), amount(p.net()), amount(p.moneyIn()), amount(p.moneyOut()), p.unvaluedIn(), p.unvaluedOut());
		}
	}

	/** An amount with thousands separators, no decimals (currency amounts per year). */
	/** A supplier concentration, empty where it is undefined (a supplier's flows carry no value), as the help says. */
	private static String hhi(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String amount(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}
}
