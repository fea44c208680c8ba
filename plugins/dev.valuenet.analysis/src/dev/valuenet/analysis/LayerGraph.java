package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import dev.valuenet.metrics.MetricsGraph;

/**
 * The directed simple graph of one layer (or of all layers): a node per participant of the
 * network (so actors without flows in this layer still count), an edge A->B when at least one
 * flow of the layer goes from A to B, weighted by the flows' yearly values in the network currency
 * ({@link FlowValuation}; a flow that cannot be valued adds nothing and is counted in
 * {@link #unvaluedFlows()}). Per-edge transfer attributes keep the fastest flow of each pair.
 */
public final class LayerGraph {

	/** All layers together. */
	public static final String ALL = "all";

	/**
	 * The relational layer of the ties: undirected, each tie an edge in both directions (so its
	 * metrics equal NetworkX's on the undirected {@code nx.Graph} of the ties), no flows.
	 */
	public static final String TIES = "ties";

	private final String layer;
	private final MetricsGraph graph;
	private final List<ParticipantRecord> nodes;
	private final int[] segments;
	private final double[] leadDays;
	private final double[] cost;
	private final double[] accuracy;
	private final List<List<FlowRecord>> edgeFlows;

	private LayerGraph(String layer, MetricsGraph graph, List<ParticipantRecord> nodes, int[] segments, double[] leadDays,
			double[] cost, double[] accuracy, List<List<FlowRecord>> edgeFlows) {
		this.layer = layer;
		this.graph = graph;
		this.nodes = nodes;
		this.segments = segments;
		this.leadDays = leadDays;
		this.cost = cost;
		this.accuracy = accuracy;
		this.edgeFlows = edgeFlows;
	}

	/** The graph of the flows accepted by {@code filter}, over every participant. */
	static LayerGraph build(ResolvedNetwork network, String layer, Predicate<FlowRecord> filter) {
		MetricsGraph.Builder builder = MetricsGraph.builder();
		List<ParticipantRecord> nodes = new ArrayList<>(network.participants().values());
		for (ParticipantRecord node : nodes) {
			builder.addNode(node.name());
		}
		List<FlowRecord> accepted = network.flows().stream()
				.filter(f -> network.participants().containsKey(f.from()) && network.participants().containsKey(f.to()))
				.filter(filter).toList();
		for (FlowRecord flow : accepted) {
			double weight = flow.valued() ? flow.valuePerYear() : 0;
			builder.addEdge(flow.from(), flow.to(), weight);
		}
		MetricsGraph graph = builder.build();
		int edges = graph.edgeCount();
		double[] lead = new double[edges];
		double[] cost = new double[edges];
		double[] accuracy = new double[edges];
		Arrays.fill(lead, Double.POSITIVE_INFINITY);
		List<List<FlowRecord>> edgeFlows = new ArrayList<>(edges);
		for (int e = 0; e < edges; e++) {
			edgeFlows.add(new ArrayList<>(1));
		}
		for (FlowRecord flow : accepted) {
			int e = graph.edgeIndex(graph.indexOf(flow.from()), graph.indexOf(flow.to()));
			if (e < 0) {
				continue;
			}
			edgeFlows.get(e).add(flow);
			double flowLead = Double.isNaN(flow.leadDays()) ? 0 : flow.leadDays();
			if (flowLead < lead[e]) {
				lead[e] = flowLead;
				cost[e] = Double.isNaN(flow.cost()) ? 0 : flow.cost();
				accuracy[e] = Double.isNaN(flow.accuracy()) ? 1 : flow.accuracy();
			}
		}
		int[] segments = nodes.stream().filter(ParticipantRecord::isSegment).mapToInt(n -> graph.indexOf(n.name())).toArray();
		return new LayerGraph(layer, graph, nodes, segments, lead, cost, accuracy, edgeFlows);
	}

	/** The graph of the ties: an edge both ways per tied pair, weight 0 (ties carry no value of their own). */
	static LayerGraph ofTies(ResolvedNetwork network, List<TieRecord> ties) {
		MetricsGraph.Builder builder = MetricsGraph.builder();
		List<ParticipantRecord> nodes = new ArrayList<>(network.participants().values());
		for (ParticipantRecord node : nodes) {
			builder.addNode(node.name());
		}
		for (TieRecord tie : ties) {
			builder.addEdge(tie.a(), tie.b(), 0);
			builder.addEdge(tie.b(), tie.a(), 0);
		}
		MetricsGraph graph = builder.build();
		int edges = graph.edgeCount();
		List<List<FlowRecord>> edgeFlows = new ArrayList<>(edges);
		for (int e = 0; e < edges; e++) {
			edgeFlows.add(List.of());
		}
		double[] accuracy = new double[edges];
		Arrays.fill(accuracy, 1);
		int[] segments = nodes.stream().filter(ParticipantRecord::isSegment).mapToInt(n -> graph.indexOf(n.name())).toArray();
		return new LayerGraph(TIES, graph, nodes, segments, new double[edges], new double[edges], accuracy, edgeFlows);
	}

	public String layer() {
		return layer;
	}

	public MetricsGraph graph() {
		return graph;
	}

	/** The participant of node {@code v}. */
	public ParticipantRecord node(int v) {
		return nodes.get(v);
	}

	public int nodeOf(String qualifiedName) {
		return graph.indexOf(qualifiedName);
	}

	/** Node ids of the customer segments. */
	public int[] segments() {
		return segments.clone();
	}

	/** Lead time in days of edge {@code e} (its fastest flow; 0 when not given). */
	public double[] leadDays() {
		return leadDays;
	}

	public double[] cost() {
		return cost;
	}

	public double[] accuracy() {
		return accuracy;
	}

	/** How many flows of this graph have no value in the network currency (they weigh nothing). */
	public int unvaluedFlows() {
		int count = 0;
		for (List<FlowRecord> flows : edgeFlows) {
			for (FlowRecord flow : flows) {
				count += flow.valued() ? 0 : 1;
			}
		}
		return count;
	}

	/** The flows merged into edge {@code e}. */
	public List<FlowRecord> flows(int e) {
		return edgeFlows.get(e);
	}
}
