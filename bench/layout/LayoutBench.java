import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramEdge;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramLayout;
import dev.valuenet.diagram.DiagramNode;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.diagram.Layout;
import dev.valuenet.diagram.SvgRenderer;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;

/**
 * Times the network map's whole path: model -> diagram graph (with its overlays' analysis) ->
 * layout -> SVG, the path the workbench repeats after every text edit. Run by layout.sh on the
 * jars of the built CLI (java's single-file source launcher), never as a test.
 *
 * <pre>
 * java -cp "lib/*" LayoutBench.java [--reps N] [--collapse auto|never] [--layout auto|layered|stress|radial] [--prepare]
 *     [--dot DIR] [--svg DIR] [--gv DIR] NAME=FILE.vnet...
 * </pre>
 *
 * Per model: loading (parse + link + validate, once), then one "cold" pass (the first map drawn
 * in this JVM: ELK's classes load and run interpreted, as when the workbench opens its first
 * map) and N "warm" passes, each after an edit (the network's title changes, which drops the
 * cached analysis, so communities, centralities and articulation points are computed again, as
 * after a real edit; reparsing the text is the editor's, not counted here). Prints medians and
 * minima in milliseconds. {@code --prepare} first calls {@link DiagramLayout#prepare()} (as a
 * workbench does in the background when a model opens) and prints its time. {@code --dot DIR} also writes each map as Graphviz DOT with the edges
 * ELK sees (one per pair of boxes) for a side-by-side run of {@code dot}.
 * {@code --svg DIR} writes the last pass's map as {@code DIR/NAME-LAYOUT.svg} (for svgmetrics.py),
 * {@code --gv DIR} the same graph undirected for Graphviz sfdp and neato ({@code DIR/NAME.gv}, one
 * edge per pair, same box sizes) with each box's community ({@code DIR/NAME.communities}).
 */
public class LayoutBench {

