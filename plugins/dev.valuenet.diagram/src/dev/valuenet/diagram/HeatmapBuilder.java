package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Flows;

/**
 * The actor x actor heatmap of a layer: who gives how much to whom per year. Only participants
 * with a flow on the layer get a row; rows are ordered by Leiden community so that dense blocks show
 * on the diagonal. Networks above {@link DiagramOptions#collapseAbove()} participants get one row per
 * community (segments kept): a 5,000 x 5,000 matrix has no readable cell.
 */
public final class HeatmapBuilder {

	private HeatmapBuilder() {
	}

	public static Heatmap heatmap(AbstractNetwork network, DiagramOptions options) {
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		ResolvedNetwork resolved = analysis.network();
		String layer = options.layerOrAll();
		analysis.graph(layer); // rejects unknown layers
		List<String> notes = new ArrayList<>();
		List<FlowRecord> flows = new ArrayList<>();
		for (FlowRecord f : resolved.flows()) {
			if (resolved.participants().containsKey(f.from()) && resolved.participants().containsKey(f.to())
					&& (layer.equals(LayerGraph.ALL) || layer.equals(f.layer())) && !(options.hideIntangible() && Flows.isIntangible(f.source()))
					&& options.filter().shows(resolved.participants().get(f.from())) && options.filter().shows(resolved.participants().get(f.to()))) {
				flows.add(f);
			}
		}
		Set<String> involved = new LinkedHashSet<>();
		for (String name : resolved.participants().keySet()) {
			involved.add(name);
		}
		Set<String> touching = new java.util.HashSet<>();
		flows.forEach(f -> {
			touching.add(f.from());
			touching.add(f.to());
		});
		involved.retainAll(touching);
		boolean collapse = options.collapse() == DiagramOptions.Collapse.ALWAYS
				|| (options.collapse() == DiagramOptions.Collapse.AUTO && involved.size() > options.collapseAbove());
		Grouping grouping = new Grouping(analysis, layer, List.copyOf(involved), collapse);
		if (collapse) {
			notes.add(involved.size() + " participants summarized as " + grouping.groups.size() + " rows (communities; segments kept)");
		}
		int n = grouping.groups.size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(grouping.groups.get(i).id(), i);
		}
		double[][] values = new double[n][n];
		int[][] counts = new int[n][n];
		int unknown = 0;
		for (FlowRecord f : flows) {
			int i = index.get(grouping.groupOf.get(f.from()).id());
			int j = index.get(grouping.groupOf.get(f.to()).id());
			counts[i][j]++;
			if (f.valued()) {
				values[i][j] += f.valuePerYear();
			} else {
				unknown++;
			}
		}
		if (unknown > 0) {
			notes.add(unknown + " flow(s) without a value in " + SankeyBuilder.currency(network) + " counted but not sized");
		}
		List<String> ids = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		int[] community = new int[n];
		for (int i = 0; i < n; i++) {
			Grouping.Group g = grouping.groups.get(i);
			ids.add(g.id());
			labels.add(g.label());
			community[i] = g.community();
		}
		return new Heatmap(DiagramBuilder.title(network), layer, List.copyOf(ids), List.copyOf(labels), community, values, counts, collapse,
				List.copyOf(notes), SankeyBuilder.currency(network));
	}
}
