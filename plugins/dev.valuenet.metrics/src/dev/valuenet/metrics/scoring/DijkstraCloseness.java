package dev.valuenet.metrics.scoring;

import java.util.Arrays;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.internal.IndexedMinHeap;
import dev.valuenet.metrics.internal.ParallelChunks;

/**
 * Closeness centrality on incoming shortest-path distances of a graph whose edge weights are
 * connection strengths (edge length {@code 1/weight}), with the Wasserman-Faust correction.
 *
 * <p><b>Definition.</b> As {@link ClosenessCentrality}, with {@code d(v,u)} the length of a
 * shortest directed path from {@code v} to {@code u} when an edge {@code e} has length
 * {@code 1/w(e)}: for {@code R(u)} the nodes that reach {@code u} (with {@code u}),
 * {@code r = |R(u)|} and {@code D(u)} the sum of their distances to {@code u},
 * {@code C(u) = (r-1)/D(u) * (r-1)/(n-1)}, and 0 when {@code D(u) = 0} or {@code n <= 1}. Edges of
 * weight 0 are no way. This equals NetworkX
 * {@code closeness_centrality(G, distance="distance")} (default {@code wf_improved=True}) on the
 * same {@code nx.DiGraph} with {@code G[u][v]["distance"] = 1 / G[u][v]["weight"]}. Reference:
 * Wasserman and Faust, <i>Social Network Analysis</i>, 1994, p. 201; Dijkstra, "A note on two
 * problems in connexion with graphs", Numer. Math. 1, 1959.
 *
 * <p><b>Algorithm and complexity.</b> One Dijkstra search per node on the reversed graph with an
 * indexed binary heap, nodes split across worker threads: {@code O(n (m + n log n))} time,
 * {@code O(n)} memory per worker. Each value is computed by one thread only, so the result does
 * not depend on the thread count.
 */
public final class DijkstraCloseness implements NodeScoring {

	private final int threads;

	/** Weighted closeness on all available processors. */
	public DijkstraCloseness() {
		this(ParallelChunks.defaultThreads());
	}

	/** @param threads number of worker threads (at least 1) */
	public DijkstraCloseness(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1: " + threads);
		}
		this.threads = threads;
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		int n = graph.nodeCount();
		double[] result = new double[n];
		if (n <= 1) {
			return result;
		}
		int[] inOff = graph.inOffsets();
		int[] inAdj = graph.inSources();
		double[] inLen = EdgeLengths.inLengths(graph, EdgeLengths.outLengths(graph));
		int chunks = Math.min(16, n);
		ParallelChunks.run(n, chunks, threads, (chunk, from, to) -> {
			double[] dist = new double[n];
			boolean[] done = new boolean[n];
			int[] reached = new int[n];
			Arrays.fill(dist, Double.POSITIVE_INFINITY);
			IndexedMinHeap heap = new IndexedMinHeap(dist);
			for (int u = from; u < to; u++) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				int count = 0;
				double total = 0;
				dist[u] = 0;
				heap.offer(u);
				while (!heap.isEmpty()) {
					int v = heap.poll();
					done[v] = true;
					reached[count++] = v;
					double dv = dist[v];
					total += dv;
					for (int k = inOff[v], end = inOff[v + 1]; k < end; k++) {
						int w = inAdj[k];
						if (!done[w]) {
							double candidate = dv + inLen[k];
							if (candidate < dist[w]) {
								dist[w] = candidate;
								heap.offer(w);
							}
						}
					}
				}
				for (int i = 0; i < count; i++) {
					dist[reached[i]] = Double.POSITIVE_INFINITY;
					done[reached[i]] = false;
				}
				if (total > 0) {
					double r = count - 1.0;
					result[u] = r / total * (r / (n - 1));
				}
			}
		});
		return result;
	}
}
