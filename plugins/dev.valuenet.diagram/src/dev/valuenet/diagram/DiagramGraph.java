package dev.valuenet.diagram;

import java.util.List;

/**
 * The network map of a network or scenario before layout: boxes and lines in a stable order (the
 * model's declaration order), so the same model always gives the same graph and the same picture.
 *
 * @param title        network or scenario name and title
 * @param layer        the layer shown ({@code all} for every flow)
 * @param nodes        boxes, in declaration order (communities by index, then segments)
 * @param edges        flows in resolved order, then ties
 * @param summarized   whether communities were collapsed into one box each
 * @param actors       participants of the resolved network (before focus and collapse)
 * @param sizeBy       the centrality that scales boxes, or null
 * @param colourBy     {@code kind} or {@code community}
 * @param notes        what the picture leaves out (hidden flows, collapsed communities, ...)
 * @param currency     the network currency that line values are in ("money" when the network names none)
 */
public record DiagramGraph(String title, String layer, List<DiagramNode> nodes, List<DiagramEdge> edges, boolean summarized, int actors,
		String sizeBy, String colourBy, List<String> notes, String currency) {

	public DiagramNode node(String id) {
		for (DiagramNode node : nodes) {
			if (node.id().equals(id)) {
				return node;
			}
		}
		return null;
	}
}
