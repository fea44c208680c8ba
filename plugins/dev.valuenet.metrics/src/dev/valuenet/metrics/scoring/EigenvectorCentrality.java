package dev.valuenet.metrics.scoring;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.UndirectedView;
import dev.valuenet.metrics.connectivity.ConnectedComponents;

/**
 * Eigenvector centrality of the undirected view, unweighted or weighted.
 *
 * <p><b>Definition.</b> The principal eigenvector {@code x} of the adjacency matrix
 * {@code A} of the undirected view ({@code A x = lambda_max x}), scaled to unit
 * Euclidean norm with a positive sum. Reference: P. Bonacich, "Factoring and
 * weighting approaches to status scores and clique identification", J. Math.
 * Sociol. 2(1), 1972. On a connected graph this equals NetworkX
 * {@code eigenvector_centrality_numpy(G.to_undirected())} (to about 1e-10).
 *
 * <p><b>Disconnected graphs.</b> NetworkX 3.x refuses them
 * ({@code AmbiguousSolution}); the eigenvector of the largest eigenvalue of the
 * whole matrix lives on the component(s) with the largest spectral radius. This
 * class computes the principal eigenpair of every component with at least one
 * edge and returns the vector of the component with the largest eigenvalue
 * (on a tie, the component containing the smallest node id), with 0 on all other
 * nodes; it equals {@code eigenvector_centrality_numpy} on that component's
 * subgraph. A graph without edges gives all zeros.
 *
 * <p><b>Weighted.</b> With {@code weighted}, {@code A[u][v]} is the weight of {@code {u,v}} in
 * the {@link UndirectedView} ({@code w(u->v) + w(v->u)}) instead of 1: this equals NetworkX
 * {@code eigenvector_centrality_numpy(H, weight="weight")} on the undirected {@code nx.Graph H}
 * with those weights (on a graph that is already symmetric, e.g. ties entered in both directions,
 * every weight is doubled, which leaves the eigenvector unchanged). Weights are used directly, not
 * inverted: a heavier edge passes on more importance. The iteration runs on {@code A / max(A) + I}
 * so the shift keeps the same effect whatever the scale of the weights.
 *
 * <p><b>Algorithm.</b> Power iteration on {@code A + I} per component, starting
 * from the all-ones vector. The shift by {@code I} makes the principal eigenvalue
 * strictly dominant in absolute value, so the iteration also converges on
 * bipartite graphs (where {@code -lambda_max} is an eigenvalue of {@code A}). It
 * stops when the L2 change of the normalised iterate is below {@code tol}
 * (default 1e-12) or after {@code maxIter} iterations, so it never hangs. The
 * default cap adapts to the size: {@code max(1000, min(10000, 3e8 / (n + 2m)))}
 * iterations, i.e. at most a few hundred million neighbour visits.
 *
 * <p><b>Complexity.</b> {@code O(iterations * (n + m))}; the iteration count grows
 * as the spectral gap shrinks: about 100 on social-network-like graphs, but long
 * chain-like graphs (gap of order {@code 1/n^2}) may hit the cap, and the result is
 * then the last iterate, accurate to the gap-limited rate rather than to
 * {@code tol}.
 */
public final class EigenvectorCentrality implements NodeScoring {

	private final double tol;
	private final int maxIter;
	private final boolean weighted;

	/** Unweighted, tol 1e-12, iteration cap adapted to the graph size (see above). */
	public EigenvectorCentrality() {
		this(1e-12, 0, false);
	}

	/** @param weighted use the weights of the undirected view (see above) */
	public EigenvectorCentrality(boolean weighted) {
		this(1e-12, 0, weighted);
	}

	/**
	 * Unweighted.
	 *
	 * @param tol     L2 change below which the iteration stops
	 * @param maxIter iteration cap per component, or 0 for the size-adapted default
	 */
	public EigenvectorCentrality(double tol, int maxIter) {
		this(tol, maxIter, false);
	}

