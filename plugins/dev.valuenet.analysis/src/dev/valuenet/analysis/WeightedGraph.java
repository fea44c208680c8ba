package dev.valuenet.analysis;

import java.util.List;

import dev.valuenet.metrics.MetricsGraph;

/**
 * A layer's graph weighted by value or strength: the same nodes in the same order as the
 * {@link LayerGraph}, an edge only where its weight is positive, weighted by the sum of its flows'
 * (or ties') weights.
 *
 * @param layer    the layer name
 * @param weight   what the edges weigh
 * @param graph    the weighted graph (for {@link Weight#NONE} the layer graph itself)
 * @param leftOut  flows (or ties) without a weight of this kind, left out
 * @param edgesOut edges of the layer graph that are not in the weighted graph (all their flows left out)
 */
public record WeightedGraph(String layer, Weight weight, MetricsGraph graph, int leftOut, int edgesOut) {

	/** The layer graph weighted by {@code weight}. */
	static WeightedGraph of(LayerGraph layerGraph, Weight weight, List<TieRecord> ties) {
		MetricsGraph plain = layerGraph.graph();
		if (weight == Weight.NONE) {
			return new WeightedGraph(layerGraph.layer(), weight, plain, 0, 0);
		}
		MetricsGraph.Builder builder = MetricsGraph.builder();
		for (int v = 0; v < plain.nodeCount(); v++) {
			builder.addNode(plain.label(v));
		}
		int leftOut = 0;
		if (LayerGraph.TIES.equals(layerGraph.layer())) {
			if (weight != Weight.STRENGTH) {
				throw new IllegalArgumentException("ties carry no value of their own; weigh the ties layer by strength or none");
			}
			for (TieRecord tie : ties) {
				double s = tie.strength();
				if (Double.isNaN(s)) {
					leftOut++;
				} else {
					builder.addEdge(tie.a(), tie.b(), s);
					builder.addEdge(tie.b(), tie.a(), s);
				}
			}
		} else {
			for (int e = 0; e < plain.edgeCount(); e++) {
				double sum = 0;
				for (FlowRecord flow : layerGraph.flows(e)) {
					double w = weight.of(flow);
					if (Double.isNaN(w)) {
						leftOut++;
					} else {
						sum += w;
					}
				}
				if (sum > 0) {
					// flows each finite can sum beyond a double; the largest finite weight keeps the graph computable
					builder.addEdge(plain.source(e), plain.target(e), Math.min(sum, Double.MAX_VALUE));
				}
			}
		}
		MetricsGraph weighted = builder.build();
		return new WeightedGraph(layerGraph.layer(), weight, weighted, leftOut, plain.edgeCount() - weighted.edgeCount());
	}
}