	public static void main(String[] args) throws Exception {
		int reps = 10;
		String collapse = "auto";
		Path dot = null;
		Path svgDir = null;
		Path gvDir = null;
		dev.valuenet.diagram.LayoutKind kind = dev.valuenet.diagram.LayoutKind.AUTO;
		boolean prepare = false;
		Map<String, Path> models = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--reps" -> reps = Integer.parseInt(args[++i]);
				case "--collapse" -> collapse = args[++i];
				case "--dot" -> dot = Path.of(args[++i]);
				case "--prepare" -> prepare = true;
				case "--svg" -> svgDir = Path.of(args[++i]);
				case "--gv" -> gvDir = Path.of(args[++i]);
				case "--layout" -> kind = dev.valuenet.diagram.LayoutKind.parse(args[++i]);
				default -> {
					String[] nameFile = args[i].split("=", 2);
					models.put(nameFile[0], Path.of(nameFile[1]));
				}
			}
		}
		DiagramOptions options = DiagramOptions.DEFAULT.withCollapse(DiagramOptions.Collapse.valueOf(collapse.toUpperCase(Locale.ROOT)))
				.withLayout(kind);
		System.out.printf(Locale.ROOT, "%-8s %-7s %6s %6s %6s %6s %8s | %-27s | %-27s%n", "model", "layout", "actors", "boxes", "lines", "pairs", "load ms",
				"cold: build layout svg", "warm median: build layout svg  (min total)");
		for (Map.Entry<String, Path> model : models.entrySet()) {
			long start = System.nanoTime();
			AbstractNetwork network = load(model.getValue());
			double load = millis(start);
			String name = model.getKey();
			if (prepare) {
				long before = System.nanoTime();
				DiagramLayout.prepare();
				name += String.format(Locale.ROOT, " (after prepare(): %.0f ms)", millis(before));
			}
			List<double[]> passes = new ArrayList<>();
			DiagramGraph graph = null;
			String svg = null;
			for (int pass = 0; pass <= reps; pass++) {
				if (pass > 0) {
					network.setTitle("edit " + pass); // a semantic change: the cached analysis is dropped
				}
				long t0 = System.nanoTime();
				graph = DiagramBuilder.map(network, options);
				long t1 = System.nanoTime();
				Layout layout = DiagramLayout.layout(graph, Map.of(), null, options);
				long t2 = System.nanoTime();
				svg = SvgRenderer.map(graph, layout);
				long t3 = System.nanoTime();
				if (svg.isEmpty()) {
					throw new AssertionError();
				}
				passes.add(new double[] { (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6 });
			}
			double[] cold = passes.get(0);
			List<double[]> warm = passes.subList(1, passes.size());
			String resolved = DiagramLayout.resolve(graph, kind).label();
			System.out.printf(Locale.ROOT, "%-8s %-7s %6d %6d %6d %6d %8.0f | %7.0f %7.0f %7.0f   | %7.0f %7.0f %7.0f  (%5.0f)%n", name,
					resolved, graph.actors(), graph.nodes().size(), graph.edges().size(), pairs(graph).size(), load, cold[0], cold[1], cold[2],
					median(warm, 0), median(warm, 1), median(warm, 2), warm.stream().mapToDouble(p -> p[0] + p[1] + p[2]).min().orElse(0));
			if (svgDir != null) {
				Files.createDirectories(svgDir);
				Files.writeString(svgDir.resolve(model.getKey() + "-" + kind.label() + ".svg"), svg);
			}
			if (gvDir != null) {
				Files.createDirectories(gvDir);
				Files.writeString(gvDir.resolve(model.getKey() + ".gv"), undirected(graph));
				StringBuilder communities = new StringBuilder();
				for (int n = 0; n < graph.nodes().size(); n++) {
					communities.append('n').append(n).append(' ').append(graph.nodes().get(n).community()).append('\n');
				}
				Files.writeString(gvDir.resolve(model.getKey() + ".communities"), communities.toString());
			}
			if (dot != null) {
				Files.createDirectories(dot);
				Files.writeString(dot.resolve(model.getKey() + ".dot"), dot(graph));
			}
		}
	}

	private static AbstractNetwork load(Path file) throws Exception {
		List<Path> files = new ArrayList<>(List.of(file));
		try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
			siblings.filter(p -> p.toString().endsWith(".vnet") && !p.toAbsolutePath().equals(file.toAbsolutePath())).sorted().forEach(files::add);
		}
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(files);
		workspace.validate();
		return workspace.document(file).getNetworks().get(0);
	}

	private static double millis(long since) {
		return (System.nanoTime() - since) / 1e6;
	}

	private static double median(List<double[]> passes, int column) {
		List<Double> values = new ArrayList<>();
		passes.forEach(p -> values.add(p[column]));
		Collections.sort(values);
		return values.isEmpty() ? 0 : values.get(values.size() / 2);
	}

	/** Unordered pairs of boxes joined by at least one line: the edges ELK lays out. */
	private static Set<String> pairs(DiagramGraph graph) {
		Set<String> pairs = new LinkedHashSet<>();
		for (DiagramEdge e : graph.edges()) {
			pairs.add(e.source().compareTo(e.target()) <= 0 ? e.source() + " " + e.target() : e.target() + " " + e.source());
		}
		return pairs;
	}

	/**
	 * The graph ELK lays out, for Graphviz: boxes of the same size (72 px = 1 inch), one edge per
	 * pair of boxes as thick as its lines, left to right, edge labels when the map has them.
	 */
	private static String dot(DiagramGraph graph) {
		Map<String, Integer> index = new LinkedHashMap<>();
		StringBuilder dot = new StringBuilder("digraph map {\n  rankdir=LR; nodesep=0.39; ranksep=1.25;\n  node [shape=box, fixedsize=true];\n");
		for (DiagramNode n : graph.nodes()) {
			index.put(n.id(), index.size());
			dot.append(String.format(Locale.ROOT, "  n%d [width=%.3f, height=%.3f];%n", index.get(n.id()), n.width() / 72, n.height() / 72));
		}
		Map<String, List<DiagramEdge>> byPair = new LinkedHashMap<>();
		for (DiagramEdge e : graph.edges()) {
			String key = e.source().compareTo(e.target()) <= 0 ? e.source() + " " + e.target() : e.target() + " " + e.source();
			byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
		}
		boolean labels = graph.edges().size() <= DiagramLayout.MAX_LABELLED_EDGES;
		for (List<DiagramEdge> members : byPair.values()) {
			DiagramEdge first = members.get(0);
			double width = members.stream().mapToDouble(e -> e.strokeWidth() + 3).sum();
			dot.append(String.format(Locale.ROOT, "  n%d -> n%d [penwidth=%.1f", index.get(first.source()), index.get(first.target()), width));
			if (labels) {
				dot.append(", label=\"").append(String.join("\\n", members.stream().map(DiagramEdge::label).filter(l -> !l.isEmpty()).toList()))
						.append('"');
			}
			dot.append("];\n");
		}
		return dot.append("}\n").toString();
	}

	/**
	 * The map's graph for Graphviz sfdp and neato: undirected, boxes of the map's sizes (72 px = 1
	 * inch, fixed), one edge per pair of boxes, overlaps removed by Graphviz's prism.
	 */
	private static String undirected(DiagramGraph graph) {
		Map<String, Integer> index = new LinkedHashMap<>();
		StringBuilder gv = new StringBuilder("graph map {\n  overlap=prism; outputorder=edgesfirst;\n  node [shape=box, fixedsize=true, label=\"\"];\n");
		for (DiagramNode n : graph.nodes()) {
			index.put(n.id(), index.size());
			gv.append(String.format(Locale.ROOT, "  n%d [width=%.3f, height=%.3f];%n", index.get(n.id()), n.width() / 72, n.height() / 72));
		}
		for (String pair : pairs(graph)) {
			String[] ends = pair.split(" ");
			if (!ends[0].equals(ends[1])) {
				gv.append("  n").append(index.get(ends[0])).append(" -- n").append(index.get(ends[1])).append(";\n");
			}
		}
		return gv.append("}\n").toString();
	}
}