	/**
	 * @param tol      L2 change below which the iteration stops
	 * @param maxIter  iteration cap per component, or 0 for the size-adapted default
	 * @param weighted use the weights of the undirected view
	 */
	public EigenvectorCentrality(double tol, int maxIter, boolean weighted) {
		if (!(tol > 0) || maxIter < 0) {
			throw new IllegalArgumentException("invalid tol=" + tol + " maxIter=" + maxIter);
		}
		this.tol = tol;
		this.maxIter = maxIter;
		this.weighted = weighted;
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		UndirectedView g = graph.undirected();
		int n = g.nodeCount();
		double[] result = new double[n];
		int[] comp = ConnectedComponents.of(g);
		int k = ConnectedComponents.count(comp);
		int[] size = new int[k];
		for (int c : comp) {
			size[c]++;
		}
		int[][] members = new int[k][];
		for (int c = 0; c < k; c++) {
			members[c] = new int[size[c]];
		}
		int[] fill = new int[k];
		for (int v = 0; v < n; v++) {
			members[comp[v]][fill[comp[v]]++] = v;
		}
		double bestLambda = 0;
		int bestComp = -1;
		double[] bestVector = null;
		double[] x = new double[n];
		double[] y = new double[n];
		long work = n + 2L * g.edgeCount() + 1;
		double[] a = weights(g);
		int[] off = g.offsets();
		int[] nb = g.neighbors();
		int cap = maxIter > 0 ? maxIter : (int) Math.max(1000, Math.min(10_000, 300_000_000L / work));
		for (int c = 0; c < k; c++) {
			int[] nodes = members[c];
			if (nodes.length < 2) {
				continue; // an isolated node has eigenvalue 0
			}
			double lambda = powerIterate(off, nb, a, nodes, x, y, cap);
			if (bestComp < 0 || lambda > bestLambda * (1 + 1e-9)) {
				bestLambda = lambda;
				bestComp = c;
				bestVector = new double[nodes.length];
				for (int i = 0; i < nodes.length; i++) {
					bestVector[i] = x[nodes[i]];
				}
			}
		}
		if (bestComp >= 0) {
			int[] nodes = members[bestComp];
			for (int i = 0; i < nodes.length; i++) {
				result[nodes[i]] = bestVector[i];
			}
		}
		return result;
	}

	/** The matrix entries in CSR order: 1, or the weight scaled by the largest weight. */
	private double[] weights(UndirectedView g) {
		double[] a = g.weights();
		if (!weighted) {
			java.util.Arrays.fill(a, 1.0);
			return a;
		}
		double max = 0;
		for (double w : a) {
			max = Math.max(max, w);
		}
		if (max > 0) {
			for (int i = 0; i < a.length; i++) {
				a[i] /= max;
			}
		}
		return a;
	}

	/**
	 * Leaves the unit principal eigenvector of the component in {@code x}; returns its eigenvalue
	 * (of the scaled matrix).
	 */
	private double powerIterate(int[] off, int[] nb, double[] a, int[] nodes, double[] x, double[] y, int cap) {
		double init = 1.0 / Math.sqrt(nodes.length);
		for (int v : nodes) {
			x[v] = init;
		}
		for (int iter = 0; iter < cap; iter++) {
			double norm = 0;
			for (int v : nodes) {
				double s = x[v];
				for (int j = off[v], end = off[v + 1]; j < end; j++) {
					s += a[j] * x[nb[j]];
				}
				y[v] = s;
				norm += s * s;
			}
			norm = Math.sqrt(norm);
			double change = 0;
			for (int v : nodes) {
				double nv = y[v] / norm;
				double diff = nv - x[v];
				change += diff * diff;
				x[v] = nv;
			}
			if (Math.sqrt(change) < tol) {
				break;
			}
		}
		// Rayleigh quotient x^T A x for the unit vector x.
		double lambda = 0;
		for (int v : nodes) {
			double s = 0;
			for (int j = off[v], end = off[v + 1]; j < end; j++) {
				s += a[j] * x[nb[j]];
			}
			lambda += x[v] * s;
		}
		return lambda;
	}
}
