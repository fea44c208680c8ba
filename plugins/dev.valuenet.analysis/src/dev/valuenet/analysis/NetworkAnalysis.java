package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.clustering.LeidenCommunities;
import dev.valuenet.metrics.clustering.Partition;
import dev.valuenet.metrics.connectivity.ArticulationPoints;
import dev.valuenet.metrics.connectivity.Bridges;
import dev.valuenet.metrics.network.NetworkMetrics;
import dev.valuenet.metrics.network.PathStatistics;
import dev.valuenet.metrics.resilience.Redundancy;
import dev.valuenet.metrics.scoring.BrandesBetweenness;
import dev.valuenet.metrics.scoring.ClosenessCentrality;
import dev.valuenet.metrics.scoring.EigenvectorCentrality;
import dev.valuenet.metrics.scoring.PageRank;
import dev.valuenet.model.AbstractNetwork;

/**
 * The measured network: one entry point for the CLI, the validation checks and the workbench, so a
 * model gets one answer whichever way it is asked. Graphs and metrics are computed lazily per layer
 * and cached until the model's resource changes.
 */
public final class NetworkAnalysis {

	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	private final ResolvedNetwork network;
	private final Map<String, LayerGraph> graphs = new ConcurrentHashMap<>();
	private final Map<String, List<ActorMetrics>> actorMetrics = new ConcurrentHashMap<>();
	private final Map<String, NetworkSummary> summaries = new ConcurrentHashMap<>();
	private final Map<String, Partition> partitions = new ConcurrentHashMap<>();
	private final Map<String, double[]> scores = new ConcurrentHashMap<>();

	private NetworkAnalysis(ResolvedNetwork network) {
		this.network = network;
	}

	/** The analysis of a network or scenario, shared until its resource changes. */
	public static NetworkAnalysis of(AbstractNetwork network) {
		Resource resource = network.eResource();
		if (resource == null) {
			return new NetworkAnalysis(ResolvedNetwork.of(network));
		}
		return CACHE.get(List.of(NetworkAnalysis.class, network), resource, () -> new NetworkAnalysis(ResolvedNetwork.of(network)));
	}

	public ResolvedNetwork network() {
		return network;
	}

	/** Layer names accepted by {@link #graph(String)}: "all", the declared layers. */
	public List<String> layers() {
		List<String> layers = new ArrayList<>();
		layers.add(LayerGraph.ALL);
		layers.addAll(network.layers());
		return layers;
	}

	/** The graph of a layer ({@link LayerGraph#ALL} for all flows); unknown layers are rejected. */
	public LayerGraph graph(String layer) {
		String key = layer == null ? LayerGraph.ALL : layer;
		if (!layers().contains(key)) {
			throw new IllegalArgumentException("unknown layer '" + key + "'; the network has " + String.join(", ", layers()));
		}
		return graphs.computeIfAbsent(key, k -> LayerGraph.build(network, k, k.equals(LayerGraph.ALL) ? f -> true : f -> k.equals(f.layer())));
	}

	/** Goods and services only: the supply side that reaches segments (redundancy, single points of failure). */
	public LayerGraph supplyGraph() {
		return graphs.computeIfAbsent("#supply", k -> LayerGraph.build(network, k, (Predicate<FlowRecord>) FlowRecord::isSupply));
	}

	/** Money flows only, weighted by yearly amounts in the network currency (input-output attribution, value at risk). */
	public LayerGraph moneyGraph() {
		return graphs.computeIfAbsent("#money", k -> LayerGraph.build(network, k, f -> f.kind() == dev.valuenet.model.ValueKind.MONEY));
	}

	/** Leiden communities (modularity, resolution 1, fixed seed) of a layer's undirected view. */
	public Partition communities(String layer) {
		// unweighted: yearly amounts mix currencies and units, structure is what communities are about
		return partitions.computeIfAbsent(key(layer), k -> new LeidenCommunities(1.0, 10, 0L, false).partition(graph(k).graph()));
	}

	/** Every actor's metrics on a layer, in declaration order. */
	public List<ActorMetrics> actorMetrics(String layer) {
		return actorMetrics.computeIfAbsent(key(layer), this::computeActorMetrics);
	}

