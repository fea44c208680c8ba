package dev.valuenet.metrics.scoring;

import java.util.Arrays;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.internal.IndexedMinHeap;
import dev.valuenet.metrics.internal.ParallelChunks;

/**
 * Shortest-path betweenness centrality of a directed graph whose edge weights are connection
 * strengths: a path's length is the sum of {@code 1/weight} over its edges.
 *
 * <p><b>Definition.</b> {@code c(v) = sum over s != v != t of sigma(s,t|v) / sigma(s,t)}, where
 * {@code sigma(s,t)} is the number of shortest directed {@code s-t} paths under the edge length
 * {@code 1/w(e)} and {@code sigma(s,t|v)} the number of those through {@code v}. Normalized (the
 * default) by {@code 1/((n-1)(n-2))}; all zeros for {@code n <= 2}. Edges of weight 0 are no way
 * (infinite length). This equals NetworkX
 * {@code betweenness_centrality(G, weight="distance", normalized=True)} on the same
 * {@code nx.DiGraph} with {@code G[u][v]["distance"] = 1 / G[u][v]["weight"]}. Two paths tie when
 * their summed lengths are equal as doubles, summed edge by edge from the source: exactly
 * NetworkX's test ({@code vw_dist == seen[w]}), so ties that exist only on paper (1/3 + 1/3 + 1/3
 * against 1) resolve as they do in NetworkX. On a graph whose weights are all equal it gives the
 * values of {@link BrandesBetweenness}.
 *
 * <p><b>Algorithm.</b> Brandes' accumulation over one Dijkstra search per source (U. Brandes,
 * "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001, section 4), on
 * primitive arrays with an indexed binary heap. Path counts are summed while edges are relaxed
 * (as NetworkX does); every relaxed edge that gave a shortest or tying length is recorded in one flat
 * array grouped by tail in settling order, and the dependency pass walks it backwards, skipping the
 * arcs a later, shorter way made obsolete, so it needs neither predecessor lists nor in-edges. Sources are cut into a fixed
 * number of chunks that worker threads pull; each chunk accumulates into its own array and the
 * arrays are summed in chunk order, so the result is bit-identical for any thread count.
 *
 * <p><b>Complexity.</b> {@code O(n*m + n^2 log n)} time, {@code O(n + m)} memory per worker plus
 * {@code O(CHUNKS*n)} for the partial sums. Use {@link BrandesBetweenness} when weights do not
 * matter: breadth-first search is several times faster.
 *
 * <p><b>Caller guarantees.</b> Weights are finite and {@code >= 0} (the {@link MetricsGraph}
 * builder enforces it); interrupting the calling thread cancels the computation.
 */
public final class DijkstraBetweenness implements NodeScoring {

	private static final int CHUNKS = 16;

	private final int threads;
	private final boolean normalized;

	/** Normalized weighted betweenness on all available processors. */
	public DijkstraBetweenness() {
		this(ParallelChunks.defaultThreads(), true);
	}

	/**
	 * @param threads    number of worker threads (at least 1)
	 * @param normalized whether to scale by {@code 1/((n-1)(n-2))}
	 */
	public DijkstraBetweenness(int threads, boolean normalized) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1: " + threads);
		}
		this.threads = threads;
		this.normalized = normalized;
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		int n = graph.nodeCount();
		double[] result = new double[n];
		if (n <= 2) {
			return result;
		}
		int[] off = graph.outOffsets();
		int[] adj = graph.outTargets();
		double[] len = EdgeLengths.outLengths(graph);
		int chunks = Math.min(CHUNKS, n);
		double[][] partial = new double[chunks][];
		ParallelChunks.run(n, chunks, threads, (chunk, from, to) -> {
			Search search = new Search(n, adj.length);
			for (int s = from; s < to; s++) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				search.accumulate(s, off, adj, len);
			}
			partial[chunk] = search.bc;
		});
		for (double[] p : partial) {
			if (p == null) {
				return result;
			}
			for (int v = 0; v < n; v++) {
				result[v] += p[v];
			}
		}
		if (normalized) {
			double scale = 1.0 / ((double) (n - 1) * (n - 2));
			for (int v = 0; v < n; v++) {
				result[v] *= scale;
			}
		}
		return result;
	}

	/** The reusable arrays of one worker. */
	private static final class Search {
		final double[] bc;
		final double[] dist;
		final double[] sigma;
		final double[] coef;
		final int[] settled; // settling index of a node in the current search, -1 before
		final int[] order;
		final int[] arcs; // edge indices relaxed with a shortest or tying length, grouped by tail in settling order
		final int[] arcEnd;
		final IndexedMinHeap heap;

		Search(int n, int m) {
			bc = new double[n];
			dist = new double[n];
			sigma = new double[n];
			coef = new double[n];
			settled = new int[n];
			order = new int[n];
			arcs = new int[m];
			arcEnd = new int[n];
			Arrays.fill(dist, Double.POSITIVE_INFINITY);
			Arrays.fill(settled, -1);
			heap = new IndexedMinHeap(dist);
		}

		void accumulate(int s, int[] off, int[] adj, double[] len) {
			int count = 0;
			int recorded = 0;
			dist[s] = 0;
			sigma[s] = 1;
			heap.offer(s);
			while (!heap.isEmpty()) {
				int v = heap.poll();
				settled[v] = count;
				order[count] = v;
				double dv = dist[v];
				double sv = sigma[v]; // final: every predecessor of v was settled before it
				for (int e = off[v], end = off[v + 1]; e < end; e++) {
					int w = adj[e];
					if (settled[w] >= 0) {
						continue;
					}
					double candidate = dv + len[e];
					double dw = dist[w];
					if (candidate < dw) {
						dist[w] = candidate;
						sigma[w] = sv;
						heap.offer(w);
						arcs[recorded++] = e;
					} else if (candidate == dw && dw < Double.POSITIVE_INFINITY) {
						sigma[w] += sv;
						arcs[recorded++] = e;
					}
				}
				arcEnd[count++] = recorded;
			}
			// Dependencies in reverse settling order over the recorded arcs that are still shortest
			// (a later, shorter way to w voids the earlier ones): coef[w] = (1 + delta[w]) / sigma[w],
			// delta[v] = sigma[v] * sum of coef over v's shortest-path successors.
			for (int i = count - 1; i >= 0; i--) {
				int v = order[i];
				double dv = dist[v];
				double sum = 0;
				for (int a = i == 0 ? 0 : arcEnd[i - 1], end = arcEnd[i]; a < end; a++) {
					int e = arcs[a];
					int w = adj[e];
					if (dv + len[e] == dist[w]) {
						sum += coef[w];
					}
				}
				double delta = sigma[v] * sum;
				if (i > 0) {
					bc[v] += delta;
				}
				coef[v] = (1 + delta) / sigma[v];
			}
			for (int i = 0; i < count; i++) {
				int v = order[i];
				dist[v] = Double.POSITIVE_INFINITY;
				sigma[v] = 0;
				coef[v] = 0;
				settled[v] = -1;
			}
		}
	}
}
