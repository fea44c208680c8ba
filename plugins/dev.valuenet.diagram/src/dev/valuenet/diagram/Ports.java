package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * Where straight lines leave their boxes in the network layouts: each bundle ends where the line
 * between the two boxes' centres crosses the border, and the ends on one box are then spread
 * along its border so that neighbouring bundles keep their own width plus {@link #GAP} apart. A
 * hub's lines hence fan out around its box instead of meeting in one point. Deterministic: ends
 * are ordered round the border, ties by bundle order.
 */
final class Ports {

	/** Free border between two neighbouring bundle ends. */
	static final double GAP = 4;

	/** Ends keep this far from a box's corners. */
	static final double CORNER = 6;

	private Ports() {
	}

	/** One end of a bundle on a box: the bundle's index, which end, where on the border (0 .. perimeter). */
	private static final class End {
		final int bundle;
		final boolean start;
		final double width;
		double at;

		End(int bundle, boolean start, double width, double at) {
			this.bundle = bundle;
			this.start = start;
			this.width = width;
			this.at = at;
		}
	}

	/** The start and end point of every bundle (by index), on the borders of {@code boxes}. */
	static Point[][] spread(List<EdgeBundles.Bundle> bundles, Map<String, Box> boxes) {
		Point[][] ends = new Point[bundles.size()][2];
		Map<String, List<End>> byBox = new java.util.LinkedHashMap<>();
		for (int b = 0; b < bundles.size(); b++) {
			EdgeBundles.Bundle bundle = bundles.get(b);
			Box from = boxes.get(bundle.from());
			Box to = boxes.get(bundle.to());
			double width = bundle.width();
			byBox.computeIfAbsent(bundle.from(), k -> new ArrayList<>())
					.add(new End(b, true, width, perimeterAt(from, border(from, to.centerX(), to.centerY()))));
			byBox.computeIfAbsent(bundle.to(), k -> new ArrayList<>()).add(new End(b, false, width, perimeterAt(to, border(to, from.centerX(), from.centerY()))));
		}
		byBox.forEach((id, list) -> {
			Box box = boxes.get(id);
			relax(list, perimeter(box));
			for (End end : list) {
				ends[end.bundle][end.start ? 0 : 1] = pointAt(box, end.at);
			}
		});
		return ends;
	}

	/** Moves the ends round the border (length {@code perimeter}) until neighbours keep their distance. */
	private static void relax(List<End> ends, double perimeter) {
		int k = ends.size();
		if (k < 2) {
			return;
		}
		ends.sort((a, b) -> a.at != b.at ? Double.compare(a.at, b.at) : Integer.compare(a.bundle, b.bundle));
		double[] need = new double[k];
		double total = 0;
		for (int i = 0; i < k; i++) {
			need[i] = (ends.get(i).width + ends.get((i + 1) % k).width) / 2 + GAP;
			total += need[i];
		}
		if (total > perimeter) {
			for (int i = 0; i < k; i++) {
				need[i] *= perimeter / total;
			}
		}
		double[] at = new double[k];
		for (int i = 0; i < k; i++) {
			at[i] = ends.get(i).at;
		}
		for (int round = 0; round < 50; round++) {
			boolean moved = false;
			for (int i = 0; i < k; i++) {
				int j = (i + 1) % k;
				double gap = j == 0 ? at[0] + perimeter - at[i] : at[j] - at[i];
				if (gap < need[i] - 1e-6) {
					double push = (need[i] - gap) / 2;
					at[i] -= push;
					at[j] += push;
					moved = true;
				}
			}
			if (!moved) {
				break;
			}
		}
		for (int i = 0; i < k; i++) {
			ends.get(i).at = ((at[i] % perimeter) + perimeter) % perimeter;
		}
	}

	/** Where the line from the centre of {@code box} towards (x, y) leaves the box. */
	static Point border(Box box, double x, double y) {
		double dx = x - box.centerX();
		double dy = y - box.centerY();
		if (dx == 0 && dy == 0) {
			return new Point(box.centerX(), box.y());
		}
		double scale = Math.min(dx == 0 ? Double.POSITIVE_INFINITY : box.width() / 2 / Math.abs(dx),
				dy == 0 ? Double.POSITIVE_INFINITY : box.height() / 2 / Math.abs(dy));
		return new Point(box.centerX() + dx * scale, box.centerY() + dy * scale);
	}

	/**
	 * The distance along the border, clockwise from the top-left corner, of a point on it; the
	 * {@link #CORNER} px next to each corner do not count (ends are kept off the corners, where
	 * a bundle's lanes would not fit).
	 */
	static double perimeterAt(Box box, Point p) {
		double w = side(box.width());
		double h = side(box.height());
		double fx = p.x() - box.x();
		double fy = p.y() - box.y();
		double top = Math.abs(fy);
		double right = Math.abs(fx - box.width());
		double bottom = Math.abs(fy - box.height());
		double left = Math.abs(fx);
		double min = Math.min(Math.min(top, right), Math.min(bottom, left));
		if (min == top) {
			return clamp(fx - CORNER, 0, w);
		}
		if (min == right) {
			return w + clamp(fy - CORNER, 0, h);
		}
		if (min == bottom) {
			return w + h + (w - clamp(fx - CORNER, 0, w));
		}
		return 2 * w + h + (h - clamp(fy - CORNER, 0, h));
	}

	/** The length of the border that {@link #perimeterAt} counts. */
	static double perimeter(Box box) {
		return 2 * (side(box.width()) + side(box.height()));
	}

	/** The point of the border at distance {@code at} of {@link #perimeterAt}. */
	static Point pointAt(Box box, double at) {
		double w = side(box.width());
		double h = side(box.height());
		double x;
		double y;
		if (at <= w) {
			x = box.x() + CORNER + at;
			y = box.y();
		} else if (at <= w + h) {
			x = box.x() + box.width();
			y = box.y() + CORNER + at - w;
		} else if (at <= 2 * w + h) {
			x = box.x() + CORNER + w - (at - w - h);
			y = box.y() + box.height();
		} else {
			x = box.x();
			y = box.y() + CORNER + h - (at - 2 * w - h);
		}
		return new Point(DiagramLayout.round(x), DiagramLayout.round(y));
	}

	/** A side's length less the corners (at least 0). */
	private static double side(double length) {
		return Math.max(0, length - 2 * CORNER);
	}

	private static double clamp(double v, double lo, double hi) {
		return Math.max(lo, Math.min(hi, v));
	}
}
