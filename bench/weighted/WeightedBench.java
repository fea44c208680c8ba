import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.Weight;
import dev.valuenet.analysis.WeightedGraph;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.scoring.BrandesBetweenness;
import dev.valuenet.metrics.scoring.ClosenessCentrality;
import dev.valuenet.metrics.scoring.DijkstraBetweenness;
import dev.valuenet.metrics.scoring.DijkstraCloseness;

/**
 * Weighted against unweighted betweenness and closeness on a model's "all" layer (issue 10 item 2):
 * the graphs NetworkAnalysis builds for --weight none, value and strength, each algorithm timed
 * REPS times after one warm-up call, all processors. Run by weighted.sh on the built CLI's jars.
 *
 * <p>Usage: java -cp "DIST/lib/*" weighted/WeightedBench.java [--reps N] MODEL.vnet
 */
public final class WeightedBench {

	public static void main(String[] args) throws Exception {
		int reps = 3;
		Path file = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--reps")) {
				reps = Integer.parseInt(args[++i]);
			} else {
				file = Path.of(args[i]);
			}
		}
		long t0 = System.nanoTime();
		Path model = file;
		List<Path> files = new ArrayList<>(List.of(model));
		try (Stream<Path> siblings = Files.list(model.toAbsolutePath().getParent())) {
			siblings.filter(p -> p.toString().endsWith(".vnet") && !p.toAbsolutePath().equals(model.toAbsolutePath())).sorted().forEach(files::add);
		}
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(files);
		workspace.validate();
		NetworkAnalysis analysis = NetworkAnalysis.of(workspace.document(file).getNetworks().get(0));
		System.out.printf(Locale.ROOT, "# %s: loaded in %.1f s; %d cores; median of %d runs after 1 warm-up, ms%n", file.getFileName(),
				(System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(), reps);
		System.out.println("weight     nodes  edges  leftOut  betweenness  closeness");
		for (Weight weight : Weight.values()) {
			WeightedGraph weighted = analysis.weighted(LayerGraph.ALL, weight);
			MetricsGraph g = weighted.graph();
			boolean plain = weight == Weight.NONE;
			double b = time(reps, () -> plain ? new BrandesBetweenness().scores(g) : new DijkstraBetweenness().scores(g));
			double c = time(reps, () -> plain ? new ClosenessCentrality().scores(g) : new DijkstraCloseness().scores(g));
			System.out.printf(Locale.ROOT, "%-9s %6d %6d %8d %12.0f %10.0f%n", weight.id(), g.nodeCount(), g.edgeCount(), weighted.leftOut(), b, c);
			if (plain) {
				// the same edges, every weight 1, through the weighted (Dijkstra) code: the price of weights alone
				MetricsGraph.Builder unit = MetricsGraph.builder();
				for (int v = 0; v < g.nodeCount(); v++) {
					unit.addNode(g.label(v));
				}
				for (int e = 0; e < g.edgeCount(); e++) {
					unit.addEdge(g.source(e), g.target(e), 1.0);
				}
				MetricsGraph u = unit.build();
				double ub = time(reps, () -> new DijkstraBetweenness().scores(u));
				double uc = time(reps, () -> new DijkstraCloseness().scores(u));
				System.out.printf(Locale.ROOT, "%-9s %6d %6d %8d %12.0f %10.0f%n", "unit(*)", u.nodeCount(), u.edgeCount(), 0, ub, uc);
			}
		}
		System.out.println("(*) the none graph with every weight 1, run by DijkstraBetweenness/DijkstraCloseness: same edges as none");
	}

	private static double time(int reps, Supplier<double[]> run) {
		run.get();
		double[] ms = new double[reps];
		for (int i = 0; i < reps; i++) {
			long t = System.nanoTime();
			run.get();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		java.util.Arrays.sort(ms);
		return ms[reps / 2];
	}
}
