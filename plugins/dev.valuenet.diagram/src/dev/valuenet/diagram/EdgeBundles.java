package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * The lines of a {@link DiagramGraph} grouped by their unordered pair of ends, and each line's own
 * lane in its group. {@link DiagramLayout} gives ELK one edge per bundle and derives every member's
 * route from the bundle's route, shifted sideways into the member's lane: parallel flows stay
 * distinct, selectable lines with their own ids, while ELK lays out about half as many edges (the
 * 200-actor example: 1,075 lines, 540 bundles), which roughly halves its crossing minimisation.
 * <p>
 * Lanes are ordered like the graph's edges (model order), so the result is deterministic. A lane is
 * as wide as its line plus a gap; the bundle's total width is given to ELK as edge thickness, so ELK
 * spaces bundles by their real width.
 */
final class EdgeBundles {

	/** Free space between two neighbouring lanes. */
	static final double LANE_GAP = 3;

	/** Lanes never come closer than this to the corners of a box. */
	private static final double CORNER = 3;

	/**
	 * Lines between one pair of boxes.
	 *
	 * @param from    the end the bundle's route starts at (the first member's source)
	 * @param to      the other end
	 * @param members the lines, in graph order
	 * @param offsets each member's sideways distance from the bundle's route, to the left of the
	 *                bundle's direction for positive values (in SVG coordinates, y down)
	 * @param width   the total width of the lanes
	 */
	record Bundle(String from, String to, List<DiagramEdge> members, double[] offsets, double width) {

		/** Whether {@code edge} runs against the bundle's direction. */
		boolean reversed(DiagramEdge edge) {
			return !edge.source().equals(from);
		}
	}

	private EdgeBundles() {
	}

	/**
	 * The bundles of the edges whose both ends are in {@code nodes}, in order of their first member.
	 * A bundle wider than the smaller of its two boxes is narrowed to fit (its lanes come closer),
	 * so every lane can end on both boxes' sides.
	 */
	static List<Bundle> of(List<DiagramEdge> edges, Map<String, DiagramNode> nodes) {
		Map<String, List<DiagramEdge>> byPair = new LinkedHashMap<>();
		for (DiagramEdge edge : edges) {
			if (!nodes.containsKey(edge.source()) || !nodes.containsKey(edge.target())) {
				continue;
			}
			String a = edge.source();
			String b = edge.target();
			String key = a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
			byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(edge);
		}
		List<Bundle> bundles = new ArrayList<>(byPair.size());
		for (List<DiagramEdge> members : byPair.values()) {
			DiagramEdge first = members.get(0);
			double width = 0;
			for (DiagramEdge edge : members) {
				width += lane(edge);
			}
			double fit = Math.min(nodes.get(first.source()).height(), nodes.get(first.target()).height()) - 2 * CORNER;
			double scale = width > fit ? fit / width : 1;
			double[] offsets = new double[members.size()];
			double at = -width / 2;
			for (int i = 0; i < offsets.length; i++) {
				double lane = lane(members.get(i));
				offsets[i] = (at + lane / 2) * scale;
				at += lane;
			}
			bundles.add(new Bundle(first.source(), first.target(), List.copyOf(members), offsets, width * scale));
		}
		return bundles;
	}

	/** The width a line takes in its bundle: its stroke (ties are drawn 3 px wide) and a gap. */
	private static double lane(DiagramEdge edge) {
		return (edge.tie() ? 3 : edge.strokeWidth()) + LANE_GAP;
	}

