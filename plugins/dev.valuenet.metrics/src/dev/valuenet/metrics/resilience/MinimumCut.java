package dev.valuenet.metrics.resilience;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import dev.valuenet.metrics.MetricsGraph;

/**
 * Minimum cut between a supplier side (a set of nodes) and a target node.
 *
 * <p><b>Definition.</b> The smallest total capacity of a set of edges whose removal
 * leaves no directed path from any source to the target; by max-flow/min-cut it
 * equals the maximum flow. Capacities are the edge weights, or 1 per edge when
 * {@code unit} (then the value is the number of edge-disjoint paths, i.e. how
 * many supplier links must fail to cut the target off). Reference: L. Ford,
 * D. Fulkerson, "Maximal flow through a network", 1956; J. Edmonds, R. Karp,
 * JACM 19(2), 1972. Computed with JGraphT's {@code EdmondsKarpMFImpl} on a copy
 * of the graph with a super-source linked to every source.
 *
 * <p><b>Edge cases.</b> No sources, or a target unreachable from them: value 0,
 * no cut edges. Target among the sources: value {@code +Infinity}, no cut edges.
 *
 * <p><b>Complexity.</b> {@code O(n m^2)} worst case (Edmonds-Karp).
 */
public final class MinimumCut {

	private MinimumCut() {
	}

	/**
	 * @param value      the cut capacity (= maximum flow)
	 * @param cutEdges   edge indices of the cut, ascending
	 * @param sourceSide {@code true} for nodes on the sources' side of the cut
	 */
	public record Result(double value, int[] cutEdges, boolean[] sourceSide) {

		/** Copies the arrays. */
		public Result {
			cutEdges = cutEdges.clone();
			sourceSide = sourceSide.clone();
		}

		/** @return a copy of the cut edge indices */
		@Override
		public int[] cutEdges() {
			return cutEdges.clone();
		}

		/** @return a copy of the source-side flags */
		@Override
		public boolean[] sourceSide() {
			return sourceSide.clone();
		}
	}

	/**
	 * @param g       the graph
	 * @param sources supplier-side node ids
	 * @param target  target node id (e.g. a customer segment)
	 * @param unit    capacity 1 per edge instead of the weight
	 * @return the minimum cut
	 */
	public static Result between(MetricsGraph g, int[] sources, int target, boolean unit) {
		int n = g.nodeCount();
		if (target < 0 || target >= n) {
			throw new IllegalArgumentException("unknown target node id " + target);
		}
		boolean[] isSource = new boolean[n];
		for (int s : sources) {
			if (s < 0 || s >= n) {
				throw new IllegalArgumentException("unknown source node id " + s);
			}
			isSource[s] = true;
		}
		if (isSource[target]) {
			return new Result(Double.POSITIVE_INFINITY, new int[0], isSource);
		}
		if (sources.length == 0) {
			return new Result(0, new int[0], isSource);
		}
		SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> net = new SimpleDirectedWeightedGraph<>(
				DefaultWeightedEdge.class);
		for (int v = 0; v <= n; v++) {
			net.addVertex(v);
		}
		Map<DefaultWeightedEdge, Integer> index = new HashMap<>();
		double total = 0;
		for (int u = 0; u < n; u++) {
			for (int k = 0; k < g.outDegree(u); k++) {
				int e = g.outEdge(u, k);
				DefaultWeightedEdge edge = net.addEdge(u, g.target(e));
				double cap = unit ? 1 : g.weight(e);
				net.setEdgeWeight(edge, cap);
				total += cap;
				index.put(edge, e);
			}
		}
		// A capacity above the total of all real edges can never be part of a minimum cut.
		double big = total + 1;
		int superSource = n;
		for (int s = 0; s < n; s++) {
			if (isSource[s]) {
				net.setEdgeWeight(net.addEdge(superSource, s), big);
			}
		}
		EdmondsKarpMFImpl<Integer, DefaultWeightedEdge> algo = new EdmondsKarpMFImpl<>(net);
		double value = algo.calculateMinCut(superSource, target);
		Set<Integer> side = algo.getSourcePartition();
		boolean[] sourceSide = new boolean[n];
		for (int v : side) {
			if (v < n) {
				sourceSide[v] = true;
			}
		}
		int[] cut = algo.getCutEdges().stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray();
		return new Result(value, cut, sourceSide);
	}
}
