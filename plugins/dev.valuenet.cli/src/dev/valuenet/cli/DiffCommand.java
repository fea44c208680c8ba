package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.analysis.ActorMetrics;
import dev.valuenet.compare.ModelDiff;
import dev.valuenet.compare.ModelDiff.Change;
import dev.valuenet.compare.ModelDiff.MetricDelta;
import dev.valuenet.compare.ModelDiff.PropertyChange;
import dev.valuenet.compare.Version;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Network;

/** {@code valuenet diff OLD NEW}: what changed between two versions of a model, element by element. */
final class DiffCommand implements Command {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String summary() {
		return "semantic diff of two versions of a .vnet file (also git's diff driver)";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet diff [--format text|json] [--top N] [--no-metrics] OLD NEW
				       valuenet diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE

				Lists the actors, segments, roles, value objects, layers, ties, flows, exchanges (and
				their lines), governance statements, canvas entries and scenario edits that were added
				(+), removed (-) or changed (~) from OLD to NEW, matched by name whatever their lines or
				order; a changed element lists each property that changed, old -> new. Layout and
				comments are not differences. Then, for each network in both versions, the actors whose
				centralities (betweenness, closeness, eigenvector, PageRank on all layers) moved most.
				/dev/null stands for a file that does not exist (everything added or removed).

				Options:
				  --format text|json  output format (default text). JSON: {"old", "new", "changes":
				                      [{"type": added|removed|changed, "path", "kind", "name", "text",
				                      "properties": [{"property", "old", "new"}]}], "metricDeltas":
				                      [{"network", "actor", "metric", "largestChange", "old", "new"}]}
				  --top N             how many actors' metric deltas per network (default 5)
				  --no-metrics        skip the metric deltas (the structural diff is fast; the metrics
				                      cost two betweenness computations per network)
				  --git               git's external diff convention (diff.<driver>.command): seven
				                      arguments, the path first; exits 0 whatever the files hold
				                      (git stops the whole diff at a driver that fails)
				  --help              this help

				Each file is read on its own: references are compared by the names written, so a scenario
				compares without its base (its metric deltas are then skipped).

				Exit codes: 0 no differences, 1 differences, 2 usage or I/O failure or a version that
				does not parse (its syntax errors go to stderr). With --git: 0, and a version that cannot
				be read or parsed is reported in the output; 2 only for arguments that are not git's.

				Git: in .gitattributes   *.vnet diff=vnet
				     git config diff.vnet.command "valuenet diff --git"
				     then git diff, and git log -p --ext-diff, show semantic diffs of .vnet files.

				Example: valuenet diff old/car-network.vnet examples/auto/car-network.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--format", true, "--top", true, "--no-metrics", false, "--git", false);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		String format = arguments.choice("--format", "text", "text", "json");
		int top = Arguments.positive(arguments, "--top", 5);
		boolean git = arguments.flag("--git");
		List<Path> paths = arguments.paths();
		Path oldFile;
		Path newFile;
		String oldLabel;
		String newLabel;
		if (git) {
			if (paths.size() != 7 && paths.size() != 9) {
				throw new Arguments.UsageException("--git takes git's seven arguments: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE");
			}
			oldFile = paths.get(1);
			newFile = paths.get(4);
			String path = paths.size() == 9 ? paths.get(8).toString() : paths.get(0).toString();
			oldLabel = "a/" + paths.get(0);
			newLabel = "b/" + path;
		} else {
			if (paths.size() != 2) {
				throw new Arguments.UsageException("give two files: OLD NEW");
			}
			oldFile = paths.get(0);
			newFile = paths.get(1);
			oldLabel = oldFile.toString();
			newLabel = newFile.toString();
		}
		if (git) {
			out.println("diff --valuenet " + oldLabel + " " + newLabel);
			out.println("--- " + (isNull(oldFile) ? "/dev/null" : oldLabel));
			out.println("+++ " + (isNull(newFile) ? "/dev/null" : newLabel));
		}
		String oldText;
		String newText;
		try {
			oldText = read(oldFile);
			newText = read(newFile);
		} catch (IOException e) {
			if (!git) throw e;
			// git stops its whole diff at a driver that exits non-zero: say it in this file's diff and go on
			out.println("valuenet diff: " + e.getMessage() + "; no semantic diff of " + newLabel);
			return Valuenet.OK;
		}
		Version before = Version.parse(oldLabel, "old.vnet", oldText);
		Version after = Version.parse(newLabel, "new.vnet", newText);
		for (Version version : List.of(before, after)) {
			if (version.hasSyntaxErrors()) {
				PrintStream to = git ? out : err;
				version.syntaxErrors().stream().limit(20).forEach(to::println);
				to.println("valuenet diff: " + version.label() + " has syntax errors; a semantic diff needs both versions to parse");
				if (!git) return Valuenet.USAGE;
				return Valuenet.OK;
			}
		}
		ModelDiff diff = ModelDiff.compare(before.document(), after.document());
		List<MetricDelta> deltas = new java.util.ArrayList<>();
		if (!arguments.flag("--no-metrics")) {
			for (AbstractNetwork network : after.document().getNetworks()) {
				AbstractNetwork old = before.network(network.getName());
				// a scenario read without its base has no graph; networks always have one
				if (old instanceof Network && network instanceof Network && changed(diff, network.getName())) {
					deltas.addAll(ModelDiff.metricDeltas(old, network, top));
				}
			}
		}
		if (format.equals("json")) {
			out.println(Json.write(json(oldLabel, newLabel, diff, deltas)));
		} else {
			text(diff, deltas, out, git);
		}
		return git || diff.isEmpty() ? Valuenet.OK : Valuenet.PROBLEMS;
	}

