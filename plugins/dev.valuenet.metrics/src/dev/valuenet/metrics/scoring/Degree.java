package dev.valuenet.metrics.scoring;

import dev.valuenet.metrics.MetricsGraph;

/**
 * Degree and strength of each node.
 *
 * <p><b>Definition.</b> {@link Kind#IN}/{@link Kind#OUT}: number of distinct
 * counterparts sending to / receiving from the node (NetworkX
 * {@code G.in_degree()} / {@code G.out_degree()} on the simple {@code DiGraph},
 * not normalised). {@link Kind#IN_STRENGTH}/{@link Kind#OUT_STRENGTH}: total weight
 * of the flows entering / leaving the node (NetworkX
 * {@code G.in_degree(weight="weight")}). Per layer: build one graph per layer.
 *
 * <p><b>Complexity.</b> {@code O(n + m)}.
 */
public final class Degree implements NodeScoring {

	/** Which degree to compute. */
	public enum Kind {
		/** distinct in-neighbours */
		IN,
		/** distinct out-neighbours */
		OUT,
		/** total incoming weight */
		IN_STRENGTH,
		/** total outgoing weight */
		OUT_STRENGTH
	}

	private final Kind kind;

	/** @param kind which degree to compute */
	public Degree(Kind kind) {
		this.kind = java.util.Objects.requireNonNull(kind);
	}

	@Override
	public double[] scores(MetricsGraph graph) {
		double[] s = new double[graph.nodeCount()];
		for (int v = 0; v < s.length; v++) {
			s[v] = switch (kind) {
				case IN -> graph.inDegree(v);
				case OUT -> graph.outDegree(v);
				case IN_STRENGTH -> graph.inStrength(v);
				case OUT_STRENGTH -> graph.outStrength(v);
			};
		}
		return s;
	}
}
