package dev.valuenet.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.analysis.whatif.WhatIfAnalysis;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.connectivity.ArticulationPoints;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Amounts;
import dev.valuenet.model.Actor;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flows;
import dev.valuenet.model.Participant;

/**
 * Model -> network map. Works on the {@link ResolvedNetwork} of {@link NetworkAnalysis}, so the map
 * shows the network the metrics measure (scenario edits applied, exchanges expanded), and takes its
 * overlays (centrality, communities, articulation points, single points of failure) from the same
 * cached analysis.
 * <p>
 * One line per flow rather than per actor pair: parallel flows of different kinds are what a value
 * network is about, and a per-flow line keeps every flow's name and dash style. Above
 * {@link DiagramOptions#collapseAbove()} participants (the 5,000-actor example) communities become
 * one box each and flows between them one line per community pair, because a 5,000-box layered
 * layout takes minutes and shows nothing readable.
 */
public final class DiagramBuilder {

	static final double NODE_HEIGHT = 40;
	static final double MIN_NODE_WIDTH = 84;

	private DiagramBuilder() {
	}

	/** The network map of a network or scenario. */
	public static DiagramGraph map(AbstractNetwork network, DiagramOptions options) {
		return map(network, options, Set.of());
	}

	/**
	 * The network map with communities collapsed ({@link DiagramOptions#collapse()}), except the
	 * communities in {@code expanded} (Leiden community numbers on the map's layer, as in
	 * {@link DiagramNode#community()}): their actors are drawn as boxes of their own, with every
	 * flow among them, where the collapsed map has the community's box. Without collapse,
	 * {@code expanded} changes nothing.
	 */
	public static DiagramGraph map(AbstractNetwork network, DiagramOptions options, Set<Integer> expanded) {
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		String layer = options.layerOrAll();
		LayerGraph layerGraph = analysis.graph(layer); // rejects unknown layers
		ResolvedNetwork resolved = analysis.network();
		List<String> notes = new ArrayList<>();

		List<ParticipantRecord> participants = new ArrayList<>(resolved.participants().values());
		List<Integer> flowIds = new ArrayList<>();
		int hiddenIntangible = 0;
		for (int i = 0; i < resolved.flows().size(); i++) {
			FlowRecord flow = resolved.flows().get(i);
			if (!resolved.participants().containsKey(flow.from()) || !resolved.participants().containsKey(flow.to())) {
				continue;
			}
			if (!layer.equals(LayerGraph.ALL) && !layer.equals(flow.layer())) {
				continue;
			}
			if (options.hideIntangible() && Flows.isIntangible(flow.source())) {
				hiddenIntangible++;
				continue;
			}
			flowIds.add(i);
		}
		if (hiddenIntangible > 0) {
			notes.add(hiddenIntangible + " intangible flow(s) hidden");
		}
		List<Ties.TieRecord> ties = options.showTies() ? Ties.of(network, resolved) : List.of();

		Set<String> shown = new LinkedHashSet<>();
		participants.forEach(p -> shown.add(p.name()));
		if (!options.filter().isAll()) {
			participants.stream().filter(p -> !options.filter().shows(p)).forEach(p -> shown.remove(p.name()));
			notes.add("view filter: " + shown.size() + " of " + participants.size() + " participants");
		}
		if (options.focus() != null) {
			List<String> matches = analysis.find(options.focus());
			if (matches.isEmpty()) {
				throw new IllegalArgumentException("no actor or segment named '" + options.focus() + "' in " + network.getName());
			}
			shown.retainAll(neighbourhood(matches.get(0), Math.max(0, options.hops()), resolved, flowIds, ties));
			notes.add("neighbourhood of " + matches.get(0) + " within " + options.hops() + " hop(s): " + shown.size() + " of "
					+ participants.size() + " participants");
		}

		// overlays, indexed like the layer graph (= participants in declaration order); the collapsed map
		// draws none of the per-actor ones, which on 5,000 actors take seconds (single points of failure most)
		MetricsGraph g = layerGraph.graph();
		int[] community = analysis.communities(layer).membership();
		boolean collapse = options.collapse() == DiagramOptions.Collapse.ALWAYS
				|| (options.collapse() == DiagramOptions.Collapse.AUTO && shown.size() > options.collapseAbove());
		if (collapse) {
			return summarized(network, layer, options, resolved, layerGraph, community, shown, flowIds, notes, expanded);
		}
		double[] scores = options.sizeBy() == null ? new double[g.nodeCount()] : analysis.scores(layer, options.sizeBy());
		boolean[] articulation = options.markCritical() ? ArticulationPoints.of(g) : new boolean[g.nodeCount()];
		Map<String, List<String>> cutsOff = new HashMap<>();
		if (options.markCritical()) {
			LayerGraph supply = analysis.supplyGraph();
			WhatIfAnalysis.cutOffSegments(supply).forEach((v, segments) -> cutsOff.put(supply.node(v).name(), List.copyOf(segments)));
		}

		double maxScore = 0;
		for (double s : scores) {
			maxScore = Math.max(maxScore, Double.isFinite(s) ? s : 0);
		}
		List<DiagramNode> nodes = new ArrayList<>();
		for (ParticipantRecord p : participants) {
			if (!shown.contains(p.name())) {
				continue;
			}
			int v = layerGraph.nodeOf(p.name());
			double score = v < 0 || !Double.isFinite(scores[v]) ? 0 : scores[v];
			double scale = options.sizeBy() == null || maxScore <= 0 ? 1 : 1 + 0.8 * score / maxScore;
			String kind = styleKind(p);
			String detail = p.isSegment() ? segmentDetail(p) : p.kind();
			double width = Math.max(MIN_NODE_WIDTH, Math.max(Styles.textWidth(p.simpleName(), 12), Styles.textWidth(detail, 10)) + 24);
			nodes.add(new DiagramNode(p.name(), p.simpleName(), kind, detail, p.isSegment() ? DiagramNode.Type.SEGMENT : DiagramNode.Type.ACTOR,
					v < 0 ? -1 : community[v], 1, score, v >= 0 && articulation[v], cutsOff.getOrDefault(p.name(), List.of()), width * scale,
					NODE_HEIGHT * scale));
		}
		List<DiagramEdge> edges = new ArrayList<>();
		double[] range = logRange(flowIds.stream().mapToDouble(i -> resolved.flows().get(i).valuePerYear()).toArray());
		for (int i : flowIds) {
			FlowRecord f = resolved.flows().get(i);
			if (shown.contains(f.from()) && shown.contains(f.to())) {
				edges.add(new DiagramEdge("f" + i, f.from(), f.to(), f.kind().getLiteral(), false, Flows.isIntangible(f.source()),
						f.valuePerYear(), 1, flowName(f), width(f.valuePerYear(), range)));
			}
		}
		for (int i = 0; i < ties.size(); i++) {
			Ties.TieRecord t = ties.get(i);
			if (shown.contains(t.a()) && shown.contains(t.b())) {
				edges.add(new DiagramEdge("t" + i, t.a(), t.b(), t.tie().getKind().getLiteral(), true, false, Double.NaN, 0, t.tie().getName(), 2));
			}
		}
		return new DiagramGraph(title(network), layer, List.copyOf(nodes), List.copyOf(edges), false, participants.size(), options.sizeBy(),
				options.colourBy(), List.copyOf(notes), SankeyBuilder.currency(network));
	}

