package dev.valuenet.metrics.scoring;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.internal.ParallelChunks;

/**
 * Shortest-path betweenness centrality of a directed, unweighted graph.
 *
 * <p><b>Definition.</b> {@code c(v) = sum over s != v != t of sigma(s,t|v) / sigma(s,t)},
 * where {@code sigma(s,t)} is the number of shortest directed paths from
 * {@code s} to {@code t} and {@code sigma(s,t|v)} the number of those passing
 * through {@code v}; edge weights are ignored (every edge has length 1). When
 * normalized (the default) the sum is multiplied by {@code 1/((n-1)(n-2))};
 * for {@code n <= 2} all values are 0. This equals NetworkX
 * {@code betweenness_centrality(G, normalized=True)} on the same
 * {@code nx.DiGraph}, and with {@code normalized(false)} it equals
 * {@code normalized=False}.
 *
 * <p><b>Algorithm.</b> Brandes' accumulation (U. Brandes, "A faster algorithm for
 * betweenness centrality", J. Math. Sociol. 25(2), 2001) with one breadth-first
 * search per source on primitive arrays. The BFS records the arcs of the
 * shortest-path DAG in one flat array, grouped by tail in BFS order; the
 * dependency pass walks that array backwards, so it needs neither predecessor
 * lists nor distance checks. Sources
 * are cut into a fixed number of chunks that worker threads pull; each chunk
 * accumulates into its own array and the arrays are summed in chunk order, so the
 * result is bit-identical for any thread count.
 *
 * <p><b>Complexity.</b> {@code O(n*m)} time, {@code O(n + m)} memory per worker plus
 * {@code O(CHUNKS*n)} for the partial sums. Path counts are doubles, like
 * NetworkX's, so they cannot overflow.
 *
 * <p><b>Caller guarantees.</b> None beyond a built graph. A {@link Cancellation}
 * given to {@link #scores(MetricsGraph, Cancellation)} is polled before every
 * source's search (interrupting the calling thread stops it too). Above a few
 * thousand nodes {@link SampledBetweenness} estimates the same values from a
 * sample of the sources, with a stated error bound.
 */
public final class BrandesBetweenness implements NodeScoring {

	static final int CHUNKS = 16;

	private final int threads;
	private final boolean normalized;

	/** Normalized betweenness on all available processors. */
	public BrandesBetweenness() {
		this(ParallelChunks.defaultThreads(), true);
	}

	/**
	 * @param threads    number of worker threads (at least 1)
	 * @param normalized whether to scale by {@code 1/((n-1)(n-2))}
	 */
	public BrandesBetweenness(int threads, boolean normalized) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1: " + threads);
		}
		this.threads = threads;
		this.normalized = normalized;
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		return scores(graph, Cancellation.NONE);
	}

	@Override
	public double[] scores(MetricsGraph graph, Cancellation cancel) {
		return normalized ? new BetweennessBounds(graph, threads).scores(cancel) : dependencySums(graph, null, threads, cancel);
	}

	/**
	 * Brandes' dependency sums {@code sum over s in sources of delta_s(v)} (unnormalized
	 * betweenness when the sources are all nodes), shared with {@link SampledBetweenness}.
	 * Sources are cut into {@value #CHUNKS} chunks whose partial sums are added in chunk
	 * order, so the result does not depend on the thread count.
	 *
	 * @param sources the source nodes, or null for all nodes
	 */
	static double[] dependencySums(MetricsGraph graph, int[] sources, int threads, Cancellation cancel) {
		return new BetweennessBounds(graph, sources, threads).dependencySums(cancel);
	}

	static void accumulate(int s, int[] off, int[] adj, double[] bc, int[] dist, double[] sigma,
			double[] coef, int[] order, int[] dag, int[] dagEnd) {
		int head = 0;
		int tail = 0;
		int arcs = 0;
		order[tail++] = s;
		dist[s] = 0;
		sigma[s] = 1;
		while (head < tail) {
			int v = order[head];
			int dv = dist[v] + 1;
			double sv = sigma[v];
			for (int e = off[v], end = off[v + 1]; e < end; e++) {
				int w = adj[e];
				int dw = dist[w];
				if (dw < 0) {
					dist[w] = dv;
					dw = dv;
					order[tail++] = w;
				}
				if (dw == dv) {
					sigma[w] += sv;
					dag[arcs++] = w;
				}
			}
			dagEnd[head++] = arcs;
		}
		// Back pass over the recorded shortest-path DAG arcs, no distance checks needed:
		// coef[w] = (1 + delta[w]) / sigma[w]; delta[v] = sigma[v] * sum over DAG successors of coef[w].
		for (int i = tail - 1; i > 0; i--) {
			int v = order[i];
			double sum = 0;
			for (int a = dagEnd[i - 1], end = dagEnd[i]; a < end; a++) {
				sum += coef[dag[a]];
			}
			double delta = sigma[v] * sum;
			bc[v] += delta;
			coef[v] = (1 + delta) / sigma[v];
		}
		for (int i = 0; i < tail; i++) {
			int v = order[i];
			dist[v] = -1;
			sigma[v] = 0;
			coef[v] = 0;
		}
	}
}
