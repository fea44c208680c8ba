package dev.valuenet.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.model.AbstractNetwork;

/**
 * Expanding one community of the collapsed car network (and collapsing it again): the community's
 * actors and the flows among them appear where its box was, and the rest of the map keeps its
 * arrangement. What the expanded map must hold is taken from the full (never collapsed) map of the
 * same network, which is built without any collapse code.
 */
class CommunityLayoutTest {

	private static final DiagramOptions COLLAPSED = DiagramOptions.DEFAULT.withCollapse(DiagramOptions.Collapse.ALWAYS);

	@Test
	void expandingACommunityPutsItsActorsWhereItsBoxWasAndKeepsTheRest() throws IOException {
		AbstractNetwork network = DiagramTest.open(DiagramTest.examples().resolve("auto/car-network.vnet"));
		DiagramGraph full = DiagramBuilder.map(network, DiagramOptions.DEFAULT.withCollapse(DiagramOptions.Collapse.NEVER));
		DiagramGraph collapsed = DiagramBuilder.map(network, COLLAPSED);
		Layout before = DiagramLayout.layout(collapsed, Map.of());
		DiagramNode biggest = collapsed.nodes().stream().filter(n -> n.type() == DiagramNode.Type.COMMUNITY)
				.max(Comparator.comparingInt(DiagramNode::members)).orElseThrow();
		int c = biggest.community();
		assertTrue(biggest.members() >= 3, "the car network's largest community has " + biggest.members() + " actors");

		DiagramGraph expanded = DiagramBuilder.map(network, COLLAPSED, Set.of(c));
		assertTrue(expanded.summarized());
		assertNull(expanded.node(biggest.id()), "the expanded community's box is gone");
		List<String> members = full.nodes().stream().filter(n -> n.type() == DiagramNode.Type.ACTOR && n.community() == c)
				.map(DiagramNode::id).toList();
		assertEquals(biggest.members(), members.size());
		for (String id : members) {
			assertNotNull(expanded.node(id), id + " is a box of its own");
			assertEquals(DiagramNode.Type.ACTOR, expanded.node(id).type());
		}
		// every flow of the full map between two of its actors is a line of its own, with the same id and label
		List<DiagramEdge> inside = full.edges().stream().filter(e -> !e.tie() && members.contains(e.source()) && members.contains(e.target()))
				.toList();
		assertTrue(inside.size() > 0);
		for (DiagramEdge e : inside) {
			DiagramEdge line = expanded.edges().stream().filter(x -> x.id().equals(e.id())).findFirst().orElse(null);
			assertNotNull(line, e.id() + " (" + e.label() + ") drawn");
			assertEquals(e.label(), line.label());
			assertEquals(e.source(), line.source());
		}
		// the other communities are still single boxes
		collapsed.nodes().stream().filter(n -> n.community() != c || n.type() == DiagramNode.Type.SEGMENT)
				.forEach(n -> assertNotNull(expanded.node(n.id()), n.id() + " still shown"));

		Layout after = CommunityLayout.relayout(expanded, Map.of(), collapsed, before, g -> DiagramLayout.layout(g, Map.of()));
		assertEquals(expanded.nodes().size(), after.nodes().size());
		assertNoOverlaps(after);
		// the block of actors is centred where the community's box was
		Box old = before.nodes().get(biggest.id());
		Box block = bounds(members.stream().map(after.nodes()::get).toList());
		assertEquals(old.centerX(), block.centerX(), 1, "block centred on the old box");
		assertEquals(old.centerY(), block.centerY(), 1, "block centred on the old box");
		// every other box kept its side of every other box (the arrangement is kept)
		List<String> others = collapsed.nodes().stream().map(DiagramNode::id).filter(id -> !id.equals(biggest.id())).toList();
		for (String a : others) {
			for (String b : others) {
				Box a0 = before.nodes().get(a), b0 = before.nodes().get(b), a1 = after.nodes().get(a), b1 = after.nodes().get(b);
				// (positions are rounded to 0.1)
				if (Math.abs(a0.centerX() - b0.centerX()) > 0.2) {
					assertEquals(Math.signum(a0.centerX() - b0.centerX()), Math.signum(a1.centerX() - b1.centerX()), a + " / " + b + " left-right");
				}
				if (Math.abs(a0.centerY() - b0.centerY()) > 0.2) {
					assertEquals(Math.signum(a0.centerY() - b0.centerY()), Math.signum(a1.centerY() - b1.centerY()), a + " / " + b + " above-below");
				}
				assertEquals(a0.width(), a1.width(), a + " keeps its size");
			}
		}
		// every line has a route that starts and ends on its boxes
		for (DiagramEdge e : expanded.edges()) {
			var route = after.edges().get(e.id());
			assertNotNull(route, e.id());
			assertTouches(route.get(0), after.nodes().get(e.source()), e.id() + " start");
			assertTouches(route.getLast(), after.nodes().get(e.target()), e.id() + " end");
		}

		// collapsing it again: its box comes back at the block's centre, the rest stays put
		DiagramGraph again = DiagramBuilder.map(network, COLLAPSED);
		Layout back = CommunityLayout.relayout(again, Map.of(), expanded, after, g -> DiagramLayout.layout(g, Map.of()));
		Box box = back.nodes().get(biggest.id());
		assertEquals(block.centerX(), box.centerX(), 1);
		assertEquals(block.centerY(), box.centerY(), 1);
		for (String id : others) {
			assertEquals(after.nodes().get(id), back.nodes().get(id), id + " stays where it was");
		}
		assertNoOverlaps(back);
	}

	@Test
	void withoutACommunityChangeItIsTheRelayoutAfterAnEdit() throws IOException {
		AbstractNetwork network = DiagramTest.open(DiagramTest.examples().resolve("auto/car-network.vnet"));
		DiagramGraph collapsed = DiagramBuilder.map(network, COLLAPSED);
		Layout before = DiagramLayout.layout(collapsed, Map.of());
		Layout same = CommunityLayout.relayout(collapsed, Map.of(), collapsed, before, g -> {
			throw new AssertionError("no block to lay out");
		});
		assertEquals(before.nodes(), same.nodes());
	}

	private static void assertNoOverlaps(Layout layout) {
		List<Map.Entry<String, Box>> boxes = new ArrayList<>(layout.nodes().entrySet());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Box a = boxes.get(i).getValue(), b = boxes.get(j).getValue();
				boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
				assertTrue(!overlap, boxes.get(i).getKey() + " " + a + " overlaps " + boxes.get(j).getKey() + " " + b);
			}
		}
	}

	private static void assertTouches(Layout.Point p, Box box, String what) {
		double t = 0.6;
		assertTrue(p.x() >= box.x() - t && p.x() <= box.x() + box.width() + t && p.y() >= box.y() - t && p.y() <= box.y() + box.height() + t,
				what + ": " + p + " not on " + box);
	}

	private static Box bounds(List<Box> boxes) {
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (Box b : boxes) {
			x0 = Math.min(x0, b.x());
			y0 = Math.min(y0, b.y());
			x1 = Math.max(x1, b.x() + b.width());
			y1 = Math.max(y1, b.y() + b.height());
		}
		return new Box(x0, y0, x1 - x0, y1 - y0);
	}
}
