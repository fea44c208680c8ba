package dev.valuenet.metrics.clustering;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.UndirectedView;

/**
 * Newman-Girvan modularity of a partition of the undirected weighted view.
 *
 * <p><b>Definition.</b> With {@code W} the total edge weight (each undirected edge
 * once), {@code L_c} the weight of the edges inside community {@code c} and
 * {@code K_c} the sum of the weighted degrees of its nodes:
 * {@code Q = sum_c [ L_c / W - gamma * (K_c / 2W)^2 ]}, {@code gamma} the
 * resolution. Equals NetworkX
 * {@code networkx.algorithms.community.modularity(G, communities, weight="weight", resolution=gamma)}
 * on an undirected graph with the weights of the {@link UndirectedView} (the sum
 * of both directions). Reference: M. Newman, M. Girvan, "Finding and evaluating
 * community structure in networks", Phys. Rev. E 69, 2004. Where NetworkX divides
 * by zero (no edge weight at all) this returns 0.
 *
 * <p><b>Complexity.</b> {@code O(n + m)}.
 */
public final class Modularity {

	private Modularity() {
	}

	/** Modularity of {@code membership} on the undirected view of {@code g}, resolution 1. */
	public static double of(MetricsGraph g, int[] membership) {
		return of(g.undirected(), membership, 1.0, true);
	}

	/**
	 * @param g          undirected view
	 * @param membership community id ({@code >= 0}) of each node
	 * @param resolution resolution {@code gamma}
	 * @param weighted   use the edge weights (else every edge has weight 1)
	 * @return the modularity
	 */
	public static double of(UndirectedView g, int[] membership, double resolution, boolean weighted) {
		int n = g.nodeCount();
		if (membership.length != n) {
			throw new IllegalArgumentException("membership has " + membership.length + " entries for " + n + " nodes");
		}
		int k = 0;
		for (int c : membership) {
			if (c < 0) {
				throw new IllegalArgumentException("negative community id " + c);
			}
			k = Math.max(k, c + 1);
		}
		double[] inside = new double[k];
		double[] degree = new double[k];
		double total = 0;
		for (int v = 0; v < n; v++) {
			int cv = membership[v];
			for (int j = 0, d = g.degree(v); j < d; j++) {
				double w = weighted ? g.weight(v, j) : 1.0;
				degree[cv] += w;
				total += w;
				if (membership[g.neighbor(v, j)] == cv) {
					inside[cv] += w; // seen from both ends: halved below
				}
			}
		}
		if (total == 0) {
			return 0;
		}
		double m = total / 2;
		double q = 0;
		for (int c = 0; c < k; c++) {
			q += inside[c] / 2 / m - resolution * (degree[c] / total) * (degree[c] / total);
		}
		return q;
	}
}