	private static boolean changed(ModelDiff diff, String network) {
		return diff.changes().stream().anyMatch(c -> !c.path().isEmpty() && c.path().get(0).endsWith(" " + network));
	}

	private static boolean isNull(Path file) {
		return file.toString().equals("/dev/null");
	}

	static String read(Path file) throws IOException {
		if (isNull(file)) return "";
		ModelSession.requireRegularFile(file);
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new IOException(file + " is not UTF-8 text");
		}
	}

	private static void text(ModelDiff diff, List<MetricDelta> deltas, PrintStream out, boolean git) {
		if (diff.isEmpty()) {
			out.println("no semantic differences (layout and comments may differ)");
		}
		String section = null;
		for (Change change : diff.changes()) {
			String head = change.path().isEmpty() ? "" : change.path().get(0);
			if (!head.equals(section)) {
				section = head;
				if (!head.isEmpty()) out.println(head);
			}
			String indent = head.isEmpty() ? "" : "  ";
			String where = change.path().size() > 1 ? String.join(" > ", change.path().subList(1, change.path().size())) + " > " : "";
			switch (change.type()) {
				case ADDED -> out.println(indent + "+ " + where + change.text());
				case REMOVED -> out.println(indent + "- " + where + change.text());
				case CHANGED -> {
					out.println(indent + "~ " + where + change.key());
					for (PropertyChange p : change.properties()) {
						out.println(indent + "    " + p.property() + ": " + show(p.before()) + " -> " + show(p.after()));
					}
				}
			}
		}
		String network = null;
		for (MetricDelta d : deltas) {
			if (!d.network().equals(network)) {
				network = d.network();
				out.println();
				out.println("metric deltas, network " + network + " (all layers; actors whose centralities moved most):");
				out.println(String.format("  %-28s %-22s %-22s %-22s %s", "actor", "betweenness", "closeness", "eigenvector", "pagerank"));
			}
			StringBuilder row = new StringBuilder(String.format("  %-28s", d.actor()));
			for (String metric : List.of("betweenness", "closeness", "eigenvector", "pagerank")) {
				row.append(String.format(" %-22s", value(d.before(), metric) + " -> " + value(d.after(), metric)));
			}
			out.println(row.toString().stripTrailing());
		}
	}

	private static String show(String value) {
		return value == null ? "(none)" : value;
	}

	private static String value(ActorMetrics metrics, String metric) {
		return metrics == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", ModelDiff.value(metrics, metric));
	}

	private static JsonObject json(String oldLabel, String newLabel, ModelDiff diff, List<MetricDelta> deltas) {
		JsonObject root = new JsonObject();
		root.addProperty("old", oldLabel);
		root.addProperty("new", newLabel);
		JsonArray changes = new JsonArray();
		for (Change change : diff.changes()) {
			JsonObject c = new JsonObject();
			c.addProperty("type", change.type().name().toLowerCase(java.util.Locale.ROOT));
			JsonArray path = new JsonArray();
			change.path().forEach(path::add);
			c.add("path", path);
			c.addProperty("kind", change.kind());
			c.addProperty("name", change.name());
			if (change.text() != null) c.addProperty("text", change.text());
			if (change.type() == ModelDiff.Type.CHANGED) {
				JsonArray properties = new JsonArray();
				for (PropertyChange p : change.properties()) {
					JsonObject property = new JsonObject();
					property.addProperty("property", p.property());
					property.addProperty("old", p.before());
					property.addProperty("new", p.after());
					properties.add(property);
				}
				c.add("properties", properties);
			}
			changes.add(c);
		}
		root.add("changes", changes);
		JsonArray metricDeltas = new JsonArray();
		for (MetricDelta d : deltas) {
			JsonObject m = new JsonObject();
			m.addProperty("network", d.network());
			m.addProperty("actor", d.actor());
			m.addProperty("metric", d.metric());
			m.addProperty("largestChange", d.largestChange());
			m.add("old", metrics(d.before()));
			m.add("new", metrics(d.after()));
			metricDeltas.add(m);
		}
		root.add("metricDeltas", metricDeltas);
		return root;
	}

	private static com.google.gson.JsonElement metrics(ActorMetrics metrics) {
		if (metrics == null) return JsonNull.INSTANCE;
		JsonObject m = new JsonObject();
		m.addProperty("betweenness", metrics.betweenness());
		m.addProperty("closeness", metrics.closeness());
		m.addProperty("eigenvector", metrics.eigenvector());
		m.addProperty("pagerank", metrics.pagerank());
		m.addProperty("inDegree", metrics.inDegree());
		m.addProperty("outDegree", metrics.outDegree());
		return m;
	}
}