	/** Communities as single boxes; segments stay themselves (they are where value paths end). */
	private static DiagramGraph summarized(AbstractNetwork network, String layer, DiagramOptions options, ResolvedNetwork resolved,
			LayerGraph layerGraph, int[] community, Set<String> shown, List<Integer> flowIds, List<String> notes, Set<Integer> expanded) {
		MetricsGraph g = layerGraph.graph();
		Map<String, String> groupOf = new HashMap<>();
		Map<Integer, List<Integer>> members = new java.util.TreeMap<>();
		List<DiagramNode> segments = new ArrayList<>();
		List<DiagramNode> opened = new ArrayList<>();
		for (String name : shown) {
			int v = layerGraph.nodeOf(name);
			ParticipantRecord p = layerGraph.node(v);
			if (p.isSegment()) {
				groupOf.put(name, name);
				String detail = segmentDetail(p);
				segments.add(new DiagramNode(name, p.simpleName(), "segment", detail, DiagramNode.Type.SEGMENT, community[v], 1, 0, false, List.of(),
						Math.max(MIN_NODE_WIDTH, Math.max(Styles.textWidth(p.simpleName(), 12), Styles.textWidth(detail, 10)) + 24), NODE_HEIGHT));
			} else if (expanded.contains(community[v])) {
				groupOf.put(name, name);
				String detail = p.kind();
				opened.add(new DiagramNode(name, p.simpleName(), styleKind(p), detail, DiagramNode.Type.ACTOR, community[v], 1, 0, false, List.of(),
						Math.max(MIN_NODE_WIDTH, Math.max(Styles.textWidth(p.simpleName(), 12), Styles.textWidth(detail, 10)) + 24), NODE_HEIGHT));
			} else {
				members.computeIfAbsent(community[v], k -> new ArrayList<>()).add(v);
				groupOf.put(name, "community-" + community[v]);
			}
		}
		// boxes are sized against the largest community, expanded or not, so that expanding one resizes no other
		Map<Integer, Integer> sizes = new HashMap<>();
		members.forEach((c, vs) -> sizes.put(c, vs.size()));
		opened.forEach(n -> sizes.merge(n.community(), 1, Integer::sum));
		int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		List<DiagramNode> nodes = new ArrayList<>();
		Map<String, Integer> openedIn = new HashMap<>();
		opened.forEach(n -> openedIn.put(n.id(), n.community()));
		members.forEach((c, vs) -> {
			int hub = vs.get(0);
			for (int v : vs) {
				if (g.inDegree(v) + g.outDegree(v) > g.inDegree(hub) + g.outDegree(hub)) {
					hub = v;
				}
			}
			String label = layerGraph.node(hub).simpleName() + (vs.size() > 1 ? " +" + (vs.size() - 1) : "");
			String detail = "community " + c + ": " + vs.size() + " actor" + (vs.size() == 1 ? "" : "s");
			double scale = 1 + 0.6 * Math.sqrt((double) vs.size() / largest);
			double width = Math.max(MIN_NODE_WIDTH, Math.max(Styles.textWidth(label, 12), Styles.textWidth(detail, 10)) + 24);
			nodes.add(new DiagramNode("community-" + c, label, "community", detail, DiagramNode.Type.COMMUNITY, c, vs.size(), vs.size(), false,
					List.of(), width * Math.sqrt(scale), NODE_HEIGHT * scale));
		});
		nodes.addAll(opened);
		nodes.addAll(segments);

		// one line per ordered community pair; its colour is the kind most of its flows carry; flows
		// inside an expanded community are lines of their own, as on the full map
		Map<String, int[]> kindCounts = new LinkedHashMap<>();
		Map<String, double[]> totals = new HashMap<>();
		List<DiagramEdge> inside = new ArrayList<>();
		double[] range = logRange(flowIds.stream().mapToDouble(i -> resolved.flows().get(i).valuePerYear()).toArray());
		int internal = 0;
		for (int i : flowIds) {
			FlowRecord f = resolved.flows().get(i);
			String a = groupOf.get(f.from());
			String b = groupOf.get(f.to());
			if (a == null || b == null) {
				continue;
			}
			Integer ca = openedIn.get(a);
			if (ca != null && ca.equals(openedIn.get(b))) {
				inside.add(new DiagramEdge("f" + i, f.from(), f.to(), f.kind().getLiteral(), false, Flows.isIntangible(f.source()),
						f.valuePerYear(), 1, flowName(f), width(f.valuePerYear(), range)));
				continue;
			}
			if (a.equals(b)) {
				internal++;
				continue;
			}
			int[] counts = kindCounts.computeIfAbsent(a + "\u0000" + b, k -> new int[dev.valuenet.model.ValueKind.VALUES.size() + 1]);
			counts[f.kind().getValue()]++;
			counts[counts.length - 1] += Flows.isIntangible(f.source()) ? 0 : 1;
			double[] total = totals.computeIfAbsent(a + "\u0000" + b, k -> new double[1]);
			total[0] += f.valued() ? f.valuePerYear() : 0;
		}
		int maxFlows = 1;
		for (int[] counts : kindCounts.values()) {
			int sum = 0;
			for (int k = 0; k < counts.length - 1; k++) {
				sum += counts[k];
			}
			maxFlows = Math.max(maxFlows, sum);
		}
		List<DiagramEdge> edges = new ArrayList<>();
		for (Map.Entry<String, int[]> entry : kindCounts.entrySet()) {
			String[] ends = entry.getKey().split("\u0000");
			int[] counts = entry.getValue();
			int best = 0;
			int sum = 0;
			for (int k = 0; k < counts.length - 1; k++) {
				sum += counts[k];
				if (counts[k] > counts[best]) {
					best = k;
				}
			}
			double width = 1 + 5 * Math.log1p(sum) / Math.log1p(maxFlows);
			// named by its ends, so that a line keeps its id (and its route) when another community is expanded
			edges.add(new DiagramEdge("c:" + ends[0] + ">" + ends[1], ends[0], ends[1], dev.valuenet.model.ValueKind.get(best).getLiteral(), false,
					counts[counts.length - 1] == 0, totals.get(entry.getKey())[0], sum, sum + " flow" + (sum == 1 ? "" : "s"), width));
		}
		// every community pair trades in a large network: keep each box's strongest links only; an
		// expanded community's actors keep, towards each other box, the 3 with most flows
		List<DiagramEdge> strongest = strongest(edges.stream().filter(e -> !openedIn.containsKey(e.source()) && !openedIn.containsKey(e.target()))
				.toList(), 2);
		Set<String> kept = new java.util.HashSet<>();
		strongest.forEach(e -> kept.add(e.id()));
		Map<String, List<DiagramEdge>> byOther = new LinkedHashMap<>();
		for (DiagramEdge e : edges) {
			boolean fromOpened = openedIn.containsKey(e.source());
			boolean toOpened = openedIn.containsKey(e.target());
			if (fromOpened || toOpened) {
				String key = fromOpened && toOpened ? e.source() + ">" + openedIn.get(e.target())
						: fromOpened ? openedIn.get(e.source()) + ">" + e.target() : e.source() + ">" + openedIn.get(e.target());
				byOther.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
			}
		}
		for (List<DiagramEdge> list : byOther.values()) {
			List<DiagramEdge> sorted = new ArrayList<>(list);
			sorted.sort(java.util.Comparator.comparingInt(DiagramEdge::flows).reversed());
			sorted.stream().limit(3).forEach(e -> kept.add(e.id()));
		}
		if (kept.size() < edges.size()) {
			notes.add((edges.size() - kept.size()) + " weaker links between communities not drawn (each box keeps its 2 strongest"
					+ " outgoing and incoming" + (opened.isEmpty() ? "" : "; towards an expanded community, its 3 actors with most flows") + ")");
			edges = edges.stream().filter(e -> kept.contains(e.id())).toList();
		}
		List<DiagramEdge> all = new ArrayList<>(inside);
		all.addAll(edges);
		edges = all;
		notes.add(0, members.values().stream().mapToInt(List::size).sum() + " actors collapsed into " + members.size()
				+ " communities (Leiden, layer " + layer + "); " + internal + " flows inside communities not drawn; ties not drawn");
		if (!opened.isEmpty()) {
			notes.add(1, opened.size() + " actors of " + openedIn.values().stream().distinct().count() + " expanded communit"
					+ (openedIn.values().stream().distinct().count() == 1 ? "y" : "ies") + " shown with their " + inside.size() + " flows");
		}
		notes.add("line width: number of flows between two communities; colour: their most frequent kind");
		return new DiagramGraph(title(network), layer, List.copyOf(nodes), List.copyOf(edges), true, resolved.participants().size(),
				options.sizeBy(), "community", List.copyOf(notes), SankeyBuilder.currency(network));
	}

