package dev.valuenet.metrics.scoring;

import java.util.Arrays;
import java.util.SplittableRandom;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.internal.ParallelChunks;

/**
 * Shortest-path betweenness centrality estimated from a sample of source nodes, with an
 * absolute error bound that holds for every node at once.
 *
 * <p><b>Definition.</b> The value estimated is {@link BrandesBetweenness}'s normalized
 * betweenness {@code c(v) = 1/((n-1)(n-2)) * sum over s of delta_s(v)}, where
 * {@code delta_s(v) = sum over t of sigma(s,t|v)/sigma(s,t)} is the dependency of source
 * {@code s} on {@code v} (NetworkX {@code betweenness_centrality(G, normalized=True)}).
 *
 * <p><b>Estimator.</b> {@code k} distinct sources {@code S} drawn uniformly without
 * replacement; {@code c^(v) = n/k * 1/((n-1)(n-2)) * sum over s in S of delta_s(v)}, an
 * unbiased estimate (U. Brandes, C. Pich, "Centrality estimation in large networks",
 * Int. J. Bifurcation and Chaos 17(7), 2007). NetworkX's
 * {@code betweenness_centrality(G, k=k)} is the same estimator (with its own sample).
 *
 * <p><b>Error bound.</b> Since {@code delta_s(v) <= n-2}, each term
 * {@code n*delta_s(v)/((n-1)(n-2))} lies in {@code [0, n/(n-1)]}. Hoeffding's inequality
 * (valid for sampling without replacement too: W. Hoeffding, J. Amer. Statist. Assoc. 58,
 * 1963, section 6) and a union bound over the {@code n} nodes give
 * {@code P(max_v |c^(v) - c(v)| >= epsilon) <= 2n exp(-2k epsilon^2 ((n-1)/n)^2)}. So with
 * {@link #sampleSize(int, double, double) k = ceil((n/(n-1))^2 ln(2n/delta) / (2 epsilon^2))}
 * sources, every node's estimate is within {@code epsilon} of its exact value with
 * probability at least {@code 1 - delta}. When {@code k >= n} every node is a source and
 * the result is exact (equal to {@link BrandesBetweenness}). The bound is a worst case: the
 * errors measured in bench/ are far smaller.
 *
 * <p><b>Complexity.</b> {@code O(k*m)} time instead of {@code O(n*m)}; for a fixed error
 * bound {@code k} grows only with {@code log n}. Memory as {@link BrandesBetweenness}.
 *
 * <p><b>Caller guarantees.</b> None beyond a built graph. The sample comes from a
 * {@link SplittableRandom} with a fixed seed, so the same graph gives the same values on any
 * number of threads. {@link #scores(MetricsGraph, Cancellation)} polls the flag before every
 * source.
 */
public final class SampledBetweenness implements NodeScoring {

	private final double epsilon;
	private final double delta;
	private final long seed;
	private final int threads;

	/**
	 * @param epsilon largest absolute error of any node's normalized betweenness, in (0, 1]
	 * @param delta   probability that some node's error exceeds {@code epsilon}, in (0, 1)
	 * @param seed    seed of the source sample
	 * @param threads worker threads (at least 1)
	 */
	public SampledBetweenness(double epsilon, double delta, long seed, int threads) {
		if (!(epsilon > 0 && epsilon <= 1)) {
			throw new IllegalArgumentException("epsilon must be in (0, 1]: " + epsilon);
		}
		if (!(delta > 0 && delta < 1)) {
			throw new IllegalArgumentException("delta must be in (0, 1): " + delta);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1: " + threads);
		}
		this.epsilon = epsilon;
		this.delta = delta;
		this.seed = seed;
		this.threads = threads;
	}

	/** The given bound, seed 0, all available processors. */
	public SampledBetweenness(double epsilon, double delta) {
		this(epsilon, delta, 0L, ParallelChunks.defaultThreads());
	}

	/** @return the error bound: every node's estimate is within it with probability {@code 1 - delta} */
	public double epsilon() {
		return epsilon;
	}

	/** @return the probability that the error bound does not hold */
	public double delta() {
		return delta;
	}

	/**
	 * Number of sources that achieve the bound on an {@code n}-node graph, capped at {@code n}
	 * (then the result is exact).
	 */
	public static int sampleSize(int n, double epsilon, double delta) {
		if (n <= 2) {
			return n;
		}
		double range = n / (n - 1.0);
		double k = Math.ceil(range * range * Math.log(2.0 * n / delta) / (2 * epsilon * epsilon));
		return (int) Math.min(n, k);
	}

	/** @return the number of sources this estimator searches from on {@code graph} */
	public int sampleSize(MetricsGraph graph) {
		return sampleSize(graph.nodeCount(), epsilon, delta);
	}

	/** @return whether the scores of {@code graph} are exact (every node is a source) */
	public boolean isExact(MetricsGraph graph) {
		return sampleSize(graph) >= graph.nodeCount();
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		return scores(graph, Cancellation.NONE);
	}

	@Override
	public double[] scores(MetricsGraph graph, Cancellation cancel) {
		int n = graph.nodeCount();
		int k = sampleSize(graph);
		if (n <= 2) {
			return new double[n];
		}
		int[] sources = k >= n ? null : sample(n, k, seed);
		double[] result = BrandesBetweenness.dependencySums(graph, sources, threads, cancel);
		double scale = (double) n / k / ((double) (n - 1) * (n - 2));
		for (int v = 0; v < n; v++) {
			result[v] *= scale;
		}
		return result;
	}

	/** {@code k} distinct nodes of {@code [0, n)}, uniformly (partial Fisher-Yates), sorted. */
	static int[] sample(int n, int k, long seed) {
		int[] nodes = new int[n];
		for (int i = 0; i < n; i++) {
			nodes[i] = i;
		}
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(n - i);
			int t = nodes[i];
			nodes[i] = nodes[j];
			nodes[j] = t;
		}
		int[] sample = Arrays.copyOf(nodes, k);
		Arrays.sort(sample); // neighbouring sources in one chunk: better memory locality
		return sample;
	}
}
