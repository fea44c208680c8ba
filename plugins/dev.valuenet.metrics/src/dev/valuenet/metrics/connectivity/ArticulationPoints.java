package dev.valuenet.metrics.connectivity;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.scoring.NodeScoring;

/**
 * Articulation points (cut vertices) of the undirected view.
 *
 * <p><b>Definition.</b> A node whose removal increases the number of connected
 * components of the undirected view. Equals NetworkX
 * {@code articulation_points(G.to_undirected())} as a set. As a
 * {@link NodeScoring} the score is 1 for an articulation point and 0 otherwise.
 *
 * <p><b>Algorithm and complexity.</b> Iterative depth-first search with
 * discovery times and low points (J. Hopcroft, R. Tarjan, "Efficient algorithms
 * for graph manipulation", CACM 16(6), 1973): {@code O(n + m)} time and memory,
 * no recursion, so deep graphs cannot overflow the stack.
 */
public final class ArticulationPoints implements NodeScoring {

	/**
	 * @param graph any graph; its undirected view is used
	 * @return {@code true} for each articulation point
	 */
	public static boolean[] of(MetricsGraph graph) {
		return new Tarjan(graph.undirected()).articulation;
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		boolean[] ap = of(graph);
		double[] s = new double[ap.length];
		for (int v = 0; v < ap.length; v++) {
			s[v] = ap[v] ? 1 : 0;
		}
		return s;
	}
}
