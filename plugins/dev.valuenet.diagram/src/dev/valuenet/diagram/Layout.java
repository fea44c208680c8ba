package dev.valuenet.diagram;

import java.util.List;
import java.util.Map;

/**
 * Positions of a laid-out {@link DiagramGraph}: node boxes (top-left corner and size), edge routes
 * (start, bend points, end) and edge label boxes, in one coordinate system.
 *
 * @param nodes  box of every node by id, in the graph's node order
 * @param edges  route of every edge by id, in the graph's edge order
 * @param labels label box of each labelled edge by edge id
 * @param bounds the extent of everything drawn
 */
public record Layout(Map<String, Box> nodes, Map<String, List<Point>> edges, Map<String, Box> labels, Box bounds) {

	/** A point of the diagram plane. */
	public record Point(double x, double y) {
	}

	/** A rectangle: top-left corner and size. */
	public record Box(double x, double y, double width, double height) {

		public double centerX() {
			return x + width / 2;
		}

		public double centerY() {
			return y + height / 2;
		}
	}
}