	/** The edges among the {@code k} with most flows out of their source or into their target, in their original order. */
	private static List<DiagramEdge> strongest(List<DiagramEdge> edges, int k) {
		Set<String> keep = new java.util.HashSet<>();
		for (boolean outgoing : new boolean[] { true, false }) {
			Map<String, List<DiagramEdge>> byEnd = new LinkedHashMap<>();
			for (DiagramEdge e : edges) {
				byEnd.computeIfAbsent(outgoing ? e.source() : e.target(), x -> new ArrayList<>()).add(e);
			}
			for (List<DiagramEdge> list : byEnd.values()) {
				List<DiagramEdge> sorted = new ArrayList<>(list);
				sorted.sort(java.util.Comparator.comparingInt(DiagramEdge::flows).reversed()); // stable: ties keep model order
				sorted.stream().limit(k).forEach(e -> keep.add(e.id()));
			}
		}
		return edges.stream().filter(e -> keep.contains(e.id())).toList();
	}

	/** Participants within {@code hops} of {@code start} over flows and ties, in either direction. */
	private static Set<String> neighbourhood(String start, int hops, ResolvedNetwork resolved, List<Integer> flowIds, List<Ties.TieRecord> ties) {
		Map<String, List<String>> adjacent = new HashMap<>();
		for (int i : flowIds) {
			FlowRecord f = resolved.flows().get(i);
			adjacent.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f.to());
			adjacent.computeIfAbsent(f.to(), k -> new ArrayList<>()).add(f.from());
		}
		for (Ties.TieRecord t : ties) {
			adjacent.computeIfAbsent(t.a(), k -> new ArrayList<>()).add(t.b());
			adjacent.computeIfAbsent(t.b(), k -> new ArrayList<>()).add(t.a());
		}
		Map<String, Integer> distance = new HashMap<>();
		distance.put(start, 0);
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			String v = queue.poll();
			int d = distance.get(v);
			if (d == hops) {
				continue;
			}
			for (String w : adjacent.getOrDefault(v, List.of())) {
				if (distance.putIfAbsent(w, d + 1) == null) {
					queue.add(w);
				}
			}
		}
		return distance.keySet();
	}

	/** The kind that styles a participant's box: the actor kind, a role's base kind, or "segment". */
	static String styleKind(ParticipantRecord p) {
		if (p.isSegment()) {
			return "segment";
		}
		Participant source = p.source();
		if (source instanceof Actor actor) {
			if (actor.getRole() != null && !actor.getRole().eIsProxy()) {
				return actor.getRole().getBaseKind().getLiteral();
			}
			return actor.getKind().getLiteral();
		}
		return "unspecified";
	}

	private static String segmentDetail(ParticipantRecord p) {
		double size = p.source() instanceof dev.valuenet.model.Segment s ? s.getSize() : 0;
		return size > 0 ? "segment, " + compact(size) : "segment";
	}

	/** The name shown on a flow's line: its own name, or its exchange's. */
	static String flowName(FlowRecord f) {
		if (f.source().getName() != null) {
			return f.source().getName();
		}
		Exchange exchange = Flows.exchange(f.source());
		return exchange == null || exchange.getName() == null ? "" : exchange.getName();
	}

	static String title(AbstractNetwork network) {
		return network.getTitle() == null || network.getTitle().isBlank() ? network.getName() : network.getName() + " - " + network.getTitle();
	}

	/** log10 of the smallest and largest positive amounts (0, 0 when none). */
	static double[] logRange(double[] amounts) {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (double a : amounts) {
			if (a > 0 && Double.isFinite(a)) {
				lo = Math.min(lo, Math.log10(a));
				hi = Math.max(hi, Math.log10(a));
			}
		}
		return lo > hi ? new double[] { 0, 0 } : new double[] { lo, hi };
	}

	/** Line width on a log scale of the yearly amount: 1 (smallest) to 6 (largest); 1.2 when unknown. */
	static double width(double amount, double[] logRange) {
		if (!(amount > 0) || !Double.isFinite(amount)) {
			return 1.2;
		}
		double span = logRange[1] - logRange[0];
		double t = span <= 0 ? 0.5 : (Math.log10(amount) - logRange[0]) / span;
		return Math.round((1 + 5 * t) * 100) / 100.0;
	}

	/** 1.25M, 350k, 12 ({@link Amounts}: the same spelling as the checks' messages). */
	public static String compact(double value) {
		return Amounts.compact(value);
	}
}
