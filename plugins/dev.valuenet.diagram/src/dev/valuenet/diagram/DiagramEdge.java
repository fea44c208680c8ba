package dev.valuenet.diagram;

/**
 * A line of the network map: a flow (directed, coloured by value kind), an aggregate of flows
 * between two communities, or a tie (undirected, grey).
 *
 * @param id            stable id: {@code f<n>} for the n-th resolved flow, {@code t<n>} for ties,
 *                      {@code c<n>} for aggregates
 * @param source        id of the source node (one end of a tie)
 * @param target        id of the target node
 * @param kind          value kind literal ({@code money}, ...), or the tie kind for ties
 * @param tie           whether this is a tie rather than a flow
 * @param intangible    drawn dashed (knowledge, reputation, trust, influence, or declared intangible)
 * @param valuePerYear  yearly value in the network currency (sum of the valued flows for aggregates), NaN when unknown
 * @param flows         flows this line stands for
 * @param label         text next to the line (flow or tie name), empty for none
 * @param strokeWidth   line width: log scale of the yearly value
 */
public record DiagramEdge(String id, String source, String target, String kind, boolean tie, boolean intangible, double valuePerYear,
		int flows, String label, double strokeWidth) {
}
