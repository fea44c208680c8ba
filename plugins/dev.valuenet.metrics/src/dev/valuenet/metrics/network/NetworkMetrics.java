package dev.valuenet.metrics.network;

import java.util.Arrays;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.internal.BreadthFirst;
import dev.valuenet.metrics.internal.ParallelChunks;

/**
 * Network-level measures of a directed simple graph.
 */
public final class NetworkMetrics {

	private NetworkMetrics() {
	}

	/**
	 * Directed density {@code m / (n (n-1))}: the share of possible ordered pairs
	 * that are connected. Equals NetworkX {@code density(G)} for a {@code DiGraph},
	 * including its 0 for {@code n <= 1}. {@code O(1)}.
	 *
	 * @param g the graph
	 * @return density in {@code [0,1]}
	 */
	public static double density(MetricsGraph g) {
		long n = g.nodeCount();
		return n <= 1 ? 0 : g.edgeCount() / (double) (n * (n - 1));
	}

	/**
	 * Overall reciprocity: the fraction of edges {@code u->v} whose reverse
	 * {@code v->u} also exists. Equals NetworkX {@code reciprocity(G)}; where
	 * NetworkX raises for a graph without edges this returns 0.
	 * {@code O(m log d)}.
	 *
	 * @param g the graph
	 * @return reciprocity in {@code [0,1]}
	 */
	public static double reciprocity(MetricsGraph g) {
		int m = g.edgeCount();
		if (m == 0) {
			return 0;
		}
		long reciprocated = 0;
		for (int u = 0; u < g.nodeCount(); u++) {
			for (int k = 0; k < g.outDegree(u); k++) {
				if (g.edgeIndex(g.outNeighbor(u, k), u) >= 0) {
					reciprocated++;
				}
			}
		}
		return reciprocated / (double) m;
	}

	/**
	 * Diameter and average shortest-path length (unweighted, directed) over the
	 * ordered pairs {@code (u,v)}, {@code u != v}, for which {@code v} is reachable
	 * from {@code u}.
	 *
	 * <p>On a strongly connected graph these equal NetworkX {@code diameter(G)} and
	 * {@code average_shortest_path_length(G)}. NetworkX raises for graphs that are
	 * not strongly connected; here unreachable pairs are left out, so a value is
	 * always defined, and {@link PathStatistics#reachablePairs()} says how many
	 * pairs it rests on. With no reachable pair both values are 0.
	 *
	 * <p>One BFS per node, nodes split across threads: {@code O(n*m)} time.
	 *
	 * @param g       the graph
	 * @param threads worker threads (at least 1)
	 * @return the statistics
	 */
	public static PathStatistics pathStatistics(MetricsGraph g, int threads) {
		return pathStatistics(g, threads, Cancellation.NONE);
	}

	/**
	 * As {@link #pathStatistics(MetricsGraph, int)}, polling {@code cancel} before every search.
	 *
	 * @throws java.util.concurrent.CancellationException when cancelled
	 */
	public static PathStatistics pathStatistics(MetricsGraph g, int threads, Cancellation cancel) {
		int n = g.nodeCount();
		if (n == 0) {
			return new PathStatistics(0, 0, 0, 0);
		}
		int[] off = g.outOffsets();
		int[] adj = g.outTargets();
		int chunks = Math.min(16, n);
		long[] sums = new long[chunks];
		long[] pairs = new long[chunks];
		int[] max = new int[chunks];
		ParallelChunks.run(n, chunks, Math.max(1, threads), (chunk, from, to) -> {
			int[] dist = new int[n];
			int[] queue = new int[n];
			Arrays.fill(dist, -1);
			long sum = 0;
			long count = 0;
			int diameter = 0;
			for (int s = from; s < to; s++) {
				cancel.check();
				int tail = BreadthFirst.search(s, off, adj, dist, queue);
				sum += BreadthFirst.distanceSum(dist, queue, tail);
				diameter = Math.max(diameter, dist[queue[tail - 1]]); // BFS order: the last node is the farthest
				count += tail - 1;
				BreadthFirst.reset(dist, queue, tail);
			}
			sums[chunk] = sum;
			pairs[chunk] = count;
			max[chunk] = diameter;
		});
		long sum = 0;
		long count = 0;
		int diameter = 0;
		for (int c = 0; c < chunks; c++) {
			sum += sums[c];
			count += pairs[c];
			diameter = Math.max(diameter, max[c]);
		}
		long allPairs = (long) n * (n - 1);
		return new PathStatistics(diameter, count == 0 ? 0 : sum / (double) count, count, allPairs);
	}

	/** {@link #pathStatistics(MetricsGraph, int)} on all available processors. */
	public static PathStatistics pathStatistics(MetricsGraph g) {
		return pathStatistics(g, ParallelChunks.defaultThreads());
	}
}
