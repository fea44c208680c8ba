package dev.valuenet.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.clustering.LeidenCommunities;
import dev.valuenet.metrics.clustering.Partition;
import dev.valuenet.metrics.connectivity.ArticulationPoints;
import dev.valuenet.metrics.connectivity.Bridges;
import dev.valuenet.metrics.connectivity.NodePair;
import dev.valuenet.metrics.scoring.EigenvectorCentrality;
import dev.valuenet.metrics.scoring.PageRank;

/**
 * The metrics that are (near) linear in the graph size per iteration: PageRank,
 * eigenvector, articulation points, bridges, Leiden, and building the graph.
 *
 * <p>Average time over 1-second iterations, 3 of warm-up (Leiden needs them to
 * reach its compiled speed) and 3 measured (a call takes from microseconds at 1k
 * nodes to a few seconds for Leiden at 100k, so single-shot would measure the
 * interpreter at 1k). The undirected view used by eigenvector, articulation
 * points, bridges and Leiden is built once per graph and cached by
 * {@link MetricsGraph#undirected()}, so it is <em>not</em> part of these times
 * (as in the product, where the graph is built once per model state); {@link #build()}
 * measures building the directed graph from the edge list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class LinearMetricsBenchmark {

	/** Nodes. */
	@Param({ "1000", "10000", "100000" })
	public int n;

	/** Out-edges per node. */
	@Param({ "5" })
	public int edgesPerNode;

	private int[] edges;
	private MetricsGraph graph;
	private final PageRank pageRank = new PageRank();
	private final EigenvectorCentrality eigenvector = new EigenvectorCentrality();
	private final ArticulationPoints articulationPoints = new ArticulationPoints();
	private final LeidenCommunities leiden = new LeidenCommunities();

	@Setup(Level.Trial)
	public void setUp() {
		edges = RandomGraphs.loadOrGenerate(n, edgesPerNode, RandomGraphs.DEFAULT_SEED);
		graph = RandomGraphs.toMetricsGraph(edges);
		graph.undirected();
	}

	/** PageRank, alpha 0.85 (NetworkX {@code pagerank}). */
	@Benchmark
	public double[] pagerank() {
		return pageRank.scores(graph);
	}

	/** Eigenvector centrality of the undirected view (NetworkX {@code eigenvector_centrality_numpy}). */
	@Benchmark
	public double[] eigenvector() {
		return eigenvector.scores(graph);
	}

	/** Articulation points of the undirected view (NetworkX {@code articulation_points}). */
	@Benchmark
	public double[] articulationPoints() {
		return articulationPoints.scores(graph);
	}

	/** Bridges of the undirected view (NetworkX {@code bridges}). */
	@Benchmark
	public java.util.List<NodePair> bridges() {
		return Bridges.of(graph);
	}

	/** Leiden communities, modularity, resolution 1, 10 iterations, seed 0. */
	@Benchmark
	public Partition leiden() {
		return leiden.partition(graph);
	}

	/** Building the CSR graph (and its in-CSR) from the edge list, node labels included. */
	@Benchmark
	public MetricsGraph build() {
		return RandomGraphs.toMetricsGraph(edges);
	}
}
