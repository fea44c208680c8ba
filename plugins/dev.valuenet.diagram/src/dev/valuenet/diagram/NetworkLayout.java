package dev.valuenet.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.valuenet.diagram.Layout.Box;

/**
 * The box positions of the network layouts: {@link LayoutKind#STRESS} (community-aware stress
 * majorization) and {@link LayoutKind#RADIAL} (rings around a focus box). Lines are drawn straight
 * by {@link DiagramLayout}. Both are deterministic: no randomness, every loop runs in the graph's
 * node order, ties broken by that order.
 * <p>
 * <b>Stress</b> lays out each Leiden community (the boxes' {@link DiagramNode#community()}; boxes
 * without one are groups of their own) by itself, then places the communities apart:
 * <ol>
 * <li>inside a community, stress majorization (Gansner, Koren and North 2004, the localized update
 * that ELK stress and Graphviz neato use) with the hop distance over the community's own lines
 * times an ideal line length as target distance, started from a pivot projection;</li>
 * <li>overlapping boxes are pushed apart (with {@link #GAP} around each);</li>
 * <li>each community becomes a disc as large as its boxes; the discs are placed by stress
 * majorization over the community graph (target distance: touching, plus a gap) and pushed apart
 * until no two overlap, then spread to the screen's aspect ratio.</li>
 * </ol>
 * Cost: all-pairs breadth-first search and O(m^2) per iteration inside each community of m boxes;
 * the iterations are capped at about 10^8 pair updates per community.
 */
final class NetworkLayout {

	/** At most this many stress majorization iterations (fewer for large communities). */
	private static final int MAX_ITERATIONS = 150;

	/** Free space kept between two boxes. */
	static final double GAP = 14;

	/** Free space between two communities' discs. */
	private static final double COMMUNITY_GAP = 90;

	/** The aspect ratio (width / height) the layout is spread to: a 1600 x 1000 screen, less the legend. */
	private static final double ASPECT = 1.45;

	private NetworkLayout() {
	}