	/**
	 * {@code route} (from box {@code from} to box {@code to}) shifted sideways by {@code offset}:
	 * inner points move along the bisector of their two segments, and the two ends slide along the
	 * border of their box, so the shifted line still starts and ends on the boxes. Parallel lanes
	 * hence never share a point, unless a box is too small for them (ends are kept off its corners).
	 */
	static List<Point> shift(List<Point> route, Box from, Box to, double offset) {
		int n = route.size();
		if (offset == 0 || n < 2) {
			return route;
		}
		double[][] normals = new double[n - 1][];
		for (int i = 0; i < n - 1; i++) {
			normals[i] = normal(route.get(i), route.get(i + 1));
		}
		fillDegenerate(normals);
		List<Point> shifted = new ArrayList<>(n);
		shifted.add(slide(route.get(0), from, normals[0], offset));
		for (int i = 1; i < n - 1; i++) {
			double[] a = normals[i - 1];
			double[] b = normals[i];
			double mx = a[0] + b[0];
			double my = a[1] + b[1];
			double len = Math.hypot(mx, my);
			if (len < 1e-9) { // the line turns back on itself: keep the lane on the first segment's side
				mx = a[0];
				my = a[1];
				len = 1;
			}
			mx /= len;
			my /= len;
			// the miter keeps the lane parallel to both segments; capped where they meet at a sharp angle
			double miter = offset / Math.max(0.5, mx * a[0] + my * a[1]);
			Point p = route.get(i);
			shifted.add(new Point(DiagramLayout.round(p.x() + mx * miter), DiagramLayout.round(p.y() + my * miter)));
		}
		shifted.add(slide(route.get(n - 1), to, normals[n - 2], offset));
		return shifted;
	}

	/** The unit normal to the left of the segment a -> b (in SVG coordinates), null for a point. */
	private static double[] normal(Point a, Point b) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double len = Math.hypot(dx, dy);
		return len < 1e-9 ? null : new double[] { dy / len, -dx / len };
	}

	/** Zero-length segments take a neighbour's normal (or point down when the whole route is one point). */
	private static void fillDegenerate(double[][] normals) {
		double[] last = null;
		for (double[] n : normals) {
			if (n != null) {
				last = n;
				break;
			}
		}
		for (int i = 0; i < normals.length; i++) {
			if (normals[i] == null) {
				normals[i] = last == null ? new double[] { 0, 1 } : last;
			}
			last = normals[i];
		}
	}

	/**
	 * {@code route} with its ends moved along their boxes' sides just enough that a bundle of
	 * {@code width} fits on each side without reaching a corner (ELK may end a route near one).
	 */
	static List<Point> fit(List<Point> route, Box from, Box to, double width) {
		if (route.size() < 2 || width <= 0) {
			return route;
		}
		List<Point> fitted = new ArrayList<>(route);
		fitted.set(0, centre(route.get(0), from, width / 2 + CORNER));
		fitted.set(route.size() - 1, centre(route.getLast(), to, width / 2 + CORNER));
		return fitted;
	}

	/** {@code p} on a side of {@code box}, moved along that side to keep {@code margin} from both corners. */
	private static Point centre(Point p, Box box, double margin) {
		if (box == null) {
			return p;
		}
		if (onVerticalSide(p, box)) {
			return new Point(p.x(), DiagramLayout.round(clamp(p.y(), box.y() + margin, box.y() + box.height() - margin)));
		}
		return new Point(DiagramLayout.round(clamp(p.x(), box.x() + margin, box.x() + box.width() - margin)), p.y());
	}

	/** The end point {@code p} on {@code box}'s border moved by {@code offset} along that border, towards the normal's side. */
	private static Point slide(Point p, Box box, double[] normal, double offset) {
		if (box == null) {
			return new Point(DiagramLayout.round(p.x() + normal[0] * offset), DiagramLayout.round(p.y() + normal[1] * offset));
		}
		if (onVerticalSide(p, box)) { // move up or down
			double y = p.y() + offset * (normal[1] < 0 ? -1 : 1);
			return new Point(p.x(), DiagramLayout.round(clamp(y, box.y() + CORNER, box.y() + box.height() - CORNER)));
		}
		double x = p.x() + offset * (normal[0] < 0 ? -1 : 1);
		return new Point(DiagramLayout.round(clamp(x, box.x() + CORNER, box.x() + box.width() - CORNER)), p.y());
	}

	/** Whether {@code p} is nearer to {@code box}'s left or right side than to its top or bottom. */
	private static boolean onVerticalSide(Point p, Box box) {
		double horizontal = Math.min(Math.abs(p.x() - box.x()), Math.abs(p.x() - (box.x() + box.width())));
		double vertical = Math.min(Math.abs(p.y() - box.y()), Math.abs(p.y() - (box.y() + box.height())));
		return horizontal <= vertical;
	}

	private static double clamp(double v, double lo, double hi) {
		return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
	}
}
