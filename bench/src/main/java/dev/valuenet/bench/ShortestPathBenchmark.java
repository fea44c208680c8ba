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
import dev.valuenet.metrics.internal.ParallelChunks;
import dev.valuenet.metrics.scoring.BrandesBetweenness;
import dev.valuenet.metrics.scoring.ClosenessCentrality;

/**
 * The all-pairs shortest-path metrics, {@code O(n*m)}: one BFS per node.
 *
 * <p>Single-shot: one call is one measurement (seconds at 10k nodes). The default
 * run stops at 10k nodes: at 100k one betweenness call is about 100x the 10k time
 * (minutes). Ask for it explicitly with {@code -p n=100000}.
 *
 * <p>{@code threads=0} means all available processors (the product default);
 * {@code -p threads=1} measures the sequential speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ShortestPathBenchmark {

	/** Nodes; 100000 only on request ({@code -p n=100000}). */
	@Param({ "1000", "10000" })
	public int n;

	/** Out-edges per node. */
	@Param({ "5" })
	public int edgesPerNode;

	/** Worker threads, 0 = all available processors. */
	@Param({ "0" })
	public int threads;

	private MetricsGraph graph;
	private BrandesBetweenness betweenness;
	private ClosenessCentrality closeness;

	@Setup(Level.Trial)
	public void setUp() {
		graph = RandomGraphs.toMetricsGraph(RandomGraphs.loadOrGenerate(n, edgesPerNode, RandomGraphs.DEFAULT_SEED));
		int t = threads > 0 ? threads : ParallelChunks.defaultThreads();
		betweenness = new BrandesBetweenness(t, true);
		closeness = new ClosenessCentrality(t);
	}

	/** Brandes betweenness, normalized (NetworkX {@code betweenness_centrality}). */
	@Benchmark
	public double[] betweenness() {
		return betweenness.scores(graph);
	}

	/** Closeness on incoming distances, Wasserman-Faust (NetworkX {@code closeness_centrality}). */
	@Benchmark
	public double[] closeness() {
		return closeness.scores(graph);
	}
}
