package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.metrics.MetricsGraph;

/**
 * Which box, bar or row each participant belongs to in the Sankey and the heatmap: itself, or (for
 * networks too large to read actor by actor) its Leiden community, segments always staying
 * themselves. Groups come in a stable order: by community, then declaration order.
 */
final class Grouping {

	/** A group: id, label, kind, community. */
	record Group(String id, String label, String kind, int community) {
	}

	final Map<String, Group> groupOf = new LinkedHashMap<>();
	final List<Group> groups = new ArrayList<>();
	final boolean summarized;

	Grouping(NetworkAnalysis analysis, String layer, List<String> participants, boolean collapse) {
		LayerGraph graph = analysis.graph(layer);
		MetricsGraph g = graph.graph();
		int[] community = analysis.communities(layer).membership();
		this.summarized = collapse;
		Map<Integer, List<Integer>> byCommunity = new TreeMap<>();
		for (String name : participants) {
			int v = graph.nodeOf(name);
			byCommunity.computeIfAbsent(community[v], k -> new ArrayList<>()).add(v);
		}
		for (Map.Entry<Integer, List<Integer>> entry : byCommunity.entrySet()) {
			int c = entry.getKey();
			List<Integer> actors = new ArrayList<>();
			for (int v : entry.getValue()) {
				ParticipantRecord p = graph.node(v);
				if (!collapse || p.isSegment()) {
					Group group = new Group(p.name(), p.simpleName(), DiagramBuilder.styleKind(p), c);
					groups.add(group);
					groupOf.put(p.name(), group);
				} else {
					actors.add(v);
				}
			}
			if (!actors.isEmpty()) {
				int hub = actors.get(0);
				for (int v : actors) {
					if (g.inDegree(v) + g.outDegree(v) > g.inDegree(hub) + g.outDegree(hub)) {
						hub = v;
					}
				}
				Group group = new Group("community-" + c, graph.node(hub).simpleName() + (actors.size() > 1 ? " +" + (actors.size() - 1) : ""),
						"community", c);
				groups.add(group);
				actors.forEach(v -> groupOf.put(graph.node(v).name(), group));
			}
		}
	}
}
