package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.compare.MetricHistory;
import dev.valuenet.compare.MetricHistory.Row;

/** {@code valuenet history FILE}: network and actor metrics, findings and money commit by commit (JGit). */
final class HistoryCommand implements Command {

	@Override
	public String name() {
		return "history";
	}

	@Override
	public String summary() {
		return "metrics, findings and money of a model over its git history";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet history [--since REV] [--metric M[,M...]] [--actor A] [--network N]
				                        [--format table|json|csv] [--svg OUT.svg] FILE

				Walks the git history of FILE's model (JGit: no git binary needed), oldest commit first,
				one row per commit that changed it, from REV (exclusive) to HEAD. The model is FILE and
				the other .vnet files directly in its folder, as every command reads it (a network may
				be split over them); each version is read as it was in that commit, checked (errors,
				warnings: the metric checks' findings are warnings) and measured on all layers: actors, flows, density, reciprocity, diameter,
				averagePathLength, bridges, communities, modularity, and the money flowing per year in
				the network currency (NaN when one money flow has no amount).

				Options:
				  --since REV         start after this revision (a commit, tag, branch, HEAD~10)
				  --metric M[,M...]   the metric columns of the table (default: actors, flows, density,
				                      and the actor's betweenness with --actor); network metrics above,
				                      actor metrics betweenness, closeness, eigenvector, pagerank,
				                      inDegree, outDegree, suppliers, hhi (they need --actor)
				  --actor A           add A's metrics and the findings on A's declaration (e.g.
				                      vnet.single-point-of-failure: when did A become one?)
				  --network N         measure network N of the file (default: its first network)
				  --format F          table (default), csv (every metric), json (every metric)
				  --svg OUT.svg       also draw the chosen metrics over the commits, one panel each
				  --help              this help

				A version that does not parse is a row without metrics. Exit codes: 0 done, 2 usage or
				I/O failure (not in a git work tree, unknown revision).

				Example: valuenet history --actor OEM --metric betweenness --since HEAD~10 model.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--since", true, "--metric", true, "--actor", true, "--network", true, "--format", true, "--svg", true);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		String format = arguments.choice("--format", "table", "table", "csv", "json");
		if (arguments.paths().size() != 1) throw arguments.missingFile("give exactly one .vnet file");
		Path file = arguments.paths().get(0);
		ModelSession.requireRegularFile(file);
		String actor = arguments.option("--actor", null);
		List<String> columns = new ArrayList<>();
		String requested = arguments.option("--metric", null);
		if (requested == null) {
			columns.addAll(List.of("actors", "flows", "density"));
			if (actor != null) columns.add("actor.betweenness");
		} else {
			for (String m : requested.split(",")) {
				m = m.strip();
				if (MetricHistory.NETWORK_METRICS.contains(m)) columns.add(m);
				else if (MetricHistory.ACTOR_METRICS.contains(m)) {
					if (actor == null) throw new Arguments.UsageException("metric '" + m + "' is an actor metric: give --actor");
					columns.add("actor." + m);
				} else {
					throw new Arguments.UsageException("unknown metric '" + m + "'; network metrics: " + String.join(", ", MetricHistory.NETWORK_METRICS)
							+ "; actor metrics: " + String.join(", ", MetricHistory.ACTOR_METRICS));
				}
			}
		}
		// JGit logs through SLF4J; without a provider SLF4J warns on stderr at first use
		System.setProperty("slf4j.internal.verbosity", "ERROR");
		long start = System.nanoTime();
		List<Row> rows;
		try {
			rows = MetricHistory.of(file, arguments.option("--since", null), arguments.option("--network", null), actor,
					n -> { if (n % 10 == 0) err.println("valuenet history: " + n + " commit(s) measured"); });
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException(e.getMessage());
		}
		// a mistyped name would print a history of "does not parse" or NaN rows and exit 0
		String network = arguments.option("--network", null);
		if (network != null && !rows.isEmpty() && rows.stream().noneMatch(Row::parsed)) {
			throw new Arguments.UsageException("no version of " + file + " declares a network '" + network
					+ "' that loads; check the name (valuenet check " + file + " shows the file's networks)");
		}
		if (actor != null && !rows.isEmpty() && rows.stream().filter(Row::parsed)
				.allMatch(r -> Double.isNaN(r.metrics().getOrDefault("actor.inDegree", Double.NaN)))) {
			throw new Arguments.UsageException("actor '" + actor + "' is in no version of " + file + "; check the name");
		}
		switch (format) {
			case "json" -> out.println(Json.write(json(rows, actor)));
			case "csv" -> csv(rows, actor, out);
			default -> table(rows, columns, actor, out);
		}
		String svg = arguments.option("--svg", null);
		if (svg != null) dev.valuenet.dsl.io.AtomicFileWriter.write(Path.of(svg), HistoryChart.svg(rows, columns, file.getFileName().toString(), actor));
		err.printf("valuenet history: %d commit(s) in %.1f s%n", rows.size(), (System.nanoTime() - start) / 1e9);
		return Valuenet.OK;
	}

	static String number(double value) {
		if (Double.isNaN(value)) return "NaN";
		if (value == Math.rint(value) && Math.abs(value) < 1e15) return String.valueOf((long) value);
		return String.format(Locale.ROOT, "%.4f", value);
	}

	private static String label(String column, String actor) {
		return column.startsWith("actor.") ? column.substring(6) + "(" + actor + ")" : column;
	}

	private static void table(List<Row> rows, List<String> columns, String actor, PrintStream out) {
		StringBuilder head = new StringBuilder(String.format("%-8s %-10s", "commit", "date"));
		for (String c : columns) head.append(String.format(" %14s", label(c, actor)));
		head.append(String.format(" %6s %8s %16s", "errors", "warnings", "money/year"));
		if (actor != null) head.append("  findings(" + actor + ")");
		head.append("  subject");
		out.println(head);
		for (Row row : rows) {
			StringBuilder line = new StringBuilder(String.format("%-8s %-10s", row.commit(), row.time().toString().substring(0, 10)));
			for (String c : columns) line.append(String.format(" %14s", row.parsed() ? number(row.metrics().getOrDefault(c, Double.NaN)) : "-"));
			line.append(String.format(" %6d %8d %16s", row.errors(), row.warnings(),
					row.parsed() ? number(row.moneyPerYear()) + " " + row.currency() : "-"));
			if (actor != null) line.append("  ").append(row.actorFindings().isEmpty() ? "-" : String.join(",", row.actorFindings()));
			line.append("  ").append(row.parsed() ? row.subject() : row.subject() + " (does not parse)");
			out.println(line);
		}
	}

	private static void csv(List<Row> rows, String actor, PrintStream out) {
		List<String> metrics = new ArrayList<>(MetricHistory.NETWORK_METRICS);
		if (actor != null) MetricHistory.ACTOR_METRICS.forEach(m -> metrics.add("actor." + m));
		out.println("commit,time,parsed,network," + String.join(",", metrics) + ",errors,warnings,moneyPerYear,currency"
				+ (actor != null ? ",actorFindings" : "") + ",subject");
		for (Row row : rows) {
			StringBuilder line = new StringBuilder(row.commit() + "," + row.time() + "," + row.parsed() + "," + row.network());
			for (String m : metrics) line.append(',').append(row.parsed() ? number(row.metrics().getOrDefault(m, Double.NaN)) : "");
			line.append(',').append(row.errors()).append(',').append(row.warnings()).append(',')
					.append(row.parsed() ? number(row.moneyPerYear()) : "").append(',').append(row.currency());
			if (actor != null) line.append(',').append(String.join(" ", row.actorFindings()));
			line.append(",\"").append(row.subject().replace("\"", "\"\"")).append('"');
			out.println(line);
		}
	}

	private static JsonObject json(List<Row> rows, String actor) {
		JsonObject root = new JsonObject();
		if (actor != null) root.addProperty("actor", actor);
		JsonArray commits = new JsonArray();
		for (Row row : rows) {
			JsonObject c = new JsonObject();
			c.addProperty("commit", row.commit());
			c.addProperty("time", row.time().toString());
			c.addProperty("subject", row.subject());
			c.addProperty("parsed", row.parsed());
			c.addProperty("network", row.network());
			JsonObject metrics = new JsonObject();
			row.metrics().forEach(metrics::addProperty);
			c.add("metrics", metrics);
			c.addProperty("errors", row.errors());
			c.addProperty("warnings", row.warnings());
			c.addProperty("moneyPerYear", row.moneyPerYear());
			c.addProperty("currency", row.currency());
			JsonArray findings = new JsonArray();
			row.actorFindings().forEach(findings::add);
			c.add("actorFindings", findings);
			commits.add(c);
		}
		root.add("commits", commits);
		return root;
	}
}
