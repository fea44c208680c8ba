package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * Layout of a {@link DiagramGraph} by one of the {@link LayoutKind}s: ELK layered (below), the
 * community-aware stress layout or the radial layout ({@link NetworkLayout}, straight lines whose
 * ends are spread round each box by {@link Ports}); {@link #resolve} picks one by the map's shape
 * and size. Everything else below (bundles, pins, stability across edits) holds for all of them.
 * <p>
 * ELK layered layout, in plain Java (elkjs was 10-30x slower in the
 * spike). Deterministic: nodes and edges enter ELK in the graph's stable order, the random seed is
 * fixed, and nothing depends on hash order or font metrics, so the same model gives the same
 * picture on every machine.
 * <p>
 * ELK lays out one edge per pair of boxes ({@link EdgeBundles}), as thick as the lines between
 * them, and each line (flow or tie, with its own id) gets the pair's route shifted into its own
 * lane. That halves the edges ELK sees in a value network, where most pairs trade both ways, and
 * ELK's time grows faster than its edge count (crossing minimisation over long-edge dummies). Edge
 * labels of a pair are stacked into one ELK label, so ELK keeps room for all of them, and placed
 * line by line under one another.
 * <p>
 * Pinned positions (from the {@code .vnet.layout} sidecar) win over ELK: ELK lays out the whole
 * graph, then pinned boxes are moved to their stored corner and the lines touching them are drawn
 * straight, border to border. ELK's interactive strategies were rejected: they only use positions
 * to order layers and nodes, and do not keep them.
 * <p>
 * A relayout after an edit ({@code previous} given) keeps every box that was already there at its
 * previous corner and the lines between unchanged boxes on their previous routes; only new boxes
 * are placed, where ELK put them relative to their neighbours, moved down until they overlap
 * nothing. Lines touching a new, pinned or resized box are drawn straight, as for pinned boxes.
 */
public final class DiagramLayout {

	/** Edge labels are laid out (and drawn) up to this many lines; beyond, they only clutter. */
	public static final int MAX_LABELLED_EDGES = 150;

	private static final double PADDING = 24;

	/** Height of one edge label line (9 px text). */
	private static final double LABEL_HEIGHT = 12;

	static {
		// the Eclipse extension registry (how ELK finds algorithms inside a workbench) is absent headless
		if (LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
	}

	private DiagramLayout() {
	}

	/**
	 * Lays out a made-up graph (60 boxes, 3 lines each) three times, so that ELK's classes are
	 * loaded and its hot code compiled before the first real map. The first layout in a JVM is
	 * several times slower than the next ones (bench/README.md: the 200-actor map's layout
	 * takes about 4x longer cold); a workbench calls this from a background thread when a model
	 * opens, so that opening its map is as fast as redrawing it. Takes about half a second of
	 * one core.
	 */
	public static void prepare() {
		int n = 60;
		List<DiagramNode> nodes = new ArrayList<>();
		List<DiagramEdge> edges = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			nodes.add(new DiagramNode("n" + i, "n" + i, "firm", "", DiagramNode.Type.ACTOR, 0, 1, 0, false, List.of(), 84, 40));
		}
		for (int i = 0; i < n; i++) {
			for (int k = 1; k <= 3; k++) {
				edges.add(new DiagramEdge("f" + edges.size(), "n" + i, "n" + (i * 7 + k * 13) % n, "money", false, false, 1, 1, "", 1));
			}
		}
		DiagramGraph graph = new DiagramGraph("prepare", "all", nodes, edges, false, n, null, "kind", List.of(), "money");
		for (int i = 0; i < 3; i++) {
			layout(graph, Map.of());
		}
	}

	/** Lays out {@code graph} by {@link LayoutKind#AUTO}; boxes named in {@code pinned} keep their top-left corner. */
	public static Layout layout(DiagramGraph graph, Map<String, Point> pinned) {
		return layout(graph, pinned, null);
	}

	/**
	 * Lays out {@code graph} after an edit by {@link LayoutKind#AUTO}: boxes of {@code previous}
	 * (the same map before the edit) keep their corner, new boxes are placed beside them; pinned
	 * boxes still win. Without {@code previous} (null), the fresh layout of
	 * {@link #layout(DiagramGraph, Map)}.
	 */
	public static Layout layout(DiagramGraph graph, Map<String, Point> pinned, Layout previous) {
		return layout(graph, pinned, previous, LayoutKind.AUTO, null);
	}

	/** {@link #layout(DiagramGraph, Map, Layout, LayoutKind, String)} with the options' layout and focus. */
	public static Layout layout(DiagramGraph graph, Map<String, Point> pinned, Layout previous, DiagramOptions options) {
		return layout(graph, pinned, previous, options.layout(), options.focus());
	}

	/**
	 * Lays out {@code graph} by {@code kind} ({@link #resolve} picks one for {@link LayoutKind#AUTO}
	 * or null). Pinned boxes keep their corner; with {@code previous}, boxes already there keep
	 * theirs (see the class comment). {@code centre} names the box in the middle of the radial
	 * layout (a box id, or a simple name); null or unknown: the box with most neighbours.
	 */
	public static Layout layout(DiagramGraph graph, Map<String, Point> pinned, Layout previous, LayoutKind kind, String centre) {
		LayoutKind resolved = resolve(graph, kind);
		boolean labels = graph.edges().size() <= MAX_LABELLED_EDGES;
		Map<String, DiagramNode> nodes = new LinkedHashMap<>();
		for (DiagramNode node : graph.nodes()) {
			nodes.put(node.id(), node);
		}
		List<EdgeBundles.Bundle> bundles = EdgeBundles.of(graph.edges(), nodes);
		List<ElkEdge> elkEdges = null;
		Map<String, Box> fresh;
		if (resolved == LayoutKind.LAYERED) {
			elkEdges = new ArrayList<>(bundles.size());
			fresh = layered(graph, bundles, labels, elkEdges);
		} else if (resolved == LayoutKind.RADIAL) {
			fresh = NetworkLayout.radial(graph, bundles, centreId(graph, centre));
		} else {
			fresh = NetworkLayout.stress(graph, bundles);
		}
		Map<String, Box> laidOut = new LinkedHashMap<>();
		fresh.forEach((id, box) -> {
			Point pin = pinned.get(id);
			laidOut.put(id, pin != null ? new Box(pin.x(), pin.y(), box.width(), box.height()) : box);
		});
		Map<String, Box> boxes = previous == null ? laidOut : StableLayout.keep(graph, laidOut, pinned.keySet(), previous);
		Point[][] ports = elkEdges == null ? Ports.spread(bundles, boxes) : null;
		Map<String, List<Point>> routes = new HashMap<>();
		Map<String, Box> labelBoxes = new HashMap<>();
		for (int b = 0; b < bundles.size(); b++) {
			EdgeBundles.Bundle bundle = bundles.get(b);
			ElkEdge e = elkEdges == null ? null : elkEdges.get(b);
			Box from = boxes.get(bundle.from());
			Box to = boxes.get(bundle.to());
			if (previous != null && StableLayout.reuse(bundle, boxes, previous, labels, labelBoxes)) {
				bundle.members().forEach(edge -> routes.put(edge.id(), previous.edges().get(edge.id())));
				continue;
			}
			boolean moved = e == null || previous != null || pinned.containsKey(bundle.from()) || pinned.containsKey(bundle.to());
			List<Point> route = ports != null ? List.of(ports[b][0], ports[b][1])
					: moved || e.getSections().isEmpty() ? straight(from, to) : route(e.getSections().get(0));
			List<Point> fitted = EdgeBundles.fit(route, from, to, bundle.width());
			for (int i = 0; i < bundle.members().size(); i++) {
				DiagramEdge edge = bundle.members().get(i);
				List<Point> lane = EdgeBundles.shift(fitted, from, to, bundle.offsets()[i]);
				routes.put(edge.id(), bundle.reversed(edge) ? lane.reversed() : lane);
			}
			if (labels) {
				Box stack = null;
				if (e != null && !e.getLabels().isEmpty()) {
					ElkLabel label = e.getLabels().get(0);
					stack = moved ? new Box(round((route.get(0).x() + route.getLast().x() - label.getWidth()) / 2),
							round((route.get(0).y() + route.getLast().y()) / 2 - label.getHeight()), label.getWidth(), label.getHeight())
							: new Box(round(label.getX()), round(label.getY()), label.getWidth(), label.getHeight());
				} else if (e == null) {
					double[] size = labelStackSize(bundle);
					if (size[1] > 0) {
						stack = new Box(round((route.get(0).x() + route.getLast().x() - size[0]) / 2),
								round((route.get(0).y() + route.getLast().y() - size[1]) / 2), size[0], size[1]);
					}
				}
				if (stack != null) {
					placeLabels(bundle, stack, labelBoxes);
				}
			}
		}
		Map<String, List<Point>> ordered = new LinkedHashMap<>();
		Map<String, Box> orderedLabels = new LinkedHashMap<>();
		for (DiagramEdge edge : graph.edges()) {
			if (routes.containsKey(edge.id())) {
				ordered.put(edge.id(), routes.get(edge.id()));
			}
			if (labelBoxes.containsKey(edge.id())) {
				orderedLabels.put(edge.id(), labelBoxes.get(edge.id()));
			}
		}
		return new Layout(boxes, ordered, orderedLabels, bounds(boxes, ordered, orderedLabels));
	}

	/**
	 * The layout {@code kind} stands for on {@code graph}: {@code kind} itself, or for
	 * {@link LayoutKind#AUTO} (and null) {@link LayoutKind#LAYERED} when the map is small (at most
	 * {@value #AUTO_LAYERED_BOXES} boxes, e.g. a value chain or a map of collapsed communities) or
	 * chain-like (at most {@value #AUTO_CHAIN_BOXES} boxes and at most 5% of its flow directions
	 * close a cycle), else {@link LayoutKind#STRESS}.
	 */
	public static LayoutKind resolve(DiagramGraph graph, LayoutKind kind) {
		if (kind != null && kind != LayoutKind.AUTO) {
			return kind;
		}
		int n = graph.nodes().size();
		if (n <= AUTO_LAYERED_BOXES || n <= AUTO_CHAIN_BOXES && backEdgeShare(graph) <= 0.05) {
			return LayoutKind.LAYERED;
		}
		return LayoutKind.STRESS;
	}

	/** Maps of at most this many boxes are laid out in layers by {@link LayoutKind#AUTO}. */
	public static final int AUTO_LAYERED_BOXES = 40;

	/** Chain-like maps of at most this many boxes are laid out in layers by {@link LayoutKind#AUTO}. */
	public static final int AUTO_CHAIN_BOXES = 150;

	/**
	 * The share of the distinct directed box pairs joined by flows that a depth-first search (in node
	 * order) finds pointing back: 0 for a chain or any acyclic map, about half for a network where
	 * most pairs trade both ways.
	 */
	static double backEdgeShare(DiagramGraph graph) {
		Map<String, Integer> index = new HashMap<>();
		for (DiagramNode node : graph.nodes()) {
			index.put(node.id(), index.size());
		}
		int n = index.size();
		List<java.util.Set<Integer>> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			out.add(new java.util.LinkedHashSet<>());
		}
		int pairs = 0;
		for (DiagramEdge edge : graph.edges()) {
			Integer a = index.get(edge.source());
			Integer b = index.get(edge.target());
			if (!edge.tie() && a != null && b != null && !a.equals(b) && out.get(a).add(b)) {
				pairs++;
			}
		}
		if (pairs == 0) {
			return 0;
		}
		int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
		int back = 0;
		for (int s = 0; s < n; s++) {
			if (state[s] != 0) {
				continue;
			}
			java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
			java.util.ArrayDeque<java.util.Iterator<Integer>> iterators = new java.util.ArrayDeque<>();
			state[s] = 1;
			stack.push(new int[] { s });
			iterators.push(out.get(s).iterator());
			while (!stack.isEmpty()) {
				java.util.Iterator<Integer> it = iterators.peek();
				if (it.hasNext()) {
					int u = it.next();
					if (state[u] == 1) {
						back++;
					} else if (state[u] == 0) {
						state[u] = 1;
						stack.push(new int[] { u });
						iterators.push(out.get(u).iterator());
					}
				} else {
					state[stack.pop()[0]] = 2;
					iterators.pop();
				}
			}
		}
		return back / (double) pairs;
	}

	/** The id of the box named {@code centre}: its id, or the id ending in ".centre", or its label; null if none. */
	static String centreId(DiagramGraph graph, String centre) {
		if (centre == null) {
			return null;
		}
		for (DiagramNode node : graph.nodes()) {
			if (node.id().equals(centre)) {
				return node.id();
			}
		}
		for (DiagramNode node : graph.nodes()) {
			if (node.id().endsWith("." + centre) || node.label().equals(centre)) {
				return node.id();
			}
		}
		return null;
	}

	/** ELK layered: the boxes' corners; the ELK edge of each bundle goes into {@code elkEdges}, in bundle order. */
	private static Map<String, Box> layered(DiagramGraph graph, List<EdgeBundles.Bundle> bundles, boolean labels, List<ElkEdge> elkEdges) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		// reverse the lines that point back in declaration order (the default, GREEDY, reverses
		// by degree with random tie breaks): on the 200-actor map 9% fewer crossings and half the
		// crossing minimisation time, as fewer layers mean fewer long-edge dummies
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 6.0);
		root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 2.0);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
		root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 40.0);
		Map<String, ElkNode> byId = new LinkedHashMap<>();
		for (DiagramNode node : graph.nodes()) {
			ElkNode n = ElkGraphUtil.createNode(root);
			n.setIdentifier(node.id());
			n.setDimensions(node.width(), node.height());
			byId.put(node.id(), n);
		}
		root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness(bundles.size()));
		for (EdgeBundles.Bundle bundle : bundles) {
			ElkEdge e = ElkGraphUtil.createSimpleEdge(byId.get(bundle.from()), byId.get(bundle.to()));
			e.setProperty(CoreOptions.EDGE_THICKNESS, bundle.width());
			if (labels) {
				labelStack(bundle, e);
			}
			elkEdges.add(e);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		Map<String, Box> boxes = new LinkedHashMap<>();
		byId.forEach((id, n) -> boxes.put(id, new Box(round(n.getX()), round(n.getY()), n.getWidth(), n.getHeight())));
		return boxes;
	}

	/** Width and height of a bundle's stacked labels (0 x 0 without labels). */
	private static double[] labelStackSize(EdgeBundles.Bundle bundle) {
		double width = 0;
		int lines = 0;
		for (DiagramEdge edge : bundle.members()) {
			if (!edge.label().isEmpty()) {
				width = Math.max(width, labelWidth(edge));
				lines++;
			}
		}
		return new double[] { width, LABEL_HEIGHT * lines };
	}

	/**
	 * How many times ELK repeats crossing minimisation from a different random start. It is most
	 * of the layout time. Measured (bench/README.md): small maps gain from ELK's default 7 (visa
	 * network: 2 bundle crossings instead of 3 with 2) at no noticeable cost, while for the
	 * 200-actor map 2 gives no more crossings than 7 (6,752 vs 6,919) in a quarter of the time;
	 * 1 leaves 25% more crossings there.
	 */
	static int thoroughness(int bundles) {
		return bundles <= 150 ? 7 : bundles <= 1500 ? 2 : 1;
	}

	/** The route of an ELK edge section: start, bend points, end. */
	private static List<Point> route(ElkEdgeSection section) {
		List<Point> route = new ArrayList<>(section.getBendPoints().size() + 2);
		route.add(new Point(round(section.getStartX()), round(section.getStartY())));
		for (ElkBendPoint bend : section.getBendPoints()) {
			route.add(new Point(round(bend.getX()), round(bend.getY())));
		}
		route.add(new Point(round(section.getEndX()), round(section.getEndY())));
		return route;
	}

	/** One ELK label per bundle, as large as its members' labels stacked, so ELK keeps room for all of them. */
	private static void labelStack(EdgeBundles.Bundle bundle, ElkEdge e) {
		double width = 0;
		List<String> lines = new ArrayList<>();
		for (DiagramEdge edge : bundle.members()) {
			if (!edge.label().isEmpty()) {
				width = Math.max(width, labelWidth(edge));
				lines.add(edge.label());
			}
		}
		if (!lines.isEmpty()) {
			// ELK ignores labels without text
			ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", lines), e);
			label.setDimensions(width, LABEL_HEIGHT * lines.size());
			label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		}
	}

	/** The members' labels, one per line of the stack, centred, in lane order. */
	private static void placeLabels(EdgeBundles.Bundle bundle, Box stack, Map<String, Box> labelBoxes) {
		double y = stack.y();
		for (DiagramEdge edge : bundle.members()) {
			if (!edge.label().isEmpty()) {
				double width = labelWidth(edge);
				labelBoxes.put(edge.id(), new Box(round(stack.centerX() - width / 2), round(y), width, LABEL_HEIGHT));
				y += LABEL_HEIGHT;
			}
		}
	}

	private static double labelWidth(DiagramEdge edge) {
		return Styles.textWidth(edge.label(), 9) + 4;
	}

	/** A straight line between the borders of two boxes, aimed at their centres. */
	static List<Point> straight(Box from, Box to) {
		return List.of(border(from, to.centerX(), to.centerY()), border(to, from.centerX(), from.centerY()));
	}

	/** Where the line from the centre of {@code box} towards (x, y) leaves the box. */
	private static Point border(Box box, double x, double y) {
		double dx = x - box.centerX();
		double dy = y - box.centerY();
		if (dx == 0 && dy == 0) {
			return new Point(box.centerX(), box.centerY());
		}
		double scale = Math.min(dx == 0 ? Double.POSITIVE_INFINITY : box.width() / 2 / Math.abs(dx),
				dy == 0 ? Double.POSITIVE_INFINITY : box.height() / 2 / Math.abs(dy));
		return new Point(round(box.centerX() + dx * scale), round(box.centerY() + dy * scale));
	}

	static Box bounds(Map<String, Box> boxes, Map<String, List<Point>> routes, Map<String, Box> labels) {
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		List<Box> all = new ArrayList<>(boxes.values());
		all.addAll(labels.values());
		for (List<Point> route : routes.values()) {
			route.forEach(p -> all.add(new Box(p.x(), p.y(), 0, 0)));
		}
		for (Box b : all) {
			minX = Math.min(minX, b.x());
			minY = Math.min(minY, b.y());
			maxX = Math.max(maxX, b.x() + b.width());
			maxY = Math.max(maxY, b.y() + b.height());
		}
		if (all.isEmpty()) {
			return new Box(0, 0, 2 * PADDING, 2 * PADDING);
		}
		return new Box(minX - PADDING, minY - PADDING, maxX - minX + 2 * PADDING, maxY - minY + 2 * PADDING);
	}

	/** Positions to 0.1 px: enough for drawing, and short stable numbers in SVG and the sidecar. */
	static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	/** The top-left corners of a layout's boxes, e.g. to pin them all. */
	public static Map<String, Point> positions(Layout layout) {
		Map<String, Point> positions = new HashMap<>();
		layout.nodes().forEach((id, box) -> positions.put(id, new Point(box.x(), box.y())));
		return positions;
	}
}
