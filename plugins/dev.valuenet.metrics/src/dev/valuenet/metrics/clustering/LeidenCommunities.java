package dev.valuenet.metrics.clustering;

import java.util.Random;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.UndirectedView;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Communities by the Leiden algorithm optimising modularity on the undirected
 * weighted view.
 *
 * <p><b>Definition.</b> Finds a partition with high {@link Modularity modularity}
 * at resolution {@code gamma}; the communities are guaranteed to be connected.
 * Reference: V. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden:
 * guaranteeing well-connected communities", Sci. Rep. 9, 5233 (2019); the
 * implementation is CWTS {@code nl.cwts:networkanalysis} 1.3.0.
 *
 * <p><b>Modularity through CPM.</b> CWTS optimises the constant Potts model
 * {@code sum_ij (A_ij - r * n_i * n_j) delta(c_i, c_j)}. With node weights
 * {@code n_i = } weighted degree and {@code r = gamma / (2W)} ({@code W} = total
 * edge weight) this is {@code 2W} times modularity, which is how CWTS's own
 * {@code RunNetworkClustering --quality-function Modularity} does it. The returned
 * {@link Partition#modularity()} is recomputed with {@link Modularity}, so it is
 * comparable with NetworkX.
 *
 * <p><b>Determinism.</b> The random generator is seeded (default 0), so the same
 * graph gives the same partition; communities are numbered by decreasing size.
 * A graph without edges (or with total weight 0) gives singletons with modularity 0.
 *
 * <p><b>Complexity.</b> Roughly {@code O(iterations * m)} in practice.
 */
public final class LeidenCommunities implements Clustering {

	private final double resolution;
	private final int iterations;
	private final long seed;
	private final boolean weighted;

	/** Resolution 1, 10 iterations, seed 0, weighted. */
	public LeidenCommunities() {
		this(1.0, 10, 0L, true);
	}

	/**
	 * @param resolution modularity resolution {@code gamma >= 0}
	 * @param iterations Leiden iterations (at least 1)
	 * @param seed       random seed
	 * @param weighted   use the summed flow weights (else every edge weighs 1)
	 */
	public LeidenCommunities(double resolution, int iterations, long seed, boolean weighted) {
		if (!(resolution >= 0) || Double.isInfinite(resolution) || iterations < 1) {
			throw new IllegalArgumentException("invalid resolution=" + resolution + " iterations=" + iterations);
		}
		this.resolution = resolution;
		this.iterations = iterations;
		this.seed = seed;
		this.weighted = weighted;
	}

	@Override
	public Partition partition(MetricsGraph graph) {
		UndirectedView g = graph.undirected();
		int n = g.nodeCount();
		double[] w = weighted ? g.weights() : unitWeights(g);
		double total = 0;
		for (double x : w) {
			total += x;
		}
		total /= 2;
		if (n == 0 || total == 0) {
			int[] singletons = new int[n];
			for (int v = 0; v < n; v++) {
				singletons[v] = v;
			}
			return new Partition(singletons, n, 0);
		}
		int[] offsets = g.offsets();
		long[] first = new long[n + 1];
		for (int v = 0; v <= n; v++) {
			first[v] = offsets[v];
		}
		Network network = new Network(n, true, first, new LargeIntArray(g.neighbors()), new LargeDoubleArray(w),
				false);
		LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / (2 * network.getTotalEdgeWeight()), iterations,
				LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
		nl.cwts.networkanalysis.Clustering clustering = new nl.cwts.networkanalysis.Clustering(n);
		leiden.improveClustering(network, clustering);
		clustering.orderClustersByNNodes();
		int[] membership = clustering.getClusters();
		return new Partition(membership, clustering.getNClusters(),
				Modularity.of(g, membership, resolution, weighted));
	}

	private static double[] unitWeights(UndirectedView g) {
		double[] w = new double[2 * g.edgeCount()];
		java.util.Arrays.fill(w, 1.0);
		return w;
	}
}
