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
				  - the flows lost, by kind, and the money they carried per year in the network currency,
				    split by direction: what the exiting actors took in (their customers stop paying and
				    lose what they paid for) and what they paid out (the revenue their suppliers lose);
				  - downstream: each actor who stays and loses revenue or supply value, largest first;
				  - per customer segment, the actors cut off from it on the goods-and-services graph,
				    whether the segment loses all its supply, the yearly value of its supply before and
				    after, and how many supplier links must fail to cut it off (minimum cut) before and
				    after;
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
		json.addProperty("currency", impact.flows().currency());
		json.addProperty("moneyInflowLostPerYear", impact.flows().moneyInflowLost());
		json.addProperty("moneyOutflowLostPerYear", impact.flows().moneyOutflowLost());
		json.addProperty("unvaluedFlowsLost", impact.flows().unvalued());
		JsonArray downstream = new JsonArray();
		for (ExitImpact.ActorLoss loss : impact.flows().downstream()) {
			JsonObject row = new JsonObject();
			row.addProperty("actor", loss.actor());
			row.addProperty("revenueLostPerYear", loss.revenueLost());
			row.addProperty("supplyValueLostPerYear", loss.supplyLost());
			downstream.add(row);
		}
		json.add("downstream", downstream);
		JsonArray segments = new JsonArray();
		for (ExitImpact.SegmentImpact s : impact.segments()) {
			JsonObject segment = new JsonObject();
			segment.addProperty("segment", s.segment());
			JsonArray cut = new JsonArray();
			s.actorsCutOff().forEach(cut::add);
			segment.add("actorsCutOff", cut);
			segment.addProperty("losesAllSupply", s.losesAllSupply());
			segment.addProperty("supplyValueBefore", s.supplyBefore());
			segment.addProperty("supplyValueAfter", s.supplyAfter());
			segment.addProperty("supplierLinksBefore", s.linksBefore());
			segment.addProperty("supplierLinksAfter", s.linksAfter());
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

	/** A JSON array of names as text: "a.b.A, a.b.B". */
	private static String names(JsonArray names) {
		return String.join(", ", names.asList().stream().map(e -> e.getAsString()).toList());
	}

	private static void text(JsonObject report, PrintStream out) {
		out.printf(Locale.ROOT, "If %s exit(s) %s:%n", names(report.getAsJsonArray("removed")), report.get("network").getAsString());
		String currency = report.has("currency") && !report.get("currency").isJsonNull() ? report.get("currency").getAsString() : "money";
		List<String> kinds = report.getAsJsonObject("flowsLostByKind").entrySet().stream().map(e -> e.getKey() + " " + e.getValue().getAsInt())
				.toList();
		out.printf(Locale.ROOT, "  %d flow(s) lost%s%n", report.get("flowsLost").getAsInt(), kinds.isEmpty() ? "" : ": " + String.join(", ", kinds));
		out.printf(Locale.ROOT, "  money they took in %,.0f %s per year; money they paid out (others' lost revenue) %,.0f %s per year%s%n",
				report.get("moneyInflowLostPerYear").getAsDouble(), currency, report.get("moneyOutflowLostPerYear").getAsDouble(), currency,
				report.get("unvaluedFlowsLost").getAsInt() == 0 ? ""
						: "; " + report.get("unvaluedFlowsLost").getAsInt() + " lost flow(s) without a value left out");
		var downstream = report.getAsJsonArray("downstream");
		if (!downstream.isEmpty()) {
			out.println("  downstream, who loses most (per year):");
			for (int i = 0; i < Math.min(10, downstream.size()); i++) {
				JsonObject loss = downstream.get(i).getAsJsonObject();
				out.printf(Locale.ROOT, "    %-30s revenue %,15.0f %s   supply %,15.0f %s%n", loss.get("actor").getAsString(),
						loss.get("revenueLostPerYear").getAsDouble(), currency, loss.get("supplyValueLostPerYear").getAsDouble(), currency);
			}
		}
		for (var element : report.getAsJsonArray("segments")) {
			JsonObject segment = element.getAsJsonObject();
			// a segment can lose all supply while flows still reach it: from actors whose own supply is gone
			boolean starved = segment.get("losesAllSupply").getAsBoolean();
			out.printf(Locale.ROOT, "  segment %s: %s%s; %s %,.0f -> %,.0f %s per year; %d -> %d supplier link(s) to cut it off%n",
					segment.get("segment").getAsString(), starved ? "LOSES ALL SUPPLY" : "still supplied",
					segment.getAsJsonArray("actorsCutOff").isEmpty() ? "" : "; cut off: " + names(segment.getAsJsonArray("actorsCutOff")),
					starved && segment.get("supplyValueAfter").getAsDouble() > 0 ? "no origin of supply reaches it; flows into it from unsupplied actors"
							: "supply",
					segment.get("supplyValueBefore").getAsDouble(), segment.get("supplyValueAfter").getAsDouble(), currency,
					segment.get("supplierLinksBefore").getAsInt(), segment.get("supplierLinksAfter").getAsInt());
		}
		out.println("  largest betweenness changes:");
		for (var element : report.getAsJsonArray("betweennessChanges")) {
			JsonObject change = element.getAsJsonObject();
			out.printf(Locale.ROOT, "    %-30s %.4f -> %.4f%n", change.get("actor").getAsString(), change.get("before").getAsDouble(),
					change.get("after").getAsDouble());
		}
	}
}
