package dev.valuenet.metrics.scoring;

import dev.valuenet.metrics.MetricsGraph;

/**
 * Edge lengths for shortest paths on a weighted graph: {@code length = 1 / weight}, the usual
 * reading of a weight as the strength of a connection (a strong tie is a short way). NetworkX has
 * no such conversion built in; its equivalent is an edge attribute {@code distance = 1 / weight}
 * passed as {@code weight="distance"} (betweenness) or {@code distance="distance"} (closeness).
 * An edge of weight 0 would have infinite length: it is no way at all, so it is left out of the
 * search (in NetworkX {@code 1/0} fails; the caller drops such edges first).
 */
final class EdgeLengths {

	private EdgeLengths() {
	}

	/** @return {@code 1/w(e)} per edge index, {@code +Infinity} where the weight is 0 (or so small its inverse overflows) */
	static double[] outLengths(MetricsGraph graph) {
		int m = graph.edgeCount();
		double[] length = new double[m];
		for (int e = 0; e < m; e++) {
			length[e] = 1.0 / graph.weight(e);
		}
		return length;
	}

	/** @return the lengths in in-CSR order (parallel to {@link MetricsGraph#inSources()}) */
	static double[] inLengths(MetricsGraph graph, double[] outLengths) {
		int[] inEdges = graph.inEdgeIndices();
		double[] length = new double[inEdges.length];
		for (int k = 0; k < inEdges.length; k++) {
			length[k] = outLengths[inEdges[k]];
		}
		return length;
	}
}
