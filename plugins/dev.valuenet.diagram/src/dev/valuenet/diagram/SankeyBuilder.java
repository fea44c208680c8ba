package dev.valuenet.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.ValueKind;

/**
 * The Sankey of a layer: value from its sources to where it ends (customer segments for goods and
 * services). Layout after d3-sankey: columns by longest-path rank from the sources, sinks justified
 * to the last column, bars ordered within a column by a few barycenter sweeps, band widths
 * proportional to the yearly amount. Links that would close a cycle (money paid back for goods
 * received, on the {@code all} layer) are left out and counted in the notes: a Sankey shows an
 * acyclic flow. Flows without a yearly amount have no width and are counted too.
 */
public final class SankeyBuilder {

	private static final double BAR = 14;
	private static final double GAP = 12;
	private static final double TOP = 64;
	private static final double SIDE = 24;

	private SankeyBuilder() {
	}

	/**
	 * The Sankey of {@code layer}, band widths in yearly value in the network currency; null picks the first
	 * declared layer carrying valued goods or services (else the first with any valued flow, else all flows).
	 */
	public static Sankey sankey(AbstractNetwork network, String layer, DiagramOptions options) {
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		ResolvedNetwork resolved = analysis.network();
		String chosen = layer != null ? layer : defaultLayer(resolved);
		analysis.graph(chosen); // rejects unknown layers
		List<String> notes = new ArrayList<>();

		List<FlowRecord> flows = new ArrayList<>();
		int unknown = 0;
		for (FlowRecord f : resolved.flows()) {
			if (!resolved.participants().containsKey(f.from()) || !resolved.participants().containsKey(f.to())
					|| !(chosen.equals(LayerGraph.ALL) || chosen.equals(f.layer()))) {
				continue;
			}
			if (options.hideIntangible() && dev.valuenet.model.Flows.isIntangible(f.source())) {
				continue;
			}
			if (!options.filter().shows(resolved.participants().get(f.from())) || !options.filter().shows(resolved.participants().get(f.to()))) {
				continue;
			}
			if (!f.valued()) {
				unknown++;
				continue;
			}
			if (!(f.valuePerYear() > 0)) {
				continue;
			}
			flows.add(f);
		}
		if (unknown > 0) {
			notes.add(unknown + " flow(s) without a value in " + currency(network) + " not drawn (give them a 'price' or 'worth')");
		}
		Set<String> involved = new LinkedHashSet<>();
		for (String name : resolved.participants().keySet()) {
			for (FlowRecord f : flows) {
				if (f.from().equals(name) || f.to().equals(name)) {
					involved.add(name);
					break;
				}
			}
		}
		boolean collapse = options.collapse() == DiagramOptions.Collapse.ALWAYS
				|| (options.collapse() == DiagramOptions.Collapse.AUTO && involved.size() > options.collapseAbove());
		Grouping grouping = new Grouping(analysis, chosen, List.copyOf(involved), collapse);
		if (collapse) {
			notes.add(involved.size() + " participants summarized as communities (segments kept)");
		}

		// links per ordered group pair, in first-flow order
		Map<String, double[]> values = new LinkedHashMap<>();
		Map<String, int[]> kinds = new HashMap<>();
		int internal = 0;
		int betweenCommunities = 0;
		for (FlowRecord f : flows) {
			Grouping.Group a = grouping.groupOf.get(f.from());
			Grouping.Group b = grouping.groupOf.get(f.to());
			if (a == b) {
				internal++;
				continue;
			}
			if (collapse && !b.kind().equals("segment")) {
				// between communities every pair trades both ways: the chain left after breaking cycles
				// is 40 columns of one bar each; what a summary can show is who supplies each segment
				betweenCommunities++;
				continue;
			}
			String key = a.id() + "\u0000" + b.id();
			values.computeIfAbsent(key, k -> new double[2])[0] += f.valuePerYear();
			values.get(key)[1]++;
			kinds.computeIfAbsent(key, k -> new int[ValueKind.VALUES.size()])[f.kind().getValue()]++;
		}
		if (internal > 0) {
			notes.add(internal + " flow(s) inside a community not drawn");
		}
		if (betweenCommunities > 0) {
			notes.add(betweenCommunities + " flow(s) between communities not drawn: the summary shows flows into segments");
		}
		List<String> ids = new ArrayList<>();
		Map<String, Grouping.Group> groups = new HashMap<>();
		for (Grouping.Group group : grouping.groups) {
			groups.put(group.id(), group);
		}
		// groups in declaration order of their first participant, so bars start in model order
		for (String name : involved) {
			String id = grouping.groupOf.get(name).id();
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		Map<String, List<String>> out = new HashMap<>();
		for (String key : values.keySet()) {
			String[] ends = key.split("\u0000");
			out.computeIfAbsent(ends[0], k -> new ArrayList<>()).add(ends[1]);
		}
		Set<String> backLinks = backLinks(ids, out);
		if (!backLinks.isEmpty()) {
			notes.add(backLinks.size() + " link(s) closing a cycle not drawn");
		}
		List<String[]> kept = new ArrayList<>();
		for (String key : values.keySet()) {
			if (!backLinks.contains(key)) {
				kept.add(key.split("\u0000"));
			}
		}
		ids.removeIf(id -> kept.stream().noneMatch(k -> k[0].equals(id) || k[1].equals(id)));

		// longest-path ranks over the kept (acyclic) links, Kahn order
		Map<String, Integer> column = new HashMap<>();
		Map<String, Integer> indegree = new HashMap<>();
		ids.forEach(id -> indegree.put(id, 0));
		kept.forEach(k -> indegree.merge(k[1], 1, Integer::sum));
		ArrayDeque<String> queue = new ArrayDeque<>();
		ids.stream().filter(id -> indegree.get(id) == 0).forEach(id -> {
			queue.add(id);
			column.put(id, 0);
		});
		while (!queue.isEmpty()) {
			String v = queue.poll();
			for (String[] k : kept) {
				if (k[0].equals(v)) {
					column.merge(k[1], column.get(v) + 1, Math::max);
					if (indegree.merge(k[1], -1, Integer::sum) == 0) {
						queue.add(k[1]);
					}
				}
			}
		}
		int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		for (String id : ids) {
			if (kept.stream().noneMatch(k -> k[0].equals(id))) {
				column.put(id, columns - 1); // sinks (segments) end in the last column
			}
		}

		Map<String, Double> inSum = new HashMap<>();
		Map<String, Double> outSum = new HashMap<>();
		for (String[] k : kept) {
			double v = values.get(k[0] + "\u0000" + k[1])[0];
			outSum.merge(k[0], v, Double::sum);
			inSum.merge(k[1], v, Double::sum);
		}
		Map<String, Double> nodeValue = new HashMap<>();
		ids.forEach(id -> nodeValue.put(id, Math.max(inSum.getOrDefault(id, 0.0), outSum.getOrDefault(id, 0.0))));

		List<List<String>> byColumn = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			byColumn.add(new ArrayList<>());
		}
		ids.forEach(id -> byColumn.get(column.get(id)).add(id));
		int tallest = byColumn.stream().mapToInt(List::size).max().orElse(1);
		double height = Math.max(480, tallest * 34.0);
		double scale = Double.POSITIVE_INFINITY;
		for (List<String> col : byColumn) {
			double sum = col.stream().mapToDouble(nodeValue::get).sum();
			if (sum > 0) {
				scale = Math.min(scale, (height - GAP * (col.size() - 1)) / sum);
			}
		}
		if (!Double.isFinite(scale)) {
			scale = 1;
		}
		double labelRoom = 170;
		double width = Math.max(900, columns * 230.0) + 2 * labelRoom;
		Map<String, Double> y = new HashMap<>();
		Map<String, Double> h = new HashMap<>();
		final double s = scale;
		ids.forEach(id -> h.put(id, Math.max(2, nodeValue.get(id) * s)));
		place(byColumn, y, h, height);
		for (int sweep = 0; sweep < 6; sweep++) {
			boolean forward = sweep % 2 == 0;
			for (int c = forward ? 1 : columns - 2; forward ? c < columns : c >= 0; c += forward ? 1 : -1) {
				List<String> col = byColumn.get(c);
				Map<String, Double> centre = new HashMap<>();
				for (int i = 0; i < col.size(); i++) {
					String id = col.get(i);
					double weighted = 0;
					double total = 0;
					for (String[] k : kept) {
						String other = forward ? (k[1].equals(id) ? k[0] : null) : (k[0].equals(id) ? k[1] : null);
						if (other != null) {
							double v = values.get(k[0] + "\u0000" + k[1])[0];
							weighted += (y.get(other) + h.get(other) / 2) * v;
							total += v;
						}
					}
					centre.put(id, total > 0 ? weighted / total : y.get(id) + h.get(id) / 2);
				}
				col.sort(Comparator.comparingDouble(centre::get)); // stable: ties keep their order
			}
			place(byColumn, y, h, height);
		}

		List<Sankey.Node> nodes = new ArrayList<>();
		Map<String, Double> x = new HashMap<>();
		double span = width - 2 * labelRoom - BAR;
		for (int c = 0; c < columns; c++) {
			for (String id : byColumn.get(c)) {
				double nx = labelRoom + (columns == 1 ? span / 2 : span * c / (columns - 1));
				x.put(id, nx);
				Grouping.Group g = groups.get(id);
				nodes.add(new Sankey.Node(id, g.label(), g.kind(), c, nodeValue.get(id), DiagramLayout.round(nx), DiagramLayout.round(TOP + y.get(id)),
						BAR, DiagramLayout.round(h.get(id))));
			}
		}
		// band offsets: outgoing bands ordered by their target's height, incoming by their source's
		Map<String, Double> outOffset = new HashMap<>();
		Map<String, Double> inOffset = new HashMap<>();
		List<String[]> bySource = new ArrayList<>(kept);
		bySource.sort(Comparator.comparingDouble((String[] k) -> y.get(k[1])));
		Map<String, Double> sy = new HashMap<>();
		for (String[] k : bySource) {
			double t = values.get(k[0] + "\u0000" + k[1])[0] * scale;
			double off = outOffset.getOrDefault(k[0], 0.0);
			sy.put(k[0] + "\u0000" + k[1], TOP + y.get(k[0]) + off + t / 2);
			outOffset.put(k[0], off + t);
		}
		List<String[]> byTarget = new ArrayList<>(kept);
		byTarget.sort(Comparator.comparingDouble((String[] k) -> y.get(k[0])));
		Map<String, Double> ty = new HashMap<>();
		for (String[] k : byTarget) {
			double t = values.get(k[0] + "\u0000" + k[1])[0] * scale;
			double off = inOffset.getOrDefault(k[1], 0.0);
			ty.put(k[0] + "\u0000" + k[1], TOP + y.get(k[1]) + off + t / 2);
			inOffset.put(k[1], off + t);
		}
		List<Sankey.Link> links = new ArrayList<>();
		for (String[] k : kept) {
			String key = k[0] + "\u0000" + k[1];
			int[] counts = kinds.get(key);
			int best = 0;
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] > counts[best]) {
					best = i;
				}
			}
			double[] v = values.get(key);
			links.add(new Sankey.Link(k[0], k[1], ValueKind.get(best).getLiteral(), v[0], (int) v[1], DiagramLayout.round(sy.get(key)),
					DiagramLayout.round(ty.get(key)), Math.max(1, DiagramLayout.round(v[0] * scale))));
		}
		String unit = currency(network) + " per year";
		return new Sankey(DiagramBuilder.title(network), chosen, unit, List.copyOf(nodes), List.copyOf(links), width, TOP + height + 40,
				List.copyOf(notes));
	}

	/** Stacks each column's bars from the top with fixed gaps, centred vertically. */
	private static void place(List<List<String>> byColumn, Map<String, Double> y, Map<String, Double> h, double height) {
		for (List<String> col : byColumn) {
			double used = col.stream().mapToDouble(h::get).sum() + GAP * Math.max(0, col.size() - 1);
			double at = Math.max(0, (height - used) / 2);
			for (String id : col) {
				y.put(id, at);
				at += h.get(id) + GAP;
			}
		}
	}

	/** Links closing a cycle, found by depth-first search in declaration order (iterative: summaries can be deep). */
	private static Set<String> backLinks(List<String> ids, Map<String, List<String>> out) {
		Set<String> back = new HashSet<>();
		Map<String, Integer> state = new HashMap<>(); // 1 on stack, 2 done
		for (String root : ids) {
			if (state.containsKey(root)) {
				continue;
			}
			ArrayDeque<String[]> stack = new ArrayDeque<>(); // {node, next child index}
			stack.push(new String[] { root, "0" });
			state.put(root, 1);
			while (!stack.isEmpty()) {
				String[] top = stack.peek();
				List<String> children = out.getOrDefault(top[0], List.of());
				int i = Integer.parseInt(top[1]);
				if (i >= children.size()) {
					state.put(top[0], 2);
					stack.pop();
					continue;
				}
				top[1] = Integer.toString(i + 1);
				String child = children.get(i);
				Integer s = state.get(child);
				if (s == null) {
					state.put(child, 1);
					stack.push(new String[] { child, "0" });
				} else if (s == 1) {
					back.add(top[0] + "\u0000" + child);
				}
			}
		}
		return back;
	}

	static String defaultLayer(ResolvedNetwork resolved) {
		for (boolean supplyOnly : new boolean[] { true, false }) {
			for (String layer : resolved.layers()) {
				for (FlowRecord f : resolved.flows()) {
					if (layer.equals(f.layer()) && f.valued() && f.valuePerYear() > 0 && (!supplyOnly || f.isSupply())) {
						return layer;
					}
				}
			}
		}
		return LayerGraph.ALL;
	}

	static String currency(AbstractNetwork network) {
		return dev.valuenet.model.CurrencyTable.of(network).label();
	}
}
