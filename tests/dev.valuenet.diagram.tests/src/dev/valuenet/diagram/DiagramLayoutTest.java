package dev.valuenet.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * Routes of parallel lines: ELK lays out one edge per pair of boxes and every line gets its own
 * lane beside the pair's route. The expected lanes are worked out by hand from the lane rule
 * (a lane is the line's width + 3 px; a tie counts 3 px wide; lanes are centred on the route).
 */
class DiagramLayoutTest {

	private static DiagramNode box(String id) {
		return new DiagramNode(id, id, "firm", "firm", DiagramNode.Type.ACTOR, 0, 1, 0, false, List.of(), 100, 40);
	}

	private static DiagramEdge flow(String id, String from, String to, double width) {
		return new DiagramEdge(id, from, to, "money", false, false, 1, 1, id, width);
	}

	private static DiagramEdge tie(String id, String a, String b) {
		return new DiagramEdge(id, a, b, "contract", true, false, Double.NaN, 0, id, 2);
	}

	private static DiagramGraph graph(List<DiagramNode> nodes, List<DiagramEdge> edges) {
		return new DiagramGraph("t", "all", nodes, edges, false, nodes.size(), null, "kind", List.of(), "EUR");
	}

	/** A -> B twice, B -> A once and a tie A -- B, then B -> C. */
	private static DiagramGraph pairGraph() {
		return graph(List.of(box("A"), box("B"), box("C")),
				List.of(flow("f0", "A", "B", 1), flow("f1", "B", "A", 1), flow("f2", "A", "B", 1), flow("f3", "B", "C", 1), tie("t0", "A", "B")));
	}

	@Test
	void parallelLinesBetweenPinnedBoxesGetTheirOwnLanes() {
		// A's right side is x = 100, B's left side x = 300, both centred on y = 20: the pair's route is y = 20.
		// Lanes 4, 4, 4, 6 px (18 px) centred on it: offsets -7, -3, +1, +6, to the left of A -> B, i.e. upwards.
		Layout layout = DiagramLayout.layout(pairGraph(), Map.of("A", new Point(0, 0), "B", new Point(300, 0), "C", new Point(600, 0)));
		assertEquals(List.of(new Point(100, 27), new Point(300, 27)), layout.edges().get("f0"));
		assertEquals(List.of(new Point(300, 23), new Point(100, 23)), layout.edges().get("f1")); // B -> A keeps its direction
		assertEquals(List.of(new Point(100, 19), new Point(300, 19)), layout.edges().get("f2"));
		assertEquals(List.of(new Point(100, 14), new Point(300, 14)), layout.edges().get("t0"));
		assertEquals(List.of(new Point(400, 20), new Point(600, 20)), layout.edges().get("f3")); // alone: on the route
	}

	@Test
	void labelsOfAPairAreStackedOverItsRoute() {
		// 4 labels of 12 px over the middle of the route (200, 20): lines at y = -28, -16, -4, 8, centred on x = 200
		Layout layout = DiagramLayout.layout(pairGraph(), Map.of("A", new Point(0, 0), "B", new Point(300, 0), "C", new Point(600, 0)));
		List<String> stacked = List.of("f0", "f1", "f2", "t0");
		for (int i = 0; i < stacked.size(); i++) {
			Box label = layout.labels().get(stacked.get(i));
			assertEquals(-28 + 12 * i, label.y(), 1e-9, stacked.get(i));
			assertEquals(200, label.centerX(), 0.1, stacked.get(i));
			assertEquals(12, label.height());
		}
	}

	@Test
	void aBundleWiderThanItsBoxesIsNarrowedToFitTheirSides() {
		// 12 lines of 6 px need 12 x 9 = 108 px; a 40 px side keeps 3 px off each corner, so lanes squeeze into 34 px:
		// lane centres 34/12 = 2.83 px apart, from y = 20 - 15.58 = 4.4 to 20 + 15.58 = 35.6
		List<DiagramEdge> edges = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			edges.add(flow("f" + i, "A", "B", 6));
		}
		Layout layout = DiagramLayout.layout(graph(List.of(box("A"), box("B")), edges), Map.of("A", new Point(0, 0), "B", new Point(300, 0)));
		assertEquals(35.6, layout.edges().get("f0").get(0).y(), 1e-9);
		assertEquals(4.4, layout.edges().get("f11").get(0).y(), 1e-9);
		for (int i = 1; i < 12; i++) {
			double gap = layout.edges().get("f" + (i - 1)).get(0).y() - layout.edges().get("f" + i).get(0).y();
			assertEquals(2.83, gap, 0.11, "f" + i);
			assertEquals(100, layout.edges().get("f" + i).get(0).x());
		}
	}

	@Test
	void laidOutPairsKeepDistinctLanesOnTheBoxBorders() {
		DiagramGraph graph = pairGraph();
		Layout layout = DiagramLayout.layout(graph, Map.of());
		assertEquals(List.of("f0", "f1", "f2", "f3", "t0"), List.copyOf(layout.edges().keySet()));
		Box a = layout.nodes().get("A");
		Box b = layout.nodes().get("B");
		for (String id : List.of("f0", "f2", "t0")) {
			List<Point> route = layout.edges().get(id);
			assertTrue(onBorder(route.get(0), a), id + " starts on A: " + route);
			assertTrue(onBorder(route.getLast(), b), id + " ends on B: " + route);
		}
		List<Point> back = layout.edges().get("f1");
		assertTrue(onBorder(back.get(0), b) && onBorder(back.getLast(), a), "f1 runs from B to A: " + back);
		// lanes f0, f1, f2, t0 are 4, 4, 5 px apart (centre to centre) wherever they start on A
		Set<Point> starts = new HashSet<>();
		for (String id : List.of("f0", "f2", "t0")) {
			starts.add(layout.edges().get(id).get(0));
		}
		starts.add(back.getLast());
		assertEquals(4, starts.size(), "four distinct ends on A: " + starts);
		assertEquals(18 - 4 / 2.0 - 6 / 2.0, distance(layout.edges().get("f0").get(0), layout.edges().get("t0").get(0)), 0.15);
		assertEquals(layout, DiagramLayout.layout(pairGraph(), Map.of()), "same graph, same layout");
	}

	@Test
	void everyLineOfEveryExampleHasItsOwnRoute() throws IOException {
		for (var file : DiagramTest.networkExamples()) {
			DiagramGraph graph = DiagramBuilder.map(DiagramTest.open(file), DiagramOptions.DEFAULT);
			Layout layout = DiagramLayout.layout(graph, Map.of());
			String where = file.getFileName().toString();
			assertEquals(graph.edges().stream().map(DiagramEdge::id).toList(), List.copyOf(layout.edges().keySet()), where);
			for (int i = 0; i < graph.edges().size(); i++) {
				DiagramEdge e = graph.edges().get(i);
				List<Point> route = layout.edges().get(e.id());
				assertTrue(onBorder(route.get(0), layout.nodes().get(e.source())), where + " " + e.id() + " starts on its source " + route);
				assertTrue(onBorder(route.getLast(), layout.nodes().get(e.target())), where + " " + e.id() + " ends on its target " + route);
				for (int j = i + 1; j < graph.edges().size(); j++) {
					DiagramEdge f = graph.edges().get(j);
					if (Set.of(e.source(), e.target()).equals(Set.of(f.source(), f.target()))) {
						List<Point> other = layout.edges().get(f.id());
						Point fStartOnE = e.source().equals(f.source()) ? other.get(0) : other.getLast();
						assertNotEquals(route.get(0), fStartOnE, where + ": parallel " + e.id() + " and " + f.id() + " share an end");
					}
				}
			}
		}
	}

	private static boolean onBorder(Point p, Box box) {
		double tolerance = 0.11;
		boolean inside = p.x() >= box.x() - tolerance && p.x() <= box.x() + box.width() + tolerance && p.y() >= box.y() - tolerance
				&& p.y() <= box.y() + box.height() + tolerance;
		boolean onSide = Math.abs(p.x() - box.x()) <= tolerance || Math.abs(p.x() - box.x() - box.width()) <= tolerance
				|| Math.abs(p.y() - box.y()) <= tolerance || Math.abs(p.y() - box.y() - box.height()) <= tolerance;
		return inside && onSide;
	}

	private static double distance(Point a, Point b) {
		return Math.hypot(a.x() - b.x(), a.y() - b.y());
	}
}
