package dev.valuenet.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * The network layouts (stress by community, radial) and the automatic choice. Graphs are made here:
 * a planted-partition graph (4 blocks of 30 boxes, an edge inside a block with probability 0.25,
 * across with 0.01, fixed seed), whose blocks are the boxes' communities; stars and chains.
 */
class NetworkLayoutTest {

	private static DiagramNode box(String id, int community, double width) {
		return new DiagramNode(id, id, "firm", "firm", DiagramNode.Type.ACTOR, community, 1, 0, false, List.of(), width, 40);
	}

	private static DiagramEdge flow(String id, String from, String to) {
		return new DiagramEdge(id, from, to, "money", false, false, 1, 1, "", 1.2);
	}

	private static DiagramGraph graph(List<DiagramNode> nodes, List<DiagramEdge> edges) {
		return new DiagramGraph("t", "all", nodes, edges, false, nodes.size(), null, "kind", List.of(), "EUR");
	}

	/** 4 blocks x 30 boxes of widths 84-130 px; p(in) = 0.25, p(out) = 0.01. */
	static DiagramGraph plantedPartition() {
		Random random = new Random(13);
		List<DiagramNode> nodes = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			nodes.add(box("n" + i, i / 30, 84 + (i * 7) % 47));
		}
		List<DiagramEdge> edges = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			for (int j = i + 1; j < 120; j++) {
				double p = i / 30 == j / 30 ? 0.25 : 0.01;
				if (random.nextDouble() < p) {
					edges.add(flow("f" + edges.size(), "n" + i, "n" + j));
					if (random.nextDouble() < 0.3) { // a payment back: a parallel line
						edges.add(flow("f" + edges.size(), "n" + j, "n" + i));
					}
				}
			}
		}
		return graph(nodes, edges);
	}

	/** Mean centre distance of boxes of one community / of different communities. */
	static double communityRatio(DiagramGraph graph, Layout layout) {
		double same = 0;
		double other = 0;
		int ns = 0;
		int no = 0;
		List<DiagramNode> nodes = graph.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				Box a = layout.nodes().get(nodes.get(i).id());
				Box b = layout.nodes().get(nodes.get(j).id());
				double d = Math.hypot(a.centerX() - b.centerX(), a.centerY() - b.centerY());
				if (nodes.get(i).community() == nodes.get(j).community()) {
					same += d;
					ns++;
				} else {
					other += d;
					no++;
				}
			}
		}
		return (same / ns) / (other / no);
	}

	static List<String> overlaps(Layout layout) {
		List<String> found = new ArrayList<>();
		List<Map.Entry<String, Box>> boxes = new ArrayList<>(layout.nodes().entrySet());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Box a = boxes.get(i).getValue();
				Box b = boxes.get(j).getValue();
				if (a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height()) {
					found.add(boxes.get(i).getKey() + "/" + boxes.get(j).getKey());
				}
			}
		}
		return found;
	}

	@Test
	void stressKeepsCommunitiesTogetherAndBoxesApart() {
		DiagramGraph graph = plantedPartition();
		Layout layout = DiagramLayout.layout(graph, Map.of(), null, LayoutKind.STRESS, null);
		assertEquals(List.of(), overlaps(layout), "overlapping boxes");
		double ratio = communityRatio(graph, layout);
		assertTrue(ratio <= 0.35, "community ratio " + ratio);
		// every line is drawn, straight, from its source's border to its target's border
		for (DiagramEdge edge : graph.edges()) {
			List<Point> route = layout.edges().get(edge.id());
			assertEquals(2, route.size(), edge.id());
			assertTrue(onBorder(route.get(0), layout.nodes().get(edge.source())), edge.id() + " starts at " + route.get(0));
			assertTrue(onBorder(route.get(1), layout.nodes().get(edge.target())), edge.id() + " ends at " + route.get(1));
		}
	}

	@Test
	void communityBlindStressMixesThePlantedBlocks() {
		// the same graph with every box in one community: the blocks are no longer placed apart,
		// so the ratio check above is one that a layout ignoring communities fails
		DiagramGraph planted = plantedPartition();
		List<DiagramNode> blind = planted.nodes().stream().map(n -> box(n.id(), 0, n.width())).toList();
		Layout layout = DiagramLayout.layout(graph(blind, planted.edges()), Map.of(), null, LayoutKind.STRESS, null);
		double ratio = communityRatio(planted, layout);
		assertTrue(ratio > 0.35, "community-blind ratio " + ratio);
	}

	@Test
	void layoutsAreDeterministic() {
		DiagramGraph graph = plantedPartition();
		for (LayoutKind kind : List.of(LayoutKind.STRESS, LayoutKind.RADIAL)) {
			assertEquals(DiagramLayout.layout(graph, Map.of(), null, kind, "n5"), DiagramLayout.layout(plantedPartition(), Map.of(), null, kind, "n5"),
					kind.label());
		}
	}

	@Test
	void pinnedPositionsWin() {
		DiagramGraph graph = plantedPartition();
		for (LayoutKind kind : List.of(LayoutKind.STRESS, LayoutKind.RADIAL)) {
			Layout layout = DiagramLayout.layout(graph, Map.of("n7", new Point(-5000, 7000)), null, kind, null);
			Box pinned = layout.nodes().get("n7");
			assertEquals(-5000, pinned.x(), kind.label());
			assertEquals(7000, pinned.y(), kind.label());
			graph.edges().stream().filter(e -> e.source().equals("n7")).forEach(e -> assertTrue(onBorder(layout.edges().get(e.id()).get(0), pinned),
					kind.label() + " " + e.id() + " starts at " + layout.edges().get(e.id()).get(0)));
		}
	}

	@Test
	void radialPutsTheFocusInTheCentreAndRingsByHops() {
		// a hub with 8 spokes, each spoke with 2 leaves: rings of 8 and 16 around the hub
		List<DiagramNode> nodes = new ArrayList<>(List.of(box("hub", 0, 100)));
		List<DiagramEdge> edges = new ArrayList<>();
		for (int s = 0; s < 8; s++) {
			nodes.add(box("s" + s, 0, 100));
			edges.add(flow("f" + edges.size(), "hub", "s" + s));
			for (int l = 0; l < 2; l++) {
				nodes.add(box("l" + s + "_" + l, 0, 100));
				edges.add(flow("f" + edges.size(), "s" + s, "l" + s + "_" + l));
			}
		}
		// focus on the hub by its simple name; the layout must not simply take the first box
		List<DiagramNode> shuffled = new ArrayList<>(nodes.subList(1, nodes.size()));
		shuffled.add(4, nodes.get(0));
		DiagramGraph graph = graph(shuffled, edges);
		Layout layout = DiagramLayout.layout(graph, Map.of(), null, LayoutKind.RADIAL, "hub");
		assertEquals(List.of(), overlaps(layout), "overlapping boxes");
		Box hub = layout.nodes().get("hub");
		double minX = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		double farthestSpoke = 0;
		double nearestLeaf = Double.POSITIVE_INFINITY;
		for (Map.Entry<String, Box> e : layout.nodes().entrySet()) {
			Box b = e.getValue();
			minX = Math.min(minX, b.x());
			maxX = Math.max(maxX, b.x() + b.width());
			minY = Math.min(minY, b.y());
			maxY = Math.max(maxY, b.y() + b.height());
			double d = Math.hypot(b.centerX() - hub.centerX(), b.centerY() - hub.centerY());
			if (e.getKey().startsWith("s")) {
				farthestSpoke = Math.max(farthestSpoke, d);
			} else if (e.getKey().startsWith("l")) {
				nearestLeaf = Math.min(nearestLeaf, d);
			}
		}
		assertTrue(Math.abs((minX + maxX) / 2 - hub.centerX()) < 0.1 * (maxX - minX), "hub off centre in x: " + hub + " of " + minX + ".." + maxX);
		assertTrue(Math.abs((minY + maxY) / 2 - hub.centerY()) < 0.1 * (maxY - minY), "hub off centre in y: " + hub + " of " + minY + ".." + maxY);
		assertTrue(farthestSpoke < nearestLeaf, "hop-1 ring (up to " + farthestSpoke + ") inside hop-2 ring (from " + nearestLeaf + ")");
	}

	@Test
	void aHubsLinesFanOutAroundItsBox() {
		// 12 boxes pinned in a row far to the right of the hub: aimed at the centre, their lines would
		// leave the hub within a few pixels of each other
		List<DiagramNode> nodes = new ArrayList<>(List.of(box("hub", 0, 100)));
		List<DiagramEdge> edges = new ArrayList<>();
		Map<String, Point> pinned = new java.util.HashMap<>(Map.of("hub", new Point(0, 0)));
		for (int i = 0; i < 12; i++) {
			nodes.add(box("b" + i, 0, 100));
			edges.add(flow("f" + i, "hub", "b" + i));
			pinned.put("b" + i, new Point(3000, -110 + 20 * i));
		}
		Layout layout = DiagramLayout.layout(graph(nodes, edges), pinned, null, LayoutKind.STRESS, null);
		List<Point> starts = edges.stream().map(e -> layout.edges().get(e.id()).get(0)).toList();
		for (int i = 0; i < starts.size(); i++) {
			assertTrue(onBorder(starts.get(i), layout.nodes().get("hub")), "f" + i + " starts at " + starts.get(i));
			for (int j = i + 1; j < starts.size(); j++) {
				double d = Math.hypot(starts.get(i).x() - starts.get(j).x(), starts.get(i).y() - starts.get(j).y());
				assertTrue(d >= Ports.GAP, "f" + i + " and f" + j + " leave the hub " + d + " px apart: " + starts);
			}
		}
	}

	@Test
	void autoLaysOutChainsInLayersAndNetworksByStress() {
		List<DiagramNode> chainNodes = new ArrayList<>();
		List<DiagramEdge> chainEdges = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			chainNodes.add(box("c" + i, i / 10, 90));
			if (i > 0) {
				chainEdges.add(flow("f" + i, "c" + (i - 1), "c" + i));
			}
		}
		assertEquals(LayoutKind.LAYERED, DiagramLayout.resolve(graph(chainNodes, chainEdges), LayoutKind.AUTO));
		// the same chain paid back at every step is a network: half its flow directions close a cycle
		List<DiagramEdge> paidBack = new ArrayList<>(chainEdges);
		for (int i = 1; i < 100; i++) {
			paidBack.add(flow("p" + i, "c" + i, "c" + (i - 1)));
		}
		assertEquals(LayoutKind.STRESS, DiagramLayout.resolve(graph(chainNodes, paidBack), LayoutKind.AUTO));
		assertEquals(LayoutKind.STRESS, DiagramLayout.resolve(plantedPartition(), LayoutKind.AUTO));
		assertEquals(LayoutKind.LAYERED, DiagramLayout.resolve(plantedPartition(), LayoutKind.LAYERED), "an explicit choice wins");
		assertEquals(LayoutKind.LAYERED, DiagramLayout.resolve(graph(chainNodes.subList(0, 30), paidBack.subList(0, 10)), null), "small maps");
	}

	private static boolean onBorder(Point p, Box box) {
		double t = 0.6;
		boolean inside = p.x() >= box.x() - t && p.x() <= box.x() + box.width() + t && p.y() >= box.y() - t && p.y() <= box.y() + box.height() + t;
		boolean edge = Math.abs(p.x() - box.x()) <= t || Math.abs(p.x() - box.x() - box.width()) <= t || Math.abs(p.y() - box.y()) <= t
				|| Math.abs(p.y() - box.y() - box.height()) <= t;
		return inside && edge;
	}
}
