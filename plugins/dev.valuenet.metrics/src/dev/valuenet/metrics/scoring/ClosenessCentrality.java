package dev.valuenet.metrics.scoring;

import java.util.Arrays;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.internal.BreadthFirst;
import dev.valuenet.metrics.internal.ParallelChunks;

/**
 * Closeness centrality on incoming shortest-path distances, with the
 * Wasserman-Faust correction for graphs that are not strongly connected.
 *
 * <p><b>Definition.</b> For node {@code u} let {@code R(u)} be the set of nodes
 * that can reach {@code u} (including {@code u}), {@code r = |R(u)|}, and
 * {@code D(u)} the sum of the unweighted distances {@code d(v,u)} over
 * {@code v in R(u)}. Then {@code C(u) = (r-1)/D(u) * (r-1)/(n-1)}, and
 * {@code C(u) = 0} when {@code D(u) = 0} (nobody reaches {@code u}) or
 * {@code n <= 1}. Distances are measured <em>to</em> the node because that is
 * what NetworkX does for directed graphs; this equals NetworkX
 * {@code closeness_centrality(G)} (with its default {@code wf_improved=True}) on
 * the same {@code nx.DiGraph}. Reference: Wasserman and Faust, <i>Social Network
 * Analysis</i>, 1994, p. 201.
 *
 * <p><b>Algorithm and complexity.</b> One BFS per node on the reversed graph,
 * nodes split across worker threads: {@code O(n*m)} time, {@code O(n)} memory per
 * worker. Each value is computed by one thread only, so the result does not
 * depend on the thread count.
 */
public final class ClosenessCentrality implements NodeScoring {

	private final int threads;

	/** Closeness on all available processors. */
	public ClosenessCentrality() {
		this(ParallelChunks.defaultThreads());
	}

	/** @param threads number of worker threads (at least 1) */
	public ClosenessCentrality(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1: " + threads);
		}
		this.threads = threads;
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		return scores(graph, Cancellation.NONE);
	}

	/** As {@link #scores(MetricsGraph)}; polls {@code cancel} before every node's search. */
	@Override
	public double[] scores(MetricsGraph graph, Cancellation cancel) {
		int n = graph.nodeCount();
		double[] result = new double[n];
		if (n <= 1) {
			return result;
		}
		int[] off = graph.inOffsets();
		int[] adj = graph.inSources();
		int chunks = Math.min(16, n);
		ParallelChunks.run(n, chunks, threads, (chunk, from, to) -> {
			int[] dist = new int[n];
			int[] queue = new int[n];
			Arrays.fill(dist, -1);
			for (int u = from; u < to; u++) {
				cancel.check();
				int tail = BreadthFirst.search(u, off, adj, dist, queue);
				long total = BreadthFirst.distanceSum(dist, queue, tail);
				BreadthFirst.reset(dist, queue, tail);
				if (total > 0) {
					double reached = tail - 1.0;
					result[u] = reached / total * (reached / (n - 1));
				}
			}
		});
		return result;
	}
}