	/** Centrality scores of every node of a layer ("betweenness", "closeness", "eigenvector", "pagerank"), cached. */
	public double[] scores(String layer, String metric) {
		return scores.computeIfAbsent(key(layer) + "|" + metric, k -> {
			MetricsGraph g = graph(layer).graph();
			return switch (metric) {
				case "betweenness" -> new BrandesBetweenness().scores(g);
				case "closeness" -> new ClosenessCentrality().scores(g);
				case "eigenvector" -> new EigenvectorCentrality().scores(g);
				case "pagerank" -> new PageRank().scores(g);
				default -> throw new IllegalArgumentException("unknown centrality '" + metric + "'");
			};
		});
	}

	/**
	 * One network-level metric of a layer, computing only what it needs: density, reciprocity,
	 * modularity, communities, diameter, averagePathLength.
	 */
	public double networkMetric(String layer, String metric) {
		MetricsGraph g = graph(layer).graph();
		return switch (metric) {
			case "density" -> NetworkMetrics.density(g);
			case "reciprocity" -> NetworkMetrics.reciprocity(g);
			case "modularity" -> communities(layer).modularity();
			case "communities" -> communities(layer).communityCount();
			case "diameter" -> summary(layer).diameter();
			case "averagePathLength" -> summary(layer).averagePathLength();
			default -> Double.NaN;
		};
	}

	private List<ActorMetrics> computeActorMetrics(String layer) {
		LayerGraph layerGraph = graph(layer);
		MetricsGraph g = layerGraph.graph();
		double[] betweenness = scores(layer, "betweenness");
		double[] closeness = scores(layer, "closeness");
		double[] eigenvector = scores(layer, "eigenvector");
		double[] pagerank = scores(layer, "pagerank");
		boolean[] articulation = ArticulationPoints.of(g);
		int[] community = communities(layer).membership();
		LayerGraph supply = supplyGraph();
		Redundancy redundancy = Redundancy.of(supply.graph());
		List<ActorMetrics> result = new ArrayList<>(g.nodeCount());
		for (int v = 0; v < g.nodeCount(); v++) {
			ParticipantRecord node = layerGraph.node(v);
			int s = supply.nodeOf(node.name());
			result.add(new ActorMetrics(node.name(), node.kind(), g.inDegree(v), g.outDegree(v), g.inStrength(v), g.outStrength(v),
					betweenness[v], closeness[v], eigenvector[v], pagerank[v], community[v], articulation[v], redundancy.suppliers(s),
					redundancy.suppliers(s) == 0 ? 0 : redundancy.hhi(s)));
		}
		return List.copyOf(result);
	}

	/** The metrics of one actor on a layer, or null for an unknown name. */
	public ActorMetrics actor(String layer, String qualifiedName) {
		int v = graph(layer).nodeOf(qualifiedName);
		return v < 0 ? null : actorMetrics(layer).get(v);
	}

	/** Network-level metrics of a layer. */
	public NetworkSummary summary(String layer) {
		return summaries.computeIfAbsent(key(layer), k -> {
			LayerGraph layerGraph = graph(k);
			MetricsGraph g = layerGraph.graph();
			PathStatistics paths = NetworkMetrics.pathStatistics(g);
			Partition partition = communities(k);
			int flows = 0;
			for (int e = 0; e < g.edgeCount(); e++) {
				flows += layerGraph.flows(e).size();
			}
			return new NetworkSummary(k, g.nodeCount(), g.edgeCount(), flows, NetworkMetrics.density(g), NetworkMetrics.reciprocity(g),
					paths.diameter(), paths.averagePathLength(), Bridges.of(g).size(), partition.communityCount(), partition.modularity());
		});
	}

	/** Qualified names of the participants whose simple or qualified name is {@code name}. */
	public List<String> find(String name) {
		return Arrays.asList(network.participants().values().stream()
				.filter(p -> p.name().equals(name) || p.simpleName().equals(name)).map(ParticipantRecord::name).toArray(String[]::new));
	}

	private static String key(String layer) {
		return layer == null ? LayerGraph.ALL : layer;
	}
}
