package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * Keeps a summarized map steady while the user expands and collapses communities
 * ({@link DiagramBuilder#map(dev.valuenet.model.AbstractNetwork, DiagramOptions, java.util.Set)}).
 * <p>
 * Expanding community {@code c}: its actors and the flows among them are laid out on their own
 * (by the caller's layout, so with the layout the user chose), and that block takes the place of
 * the community's box, centred where the box was. Every other box moves away from the box's centre
 * by half the growth, to the right if its centre is right of the box's centre, down if below, and
 * so on; so the rest of the map keeps its arrangement, and no box overlaps the block or another
 * box (a box that was clear of the community's box on one axis is still clear of the block on it,
 * and two boxes only move apart along the axes where they were apart). Lines whose two ends moved
 * together keep their route, moved along; the others are drawn straight.
 * <p>
 * Collapsing it again puts the community's box at the centre of the block, and leaves everything
 * else where it is (the space stays free, so nothing jumps).
 * <p>
 * Cost: the layout of the expanded block plus linear work in the boxes and lines. Rejected: a
 * relayout of the whole map with the previous positions as hints (ELK's interactive strategies
 * keep orders, not positions), and {@link StableLayout} (it places 100 new boxes one by one below
 * their neighbours, a long column).
 */
public final class CommunityLayout {

	/** Room kept between the expanded block and the boxes around it. */
	private static final double MARGIN = 40;

	private CommunityLayout() {
	}

	/**
	 * The layout of {@code graph} after the communities shown expanded or collapsed changed from
	 * {@code beforeGraph}, laid out as {@code before}; {@code fresh} lays out one expanded
	 * community's block. When no community changed (a text edit), the map after an edit of
	 * {@link DiagramLayout#layout(DiagramGraph, Map, Layout)}. Pinned boxes still win.
	 */
	public static Layout relayout(DiagramGraph graph, Map<String, Point> pinned, DiagramGraph beforeGraph, Layout before,
			Function<DiagramGraph, Layout> fresh) {
		Map<Integer, Box> opened = new TreeMap<>();
		Map<Integer, List<DiagramNode>> openedMembers = new TreeMap<>();
		for (DiagramNode node : graph.nodes()) {
			String box = "community-" + node.community();
			if (node.type() == DiagramNode.Type.ACTOR && !before.nodes().containsKey(node.id()) && before.nodes().containsKey(box)
					&& graph.node(box) == null) {
				opened.put(node.community(), before.nodes().get(box));
				openedMembers.computeIfAbsent(node.community(), k -> new ArrayList<>()).add(node);
			}
		}
		Map<Integer, Box> closed = new TreeMap<>();
		for (DiagramNode node : graph.nodes()) {
			if (node.type() == DiagramNode.Type.COMMUNITY && !before.nodes().containsKey(node.id())) {
				Box block = null;
				for (DiagramNode member : beforeGraph.nodes()) {
					Box b = before.nodes().get(member.id());
					if (member.type() == DiagramNode.Type.ACTOR && member.community() == node.community() && graph.node(member.id()) == null
							&& b != null) {
						block = block == null ? b : union(block, b);
					}
				}
				if (block != null) {
					closed.put(node.community(), block);
				}
			}
		}
		if (opened.isEmpty() && closed.isEmpty()) {
			return DiagramLayout.layout(graph, pinned, before);
		}

		// where each box is now, and how far it moved from where it was
		Map<String, Box> boxes = new LinkedHashMap<>();
		Map<String, Point> moved = new HashMap<>();
		for (DiagramNode node : graph.nodes()) {
			Box b = before.nodes().get(node.id());
			if (b != null) {
				boxes.put(node.id(), new Box(b.x(), b.y(), node.width(), node.height()));
				moved.put(node.id(), new Point(0, 0));
			}
		}
		for (Map.Entry<Integer, Box> c : closed.entrySet()) {
			DiagramNode node = graph.node("community-" + c.getKey());
			Box block = c.getValue();
			boxes.put(node.id(), new Box(DiagramLayout.round(block.centerX() - node.width() / 2),
					DiagramLayout.round(block.centerY() - node.height() / 2), node.width(), node.height()));
		}
		Map<String, List<Point>> blockRoutes = new HashMap<>();
		Map<String, Box> blockLabels = new HashMap<>();
		for (Map.Entry<Integer, Box> c : opened.entrySet()) {
			List<DiagramNode> members = openedMembers.get(c.getKey());
			java.util.Set<String> ids = new java.util.HashSet<>();
			members.forEach(m -> ids.add(m.id()));
			List<DiagramEdge> inside = graph.edges().stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList();
			DiagramGraph sub = new DiagramGraph(graph.title(), graph.layer(), members, inside, false, members.size(), graph.sizeBy(),
					graph.colourBy(), List.of(), graph.currency());
			Layout block = fresh.apply(sub);
			Box old = c.getValue();
			double width = block.bounds().width();
			double height = block.bounds().height();
			double dx = Math.max(0, width + 2 * MARGIN - old.width()) / 2;
			double dy = Math.max(0, height + 2 * MARGIN - old.height()) / 2;
			// move the others apart around the old box's centre
			for (Map.Entry<String, Box> e : boxes.entrySet()) {
				Box b = e.getValue();
				double mx = b.centerX() > old.centerX() ? dx : b.centerX() < old.centerX() ? -dx : 0;
				double my = b.centerY() > old.centerY() ? dy : b.centerY() < old.centerY() ? -dy : 0;
				e.setValue(new Box(DiagramLayout.round(b.x() + mx), DiagramLayout.round(b.y() + my), b.width(), b.height()));
				Point m = moved.get(e.getKey());
				if (m != null) {
					moved.put(e.getKey(), new Point(m.x() + mx, m.y() + my));
				}
			}
			Box core = null;
			for (Box b : block.nodes().values()) {
				core = core == null ? b : union(core, b);
			}
			double ox = DiagramLayout.round(old.centerX() - core.centerX());
			double oy = DiagramLayout.round(old.centerY() - core.centerY());
			for (DiagramNode m : members) {
				Box b = block.nodes().get(m.id());
				boxes.put(m.id(), new Box(DiagramLayout.round(b.x() + ox), DiagramLayout.round(b.y() + oy), b.width(), b.height()));
			}
			block.edges().forEach((id, route) -> blockRoutes.put(id, translate(route, ox, oy)));
			block.labels().forEach((id, label) -> blockLabels.put(id, translate(label, ox, oy)));
		}
		pinned.forEach((id, pin) -> {
			Box b = boxes.get(id);
			if (b != null) {
				boxes.put(id, new Box(pin.x(), pin.y(), b.width(), b.height()));
				moved.remove(id);
			}
		});

		Map<String, Box> ordered = new LinkedHashMap<>();
		graph.nodes().forEach(n -> ordered.put(n.id(), boxes.get(n.id())));
		Map<String, List<Point>> routes = new LinkedHashMap<>();
		Map<String, Box> labels = new LinkedHashMap<>();
		for (DiagramEdge edge : graph.edges()) {
			Box from = ordered.get(edge.source());
			Box to = ordered.get(edge.target());
			if (from == null || to == null) {
				continue;
			}
			List<Point> route = blockRoutes.get(edge.id());
			Box label = blockLabels.get(edge.id());
			if (route == null || pinned.containsKey(edge.source()) || pinned.containsKey(edge.target())) {
				Point a = moved.get(edge.source());
				Point b = moved.get(edge.target());
				List<Point> previous = before.edges().get(edge.id());
				if (previous != null && a != null && a.equals(b)) {
					route = translate(previous, a.x(), a.y());
					Box previousLabel = before.labels().get(edge.id());
					label = previousLabel == null ? null : translate(previousLabel, a.x(), a.y());
				} else {
					route = DiagramLayout.straight(from, to);
					Box previousLabel = before.labels().get(edge.id());
					label = previousLabel == null ? null
							: new Box(DiagramLayout.round((route.get(0).x() + route.getLast().x() - previousLabel.width()) / 2),
									DiagramLayout.round((route.get(0).y() + route.getLast().y()) / 2 - previousLabel.height()),
									previousLabel.width(), previousLabel.height());
				}
			}
			routes.put(edge.id(), route);
			if (label != null) {
				labels.put(edge.id(), label);
			}
		}
		return new Layout(ordered, routes, labels, DiagramLayout.bounds(ordered, routes, labels));
	}

	private static Box union(Box a, Box b) {
		double x = Math.min(a.x(), b.x());
		double y = Math.min(a.y(), b.y());
		return new Box(x, y, Math.max(a.x() + a.width(), b.x() + b.width()) - x, Math.max(a.y() + a.height(), b.y() + b.height()) - y);
	}

	private static List<Point> translate(List<Point> route, double dx, double dy) {
		List<Point> out = new ArrayList<>(route.size());
		route.forEach(p -> out.add(new Point(DiagramLayout.round(p.x() + dx), DiagramLayout.round(p.y() + dy))));
		return out;
	}

	private static Box translate(Box b, double dx, double dy) {
		return new Box(DiagramLayout.round(b.x() + dx), DiagramLayout.round(b.y() + dy), b.width(), b.height());
	}
}