	/** Top-left corners and sizes of the boxes of {@code graph} by the community-aware stress layout. */
	static Map<String, Box> stress(DiagramGraph graph, List<EdgeBundles.Bundle> bundles) {
		List<DiagramNode> nodes = graph.nodes();
		int n = nodes.size();
		Map<String, Integer> index = index(nodes);
		// groups: one per community (in order of first appearance), boxes without one alone
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		int[] groupOf = new int[n];
		for (int i = 0; i < n; i++) {
			DiagramNode node = nodes.get(i);
			String key = node.community() >= 0 && node.type() != DiagramNode.Type.COMMUNITY ? "c" + node.community() : "n" + i;
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
		}
		List<List<Integer>> members = new ArrayList<>(groups.values());
		for (int g = 0; g < members.size(); g++) {
			for (int v : members.get(g)) {
				groupOf[v] = g;
			}
		}
		int[][] adjacency = adjacency(n, bundles, index);
		double length = idealLength(nodes);
		double[] x = new double[n];
		double[] y = new double[n];
		int k = members.size();
		double[] radius = new double[k];
		for (int g = 0; g < k; g++) {
			List<Integer> group = members.get(g);
			int m = group.size();
			int[] local = new int[n];
			Arrays.fill(local, -1);
			for (int i = 0; i < m; i++) {
				local[group.get(i)] = i;
			}
			int[][] inner = new int[m][];
			double[] w = new double[m];
			double[] h = new double[m];
			for (int i = 0; i < m; i++) {
				int v = group.get(i);
				inner[i] = Arrays.stream(adjacency[v]).filter(u -> local[u] >= 0).map(u -> local[u]).toArray();
				w[i] = nodes.get(v).width();
				h[i] = nodes.get(v).height();
			}
			double[][] xy = m == 1 ? new double[][] { { 0 }, { 0 } } : stressMajorization(hops(inner), length);
			removeOverlaps(xy[0], xy[1], w, h, GAP);
			// centre the group on its bounding box and measure its disc
			double minX = Double.POSITIVE_INFINITY;
			double minY = Double.POSITIVE_INFINITY;
			double maxX = Double.NEGATIVE_INFINITY;
			double maxY = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < m; i++) {
				minX = Math.min(minX, xy[0][i] - w[i] / 2);
				maxX = Math.max(maxX, xy[0][i] + w[i] / 2);
				minY = Math.min(minY, xy[1][i] - h[i] / 2);
				maxY = Math.max(maxY, xy[1][i] + h[i] / 2);
			}
			double cx = (minX + maxX) / 2;
			double cy = (minY + maxY) / 2;
			double r = 0;
			for (int i = 0; i < m; i++) {
				int v = group.get(i);
				x[v] = xy[0][i] - cx;
				y[v] = xy[1][i] - cy;
				r = Math.max(r, Math.hypot(Math.abs(x[v]) + w[i] / 2, Math.abs(y[v]) + h[i] / 2));
			}
			radius[g] = r;
		}
		double[][] centres = placeGroups(k, groupOf, bundles, index, radius);
		Map<String, Box> boxes = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			DiagramNode node = nodes.get(i);
			int g = groupOf[i];
			boxes.put(node.id(), new Box(DiagramLayout.round(centres[0][g] + x[i] - node.width() / 2),
					DiagramLayout.round(centres[1][g] + y[i] - node.height() / 2), node.width(), node.height()));
		}
		return boxes;
	}

	/** Centres of the community discs: stress over the community graph, overlaps removed, spread to {@link #ASPECT}. */
	private static double[][] placeGroups(int k, int[] groupOf, List<EdgeBundles.Bundle> bundles, Map<String, Integer> index, double[] radius) {
		if (k == 1) {
			return new double[][] { { 0 }, { 0 } };
		}
		// lines between communities, counted per pair
		double[][] links = new double[k][k];
		for (EdgeBundles.Bundle bundle : bundles) {
			int a = groupOf[index.get(bundle.from())];
			int b = groupOf[index.get(bundle.to())];
			if (a != b) {
				links[a][b] += bundle.members().size();
				links[b][a] += bundle.members().size();
			}
		}
		// target distance: along the community graph, each step touching plus a gap; strongly
		// linked pairs are also held more tightly (weight)
		double[][] target = new double[k][k];
		for (double[] row : target) {
			Arrays.fill(row, Double.POSITIVE_INFINITY);
		}
		for (int a = 0; a < k; a++) {
			target[a][a] = 0;
			for (int b = 0; b < k; b++) {
				if (links[a][b] > 0) {
					target[a][b] = radius[a] + radius[b] + COMMUNITY_GAP;
				}
			}
		}
		for (int via = 0; via < k; via++) { // Floyd-Warshall: k is the number of communities, small
			for (int a = 0; a < k; a++) {
				for (int b = 0; b < k; b++) {
					if (target[a][via] + target[via][b] < target[a][b]) {
						target[a][b] = target[a][via] + target[via][b];
					}
				}
			}
		}
		double largest = 0;
		for (int a = 0; a < k; a++) {
			for (int b = 0; b < k; b++) {
				if (target[a][b] < Double.POSITIVE_INFINITY) {
					largest = Math.max(largest, target[a][b]);
				}
			}
		}
		for (int a = 0; a < k; a++) {
			for (int b = 0; b < k; b++) {
				if (target[a][b] == Double.POSITIVE_INFINITY) {
					// unconnected parts of the map: beside each other
					target[a][b] = Math.max(largest, radius[a] + radius[b] + COMMUNITY_GAP);
				}
			}
		}
		double[][] xy = majorize(target, initial(target, 1));
		double[] w = new double[k];
		double[] h = new double[k];
		for (int g = 0; g < k; g++) {
			w[g] = 2 * radius[g];
			h[g] = 2 * radius[g];
		}
		spreadToAspect(xy[0], xy[1], w, h);
		removeDiscOverlaps(xy[0], xy[1], radius, COMMUNITY_GAP / 2);
		return xy;
	}

	/**
	 * Squeezes the drawing towards {@link #ASPECT}: the longer axis is scaled down, then the discs
	 * are pushed apart again by {@link #removeDiscOverlaps}.
	 */
	private static void spreadToAspect(double[] x, double[] y, double[] w, double[] h) {
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < x.length; i++) {
			minX = Math.min(minX, x[i] - w[i] / 2);
			maxX = Math.max(maxX, x[i] + w[i] / 2);
			minY = Math.min(minY, y[i] - h[i] / 2);
			maxY = Math.max(maxY, y[i] + h[i] / 2);
		}
		double aspect = (maxX - minX) / Math.max(1, maxY - minY);
		if (aspect < ASPECT) {
			double f = Math.sqrt(aspect / ASPECT);
			for (int i = 0; i < y.length; i++) {
				y[i] *= f;
				x[i] /= f;
			}
		} else {
			double f = Math.sqrt(ASPECT / aspect);
			for (int i = 0; i < x.length; i++) {
				x[i] *= f;
				y[i] /= f;
			}
		}
	}

	/** Pushes discs (centre, radius) apart until every two keep {@code gap} between them. */
	private static void removeDiscOverlaps(double[] x, double[] y, double[] r, double gap) {
		int k = x.length;
		for (int round = 0; round < 500; round++) {
			boolean moved = false;
			for (int a = 0; a < k; a++) {
				for (int b = a + 1; b < k; b++) {
					double dx = x[b] - x[a];
					double dy = y[b] - y[a];
					double d = Math.hypot(dx, dy);
					double need = r[a] + r[b] + gap;
					if (d < need - 1e-6) {
						if (d < 1e-9) { // same centre: separate along a fixed direction
							dx = 1;
							dy = 0.3;
							d = Math.hypot(dx, dy);
						}
						double push = (need - d) / 2 + 1e-3;
						// the larger disc moves less
						double share = r[b] * r[b] / (r[a] * r[a] + r[b] * r[b] + 1e-9);
						x[a] -= dx / d * push * 2 * share;
						y[a] -= dy / d * push * 2 * share;
						x[b] += dx / d * push * 2 * (1 - share);
						y[b] += dy / d * push * 2 * (1 - share);
						moved = true;
					}
				}
			}
			if (!moved) {
				return;
			}
		}
	}

	/**
	 * Boxes of {@code graph} by the radial layout: {@code centre} (a box id) in the middle, every
	 * other box on the ring of its hop distance from it (over lines in either direction), ordered
	 * around the ring by its parent's angle, boxes no line reaches on an outer ring. Each ring is
	 * large enough that its boxes do not touch, and rings are a box's diagonal apart, so no two
	 * boxes overlap.
	 */
	static Map<String, Box> radial(DiagramGraph graph, List<EdgeBundles.Bundle> bundles, String centre) {
		List<DiagramNode> nodes = graph.nodes();
		int n = nodes.size();
		Map<String, Integer> index = index(nodes);
		int[][] adjacency = adjacency(n, bundles, index);
		int root = index.getOrDefault(centre, -1);
		if (root < 0) {
			for (int i = 0; i < n; i++) {
				if (root < 0 || adjacency[i].length > adjacency[root].length) {
					root = i;
				}
			}
		}
		Map<String, Box> boxes = new LinkedHashMap<>();
		if (n == 0) {
			return boxes;
		}
		int[] depth = new int[n];
		int[] parent = new int[n];
		Arrays.fill(depth, -1);
		Arrays.fill(parent, -1);
		depth[root] = 0;
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(root));
		List<List<Integer>> rings = new ArrayList<>();
		rings.add(new ArrayList<>(List.of(root)));
		while (!queue.isEmpty()) {
			int v = queue.poll();
			for (int u : adjacency[v]) {
				if (depth[u] < 0) {
					depth[u] = depth[v] + 1;
					parent[u] = v;
					if (rings.size() <= depth[u]) {
						rings.add(new ArrayList<>());
					}
					rings.get(depth[u]).add(u);
					queue.add(u);
				}
			}
		}
		List<Integer> unreached = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (depth[i] < 0) {
				unreached.add(i);
			}
		}
		if (!unreached.isEmpty()) {
			rings.add(unreached);
		}
		double[] x = new double[n];
		double[] y = new double[n];
		double[] angle = new double[n];
		double previousRadius = 0;
		double previousSize = diagonal(nodes.get(root));
		for (int r = 1; r < rings.size(); r++) {
			List<Integer> ring = new ArrayList<>(rings.get(r));
			// children follow their parents round the circle (stable: ties keep BFS order)
			ring.sort((a, b) -> Double.compare(parent[a] < 0 ? 10 : angle[parent[a]], parent[b] < 0 ? 10 : angle[parent[b]]));
			double arc = 0;
			double largest = 0;
			for (int v : ring) {
				arc += diagonal(nodes.get(v)) + GAP;
				largest = Math.max(largest, diagonal(nodes.get(v)));
			}
			double radius = Math.max(previousRadius + (previousSize + largest) / 2 + 2 * GAP, arc / (2 * Math.PI));
			// the ring's first box starts at its parent's angle, so a hop-1 star starts at the top
			double start = parent[ring.get(0)] < 0 || r == 1 ? -Math.PI / 2 : angle[parent[ring.get(0)]];
			double spare = (2 * Math.PI * radius - arc) / ring.size();
			double at = 0;
			for (int v : ring) {
				double size = diagonal(nodes.get(v)) + GAP + spare;
				double a = start + (at + size / 2) / radius;
				at += size;
				angle[v] = a;
				x[v] = radius * Math.cos(a);
				y[v] = radius * Math.sin(a);
			}
			previousRadius = radius;
			previousSize = largest;
		}
		for (int i = 0; i < n; i++) {
			DiagramNode node = nodes.get(i);
			boxes.put(node.id(), new Box(DiagramLayout.round(x[i] - node.width() / 2), DiagramLayout.round(y[i] - node.height() / 2), node.width(),
					node.height()));
		}
		return boxes;
	}

	private static double diagonal(DiagramNode node) {
		return Math.hypot(node.width(), node.height());
	}

	private static Map<String, Integer> index(List<DiagramNode> nodes) {
		Map<String, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i).id(), i);
		}
		return index;
	}

	/** Neighbours of each box over the bundles (either direction), each once, in bundle order. */
	static int[][] adjacency(int n, List<EdgeBundles.Bundle> bundles, Map<String, Integer> index) {
		List<List<Integer>> lists = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			lists.add(new ArrayList<>());
		}
		for (EdgeBundles.Bundle bundle : bundles) {
			int a = index.get(bundle.from());
			int b = index.get(bundle.to());
			if (a != b) {
				lists.get(a).add(b);
				lists.get(b).add(a);
			}
		}
		int[][] adjacency = new int[n][];
		for (int i = 0; i < n; i++) {
			adjacency[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
		}
		return adjacency;
	}

	/** The length of a line between two neighbouring boxes: about two box widths. */
	private static double idealLength(List<DiagramNode> nodes) {
		double sum = 0;
		for (DiagramNode node : nodes) {
			sum += diagonal(node);
		}
		return nodes.isEmpty() ? 100 : sum / nodes.size() + 2 * GAP;
	}

	/** All-pairs hop distances by breadth-first search; unreachable pairs are one more than the longest. */
	private static int[][] hops(int[][] adjacency) {
		int m = adjacency.length;
		int[][] hops = new int[m][];
		int longest = 1;
		int[] queue = new int[m];
		for (int s = 0; s < m; s++) {
			int[] d = new int[m];
			Arrays.fill(d, -1);
			d[s] = 0;
			int head = 0;
			int tail = 0;
			queue[tail++] = s;
			while (head < tail) {
				int v = queue[head++];
				for (int u : adjacency[v]) {
					if (d[u] < 0) {
						d[u] = d[v] + 1;
						longest = Math.max(longest, d[u]);
						queue[tail++] = u;
					}
				}
			}
			hops[s] = d;
		}
		for (int[] d : hops) {
			for (int i = 0; i < m; i++) {
				if (d[i] < 0) {
					d[i] = longest + 1;
				}
			}
		}
		return hops;
	}

	/** Stress majorization with target distance {@code hops * length}. */
	private static double[][] stressMajorization(int[][] hops, double length) {
		int m = hops.length;
		double[][] target = new double[m][m];
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < m; j++) {
				target[i][j] = hops[i][j] * length;
			}
		}
		return majorize(target, initial(target, length));
	}

	/**
	 * A deterministic start: the projection of each point on the line through two far-apart pivots
	 * (x) and on a third pivot far from both (y), plus a small golden-angle spiral so that points with
	 * equal distances to all pivots (e.g. the leaves of one hub) start apart.
	 */
	private static double[][] initial(double[][] d, double length) {
		int m = d.length;
		int p1 = farthest(d, new int[] { 0 });
		int p2 = farthest(d, new int[] { p1 });
		int p3 = farthest(d, new int[] { p1, p2 });
		double d12 = Math.max(d[p1][p2], 1e-9);
		double[] x = new double[m];
		double[] y = new double[m];
		for (int i = 0; i < m; i++) {
			x[i] = (d[i][p1] * d[i][p1] - d[i][p2] * d[i][p2]) / (2 * d12);
			y[i] = (d[i][p3] - (d[i][p1] + d[i][p2]) / 2) / 2;
			double a = i * 2.399963229728653;
			double r = 0.4 * length * Math.sqrt(i + 1) / Math.sqrt(m);
			x[i] += r * Math.cos(a);
			y[i] += r * Math.sin(a);
		}
		return new double[][] { x, y };
	}

	/** The point with the largest summed distance to {@code from} (the first such in order). */
	private static int farthest(double[][] d, int[] from) {
		int best = 0;
		double bestSum = -1;
		for (int i = 0; i < d.length; i++) {
			double sum = 0;
			for (int f : from) {
				sum += d[i][f];
			}
			if (sum > bestSum + 1e-9) {
				best = i;
				bestSum = sum;
			}
		}
		return best;
	}

	/**
	 * The localized stress majorization update, point by point in order (Gauss-Seidel), weights
	 * 1/d^2, until the stress improves by less than 0.1% over 10 iterations, or after
	 * {@link #MAX_ITERATIONS} (fewer in communities above 800 boxes: about 10^8 pair updates).
	 */
	private static double[][] majorize(double[][] target, double[][] start) {
		int m = target.length;
		double[] x = start[0];
		double[] y = start[1];
		int iterations = (int) Math.max(15, Math.min(MAX_ITERATIONS, 1e8 / Math.max(1, (double) m * m)));
		double previous = Double.POSITIVE_INFINITY;
		for (int it = 0; it < iterations; it++) {
			for (int i = 0; i < m; i++) {
				double sx = 0;
				double sy = 0;
				double sw = 0;
				double[] ti = target[i];
				double xi = x[i];
				double yi = y[i];
				for (int j = 0; j < m; j++) {
					if (j == i || ti[j] <= 0) {
						continue;
					}
					double dx = xi - x[j];
					double dy = yi - y[j];
					double dist = Math.sqrt(dx * dx + dy * dy);
					double w = 1 / (ti[j] * ti[j]);
					if (dist < 1e-9) {
						// coincident points: aim along a fixed direction that depends on the pair only
						dx = (i - j) * 1e-3;
						dy = 1e-3;
						dist = Math.hypot(dx, dy);
					}
					sx += w * (x[j] + ti[j] * dx / dist);
					sy += w * (y[j] + ti[j] * dy / dist);
					sw += w;
				}
				if (sw > 0) {
					x[i] = sx / sw;
					y[i] = sy / sw;
				}
			}
			if (it % 10 == 9) {
				double stress = stress(target, x, y);
				if (previous - stress < 1e-3 * previous) {
					break;
				}
				previous = stress;
			}
		}
		return new double[][] { x, y };
	}

	private static double stress(double[][] target, double[] x, double[] y) {
		double s = 0;
		for (int i = 0; i < x.length; i++) {
			for (int j = i + 1; j < x.length; j++) {
				double t = target[i][j];
				if (t > 0) {
					double dx = x[i] - x[j];
					double dy = y[i] - y[j];
					double e = Math.sqrt(dx * dx + dy * dy) - t;
					s += e * e / (t * t);
				}
			}
		}
		return s;
	}

	/**
	 * Pushes apart boxes (centres x, y; sizes w, h) that come closer than {@code gap}: each
	 * overlapping pair moves apart along the axis where it overlaps less, half each. Pairs are found
	 * by a sweep over x. If 30 rounds leave an overlap, all distances grow by 5% and it repeats, so
	 * it always ends overlap-free.
	 */
	static void removeOverlaps(double[] x, double[] y, double[] w, double[] h, double gap) {
		int m = x.length;
		double widest = 0;
		for (double v : w) {
			widest = Math.max(widest, v);
		}
		Integer[] order = new Integer[m];
		for (int attempt = 0; attempt < 60; attempt++) {
			for (int round = 0; round < 30; round++) {
				for (int i = 0; i < m; i++) {
					order[i] = i;
				}
				Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Integer.compare(a, b));
				boolean moved = false;
				for (int p = 0; p < m; p++) {
					int a = order[p];
					for (int q = p + 1; q < m; q++) {
						int b = order[q];
						if (x[b] - x[a] >= widest + gap) {
							break;
						}
						double ox = (w[a] + w[b]) / 2 + gap - Math.abs(x[b] - x[a]);
						double oy = (h[a] + h[b]) / 2 + gap - Math.abs(y[b] - y[a]);
						if (ox > 1e-6 && oy > 1e-6) {
							moved = true;
							if (ox <= oy) { // the shorter way out
								double s = x[b] > x[a] || (x[b] == x[a] && b > a) ? 1 : -1;
								x[a] -= s * ox / 2;
								x[b] += s * ox / 2;
							} else {
								double s = y[b] > y[a] || (y[b] == y[a] && b > a) ? 1 : -1;
								y[a] -= s * oy / 2;
								y[b] += s * oy / 2;
							}
						}
					}
				}
				if (!moved) {
					return;
				}
			}
			for (int i = 0; i < m; i++) {
				x[i] *= 1.05;
				y[i] *= 1.05;
			}
		}
	}
}
