package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * Keeps a map steady across an edit: boxes that were already on the previous layout stay where
 * they were, and only new boxes are placed (see {@link DiagramLayout}). Deterministic: new boxes
 * are placed one after the other in the graph's node order.
 */
final class StableLayout {

	/** Free space kept around a new box, as ELK keeps between boxes of one layer. */
	private static final double GAP = 28;

	private StableLayout() {
	}

	/**
	 * The boxes after an edit. {@code laidOut} holds ELK's fresh boxes (pinned ones already at
	 * their pin). Boxes of {@code previous} keep their corner (with their new size); a new box is
	 * put where ELK put it, shifted as its already placed neighbours were shifted from ELK's
	 * positions to their kept ones (all placed boxes if it has no such neighbour), then moved down
	 * until it overlaps no placed box.
	 */
	static Map<String, Box> keep(DiagramGraph graph, Map<String, Box> laidOut, Set<String> pinned, Layout previous) {
		Map<String, Box> placed = new LinkedHashMap<>();
		List<String> fresh = new ArrayList<>();
		laidOut.forEach((id, box) -> {
			Box before = previous.nodes().get(id);
			if (pinned.contains(id)) {
				placed.put(id, box);
			} else if (before != null) {
				placed.put(id, new Box(before.x(), before.y(), box.width(), box.height()));
			} else {
				fresh.add(id);
			}
		});
		for (String id : fresh) {
			Point shift = shift(neighbours(graph, id), placed, laidOut);
			Box box = laidOut.get(id);
			placed.put(id, free(new Box(DiagramLayout.round(box.x() + shift.x()), DiagramLayout.round(box.y() + shift.y()), box.width(),
					box.height()), placed));
		}
		Map<String, Box> boxes = new LinkedHashMap<>();
		laidOut.keySet().forEach(id -> boxes.put(id, placed.get(id)));
		return boxes;
	}

	/**
	 * Whether the lines of {@code bundle} can keep their previous routes: both boxes are unchanged
	 * and every line was drawn before between the same boxes (ids are positions in the model, so an
	 * inserted flow gives the following ids to other flows). If so, their previous label boxes (re-centred for the
	 * current text) go into {@code labelBoxes}.
	 */
	static boolean reuse(EdgeBundles.Bundle bundle, Map<String, Box> boxes, Layout previous, boolean labels, Map<String, Box> labelBoxes) {
		if (!boxes.get(bundle.from()).equals(previous.nodes().get(bundle.from()))
				|| !boxes.get(bundle.to()).equals(previous.nodes().get(bundle.to()))) {
			return false;
		}
		Map<String, Box> kept = new LinkedHashMap<>();
		for (DiagramEdge edge : bundle.members()) {
			List<Point> route = previous.edges().get(edge.id());
			if (route == null || !touches(route.get(0), boxes.get(edge.source())) || !touches(route.getLast(), boxes.get(edge.target()))) {
				return false;
			}
			if (labels && !edge.label().isEmpty()) {
				Box before = previous.labels().get(edge.id());
				if (before == null) {
					return false;
				}
				double width = Styles.textWidth(edge.label(), 9) + 4;
				kept.put(edge.id(), new Box(DiagramLayout.round(before.centerX() - width / 2), before.y(), width, before.height()));
			}
		}
		labelBoxes.putAll(kept);
		return true;
	}

	private static boolean touches(Point p, Box box) {
		double tolerance = 0.5;
		return p.x() >= box.x() - tolerance && p.x() <= box.x() + box.width() + tolerance && p.y() >= box.y() - tolerance
				&& p.y() <= box.y() + box.height() + tolerance;
	}

	private static List<String> neighbours(DiagramGraph graph, String id) {
		List<String> neighbours = new ArrayList<>();
		for (DiagramEdge edge : graph.edges()) {
			if (edge.source().equals(id)) {
				neighbours.add(edge.target());
			} else if (edge.target().equals(id)) {
				neighbours.add(edge.source());
			}
		}
		return neighbours;
	}

	/** The mean move from ELK's box to the placed box, over the placed neighbours (or all placed boxes). */
	private static Point shift(List<String> neighbours, Map<String, Box> placed, Map<String, Box> laidOut) {
		List<String> from = neighbours.stream().filter(placed::containsKey).toList();
		if (from.isEmpty()) {
			from = List.copyOf(placed.keySet());
		}
		if (from.isEmpty()) {
			return new Point(0, 0);
		}
		double dx = 0;
		double dy = 0;
		for (String id : from) {
			dx += placed.get(id).x() - laidOut.get(id).x();
			dy += placed.get(id).y() - laidOut.get(id).y();
		}
		return new Point(dx / from.size(), dy / from.size());
	}

	/** {@code box}, moved down past every placed box it would overlap (with {@link #GAP} around it). */
	private static Box free(Box box, Map<String, Box> placed) {
		Box at = box;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (Box other : placed.values()) {
				if (overlap(at, other)) {
					at = new Box(at.x(), other.y() + other.height() + GAP, at.width(), at.height());
					moved = true;
				}
			}
		}
		return at;
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.x() + b.width() + GAP && b.x() < a.x() + a.width() + GAP && a.y() < b.y() + b.height() + GAP
				&& b.y() < a.y() + a.height() + GAP;
	}
}
