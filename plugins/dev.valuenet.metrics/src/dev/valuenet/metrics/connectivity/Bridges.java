package dev.valuenet.metrics.connectivity;

import java.util.List;

import dev.valuenet.metrics.MetricsGraph;

/**
 * Bridges (cut edges) of the undirected view.
 *
 * <p><b>Definition.</b> An edge of the undirected view whose removal increases the
 * number of connected components. Equals NetworkX
 * {@code bridges(G.to_undirected())} as a set of unordered pairs. Note that a
 * pair of opposite flows {@code A->B}, {@code B->A} is one undirected edge.
 *
 * <p><b>Algorithm and complexity.</b> The same iterative low-point DFS as
 * {@link ArticulationPoints} (Tarjan, "A note on finding the bridges of a graph",
 * IPL 2(6), 1974): {@code O(n + m)}, no recursion.
 */
public final class Bridges {

	private Bridges() {
	}

	/**
	 * @param graph any graph; its undirected view is used
	 * @return the bridges, each with {@code first < second}, sorted
	 */
	public static List<NodePair> of(MetricsGraph graph) {
		return List.copyOf(new Tarjan(graph.undirected()).bridges);
	}
}
