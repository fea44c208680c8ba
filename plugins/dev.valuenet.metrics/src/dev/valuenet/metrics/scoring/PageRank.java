package dev.valuenet.metrics.scoring;

import dev.valuenet.metrics.MetricsGraph;

/**
 * PageRank by power iteration, as in NetworkX.
 *
 * <p><b>Definition.</b> The stationary distribution of the random surfer who, with
 * probability {@code alpha}, follows an out-edge of the current node chosen
 * uniformly (or proportionally to weight when {@code weighted}), and otherwise
 * jumps to a uniformly chosen node; from a dangling node (no out-edge, or total
 * out-weight 0) the surfer always jumps uniformly. Reference: Page, Brin, Motwani,
 * Winograd, "The PageRank citation ranking", 1999.
 *
 * <p><b>Algorithm.</b> Mirrors NetworkX {@code pagerank(G, alpha=0.85)}
 * ({@code _pagerank_scipy}, NetworkX 3.x) step by step: start from {@code 1/n},
 * iterate {@code x' = alpha*(x P + sum(x[dangling])/n) + (1-alpha)/n}, stop when
 * {@code ||x' - x||_1 < n * tol} ({@code tol = 1e-6}) or after {@code maxIter = 100}
 * iterations, and return the last iterate without renormalising. On the same
 * {@code nx.DiGraph} without weights the values are equal to NetworkX's (to about
 * 1e-12). Where NetworkX raises {@code PowerIterationFailedConvergence} this class
 * returns the last iterate; with {@code alpha = 0.85} that cannot happen because
 * the error shrinks by {@code alpha} each step.
 *
 * <p><b>Complexity.</b> {@code O(maxIter * (n + m))} time, {@code O(n)} memory.
 * An empty graph gives an empty array.
 */
public final class PageRank implements NodeScoring {

	private final double alpha;
	private final double tol;
	private final int maxIter;
	private final boolean weighted;

	/** NetworkX defaults: alpha 0.85, tol 1e-6, 100 iterations, unweighted. */
	public PageRank() {
		this(0.85, 1e-6, 100, false);
	}

	/**
	 * @param alpha    damping factor in {@code [0,1]}
	 * @param tol      per-node tolerance (the L1 threshold is {@code n * tol})
	 * @param maxIter  iteration cap (at least 1)
	 * @param weighted follow edges proportionally to weight instead of uniformly
	 */
	public PageRank(double alpha, double tol, int maxIter, boolean weighted) {
		if (!(alpha >= 0 && alpha <= 1) || !(tol > 0) || maxIter < 1) {
			throw new IllegalArgumentException("invalid PageRank parameters alpha=" + alpha + " tol=" + tol
					+ " maxIter=" + maxIter);
		}
		this.alpha = alpha;
		this.tol = tol;
		this.maxIter = maxIter;
		this.weighted = weighted;
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		int n = graph.nodeCount();
		if (n == 0) {
			return new double[0];
		}
		int[] inOff = graph.inOffsets();
		int[] inSrc = graph.inSources();
		int[] inEdge = graph.inEdgeIndices();
		double[] w = graph.weights();
		double[] outNorm = new double[n];
		boolean[] dangling = new boolean[n];
		for (int v = 0; v < n; v++) {
			double s = weighted ? graph.outStrength(v) : graph.outDegree(v);
			if (s != 0) {
				outNorm[v] = 1.0 / s;
			} else {
				dangling[v] = true;
			}
		}
		double[] x = new double[n];
		java.util.Arrays.fill(x, 1.0 / n);
		double[] next = new double[n];
		for (int iter = 0; iter < maxIter; iter++) {
			double danglingSum = 0;
			for (int v = 0; v < n; v++) {
				if (dangling[v]) {
					danglingSum += x[v];
				}
			}
			double err = 0;
			for (int v = 0; v < n; v++) {
				double sum = 0;
				for (int k = inOff[v], end = inOff[v + 1]; k < end; k++) {
					int u = inSrc[k];
					sum += x[u] * (weighted ? w[inEdge[k]] : 1.0) * outNorm[u];
				}
				next[v] = alpha * (sum + danglingSum / n) + (1 - alpha) / n;
				err += Math.abs(next[v] - x[v]);
			}
			double[] t = x;
			x = next;
			next = t;
			if (err < n * tol) {
				break;
			}
		}
		return x;
	}
}
