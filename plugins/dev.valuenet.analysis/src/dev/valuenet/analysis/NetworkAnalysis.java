package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.GraphResults;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.clustering.LeidenCommunities;
import dev.valuenet.metrics.clustering.Partition;
import dev.valuenet.metrics.connectivity.ArticulationPoints;
import dev.valuenet.metrics.connectivity.Bridges;
import dev.valuenet.metrics.network.NetworkMetrics;
import dev.valuenet.metrics.network.PathStatistics;
import dev.valuenet.metrics.resilience.Redundancy;
import dev.valuenet.metrics.scoring.BetweennessBounds;
import dev.valuenet.metrics.scoring.ClosenessCentrality;
import dev.valuenet.metrics.scoring.DijkstraBetweenness;
import dev.valuenet.metrics.scoring.DijkstraCloseness;
import dev.valuenet.metrics.scoring.EigenvectorCentrality;
import dev.valuenet.metrics.scoring.PageRank;
import dev.valuenet.metrics.scoring.SampledBetweenness;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.NetworkCache;

/**
 * The measured network: one entry point for the CLI, the validation checks and the workbench, so a
 * model gets one answer whichever way it is asked. Graphs and metrics are computed lazily per layer
 * and cached until the model's resource changes; the costly metrics (centralities, communities, path
 * statistics) are also kept by graph content ({@link GraphResults}), so a model state whose graph did
 * not change does not compute them again.
 */
public final class NetworkAnalysis {

	private final ResolvedNetwork network;
	private final Map<String, LayerGraph> graphs = new ConcurrentHashMap<>();
	private final Map<String, List<ActorMetrics>> actorMetrics = new ConcurrentHashMap<>();
	private final Map<String, NetworkSummary> summaries = new ConcurrentHashMap<>();
	private final Map<String, Partition> partitions = new ConcurrentHashMap<>();
	private final Map<String, double[]> scores = new ConcurrentHashMap<>();
	private final Map<String, WeightedGraph> weighted = new ConcurrentHashMap<>();
	private final Map<String, BetweennessBounds> betweennessBounds = new ConcurrentHashMap<>();
	private volatile List<TieRecord> ties;
	private volatile List<ValuePath> valuePaths;
	private final AtomicReference<List<Profitability>> profitability = new AtomicReference<>();
	private volatile Map<String, Profitability> profitabilityIndex;

	/** What stops the computations of the current thread ({@link #cancellable}); none by default. */
	private static final ThreadLocal<Cancellation> CANCEL = ThreadLocal.withInitial(() -> Cancellation.NONE);

	/**
	 * Runs {@code work} so that the superlinear computations it triggers on this thread (betweenness,
	 * closeness, path statistics) poll {@code cancel} and throw
	 * {@link java.util.concurrent.CancellationException} when it is set: in the workbench a newer save
	 * stops the checks of the older text inside the algorithm, not only between checks. A cancelled
	 * value is not cached; the next caller computes it again.
	 */
	public static void cancellable(Cancellation cancel, Runnable work) {
		Cancellation previous = CANCEL.get();
		CANCEL.set(cancel);
		try {
			work.run();
		} finally {
			CANCEL.set(previous);
		}
	}

	private NetworkAnalysis(ResolvedNetwork network) {
		this.network = network;
	}

	/**
	 * The analysis of a network or scenario, shared until one of the files declaring it changes: the
	 * declarations of a network split over several files share one analysis ({@link NetworkCache}).
	 */
	public static NetworkAnalysis of(AbstractNetwork network) {
		return NetworkCache.get(NetworkAnalysis.class, network, () -> new NetworkAnalysis(ResolvedNetwork.of(network)));
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

	/**
	 * Layer names accepted by the metrics ({@link #graph(String)}, {@link #actorMetrics(String, Weight)}):
	 * {@link #layers()} and {@link LayerGraph#TIES}, the relational graph of the ties (unless a declared
	 * layer has that name).
	 */
	public List<String> metricLayers() {
		List<String> layers = layers();
		if (!layers.contains(LayerGraph.TIES)) {
			layers.add(LayerGraph.TIES);
		}
		return layers;
	}

	/**
	 * Flow efficiency per value path: for every segment, the fastest goods-and-services path of
	 * every actor that reaches it (lead time, cost, accuracy, slowest step), cached.
	 */
	public List<ValuePath> valuePaths() {
		List<ValuePath> result = valuePaths;
		if (result == null) {
			result = ValuePaths.of(supplyGraph());
			valuePaths = result;
		}
		return result;
	}

	/** The ties of the network (after scenario edits), in declaration order. */
	public List<TieRecord> ties() {
		List<TieRecord> result = ties;
		if (result == null) {
			result = Ties.of(network);
			ties = result;
		}
		return result;
	}

	/**
	 * The graph of a layer ({@link LayerGraph#ALL} for all flows, {@link LayerGraph#TIES} for the
	 * ties); unknown layers are rejected.
	 */
	public LayerGraph graph(String layer) {
		String key = layer == null ? LayerGraph.ALL : layer;
		if (!metricLayers().contains(key)) {
			throw new IllegalArgumentException("unknown layer '" + key + "'; the network has " + String.join(", ", metricLayers()));
		}
		if (key.equals(LayerGraph.TIES) && !layers().contains(key)) {
			return graphs.computeIfAbsent(key, k -> LayerGraph.ofTies(network, ties()));
		}
		return graphs.computeIfAbsent(key, k -> LayerGraph.build(network, k, k.equals(LayerGraph.ALL) ? f -> true : f -> k.equals(f.layer())));
	}

	/**
	 * The graph of a layer weighted by value or strength (docs/metrics.md, Weights), cached.
	 *
	 * @throws IllegalArgumentException for an unknown layer, or value on the ties layer
	 */
	public WeightedGraph weighted(String layer, Weight weight) {
		return weighted.computeIfAbsent(key(layer) + "|" + weight.id(), k -> WeightedGraph.of(graph(layer), weight, ties()));
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
		return partitions.computeIfAbsent(key(layer), k -> {
			MetricsGraph g = graph(k).graph();
			return GraphResults.get(g, "communities", () -> new LeidenCommunities(1.0, 10, 0L, false).partition(g));
		});
	}

	/** Every actor's metrics on a layer, in declaration order, centralities unweighted. */
	public List<ActorMetrics> actorMetrics(String layer) {
		return actorMetrics(layer, Weight.NONE);
	}

	/** Every actor's metrics on a layer, in declaration order, centralities weighted by {@code weight}. */
	public List<ActorMetrics> actorMetrics(String layer, Weight weight) {
		return actorMetrics.computeIfAbsent(key(layer) + "|" + weight.id(), k -> computeActorMetrics(key(layer), weight));
	}

	/** Unweighted centrality scores of every node of a layer ("betweenness", "closeness", "eigenvector", "pagerank"), cached. */
	public double[] scores(String layer, String metric) {
		return scores(layer, metric, Weight.NONE);
	}

	/**
	 * Centrality scores of every node of a layer, weighted by {@code weight} as NetworkX's
	 * {@code weight=} variants (docs/metrics.md, Weights): betweenness and closeness on shortest
	 * paths of length {@code 1/weight}, PageRank and eigenvector with the weights as they are. Cached.
	 */
	public double[] scores(String layer, String metric, Weight weight) {
		return scores.computeIfAbsent(scoresKey(layer, metric, weight), k -> {
			MetricsGraph g = weighted(layer, weight).graph();
			boolean plain = weight == Weight.NONE;
			Cancellation cancel = CANCEL.get();
			return GraphResults.get(g, metric + "|" + weight.id(), () -> switch (metric) {
				case "betweenness" -> plain ? betweenness(layer, g, cancel) : new DijkstraBetweenness().scores(g, cancel);
				case "closeness" -> plain ? new ClosenessCentrality().scores(g, cancel) : new DijkstraCloseness().scores(g, cancel);
				case "eigenvector" -> new EigenvectorCentrality(!plain).scores(g);
				case "pagerank" -> new PageRank(0.85, 1e-6, 100, !plain).scores(g);
				default -> throw new IllegalArgumentException("unknown centrality '" + metric + "'");
			});
		});
	}

	private double[] betweenness(String layer, MetricsGraph g, Cancellation cancel) {
		BetweennessSample sample = BetweennessSample.of(g.nodeCount());
		if (sample != null) {
			return new SampledBetweenness(sample.epsilon(), sample.delta()).scores(g, cancel);
		}
		BetweennessBounds bounds = bounds(layer, g);
		synchronized (bounds) {
			return bounds.scores(cancel); // the sources a bound question searched are not searched again
		}
	}

	/**
	 * The bounds on a layer's betweenness proved so far, shared by the model states with this graph, and
	 * held here too so that no other graph's results can push them out while this state asks.
	 */
	private BetweennessBounds bounds(String layer, MetricsGraph g) {
		return betweennessBounds.computeIfAbsent(key(layer), k -> GraphResults.get(g, "betweenness bounds", () -> new BetweennessBounds(g)));
	}

	/**
	 * Whether the unweighted betweenness of every actor of a layer ({@code node} negative) or of one
	 * actor is at most {@code bound}, proved with as few breadth-first searches as that takes
	 * ({@link BetweennessBounds}): checking a network without hubs searches about half the sources
	 * instead of all. False when it is above, or when betweenness is estimated on this layer
	 * ({@link #betweennessSample}): then read {@link #scores(String, String)}.
	 */
	public boolean betweennessAtMost(String layer, int node, double bound) {
		if (betweennessSample(layer) != null) {
			return false;
		}
		MetricsGraph g = weighted(layer, Weight.NONE).graph();
		double[] exact = scores.get(scoresKey(layer, "betweenness", Weight.NONE));
		if (exact == null) {
			exact = (double[]) GraphResults.peek(g, "betweenness|" + Weight.NONE.id());
		}
		if (exact != null) {
			return node < 0 ? Arrays.stream(exact).allMatch(x -> x <= bound) : exact[node] <= bound;
		}
		BetweennessBounds bounds = bounds(layer, g);
		synchronized (bounds) {
			return bounds.atMost(node < 0 ? null : new int[] { node }, bound, CANCEL.get());
		}
	}

	/**
	 * How the unweighted betweenness of a layer is computed: null when exactly, else the sample and
	 * its error bound ({@link BetweennessSample}), for outputs to state next to the values.
	 */
	public BetweennessSample betweennessSample(String layer) {
		return BetweennessSample.of(graph(layer).graph().nodeCount());
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

	private List<ActorMetrics> computeActorMetrics(String layer, Weight weight) {
		LayerGraph layerGraph = graph(layer);
		MetricsGraph g = layerGraph.graph();
		double[] betweenness = scores(layer, "betweenness", weight);
		double[] closeness = scores(layer, "closeness", weight);
		double[] eigenvector = scores(layer, "eigenvector", weight);
		double[] pagerank = scores(layer, "pagerank", weight);
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
					redundancy.suppliers(s) == 0 ? 0 : allValued(supply, s) ? redundancy.hhi(s) : Double.NaN));
		}
		return List.copyOf(result);
	}

	/** Whether every inflow of node {@code v} has a value (else shares of it would mix valued and unvalued supply). */
	public static boolean allValued(LayerGraph graph, int v) {
		MetricsGraph g = graph.graph();
		for (int k = 0; k < g.inDegree(v); k++) {
			for (FlowRecord flow : graph.flows(g.inEdge(v, k))) {
				if (!flow.valued()) {
					return false;
				}
			}
		}
		return true;
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
			Cancellation cancel = CANCEL.get();
			PathStatistics paths = GraphResults.get(g, "path statistics",
					() -> NetworkMetrics.pathStatistics(g, Math.max(1, Runtime.getRuntime().availableProcessors()), cancel));
			Partition partition = communities(k);
			int flows = 0;
			for (int e = 0; e < g.edgeCount(); e++) {
				flows += layerGraph.flows(e).size();
			}
			return new NetworkSummary(k, g.nodeCount(), g.edgeCount(), flows, NetworkMetrics.density(g), NetworkMetrics.reciprocity(g),
					paths.diameter(), paths.averagePathLength(), Bridges.of(g).size(), partition.communityCount(), partition.modularity());
		});
	}

	/** Value in, value out and money per participant per year (all layers), cached. */
	public List<Profitability> profitability() {
		return profitability.updateAndGet(sheet -> sheet != null ? sheet : Profitability.of(network));
	}

	/** The profitability row of one participant (qualified name), or null for an unknown name. */
	public Profitability profitability(String actor) {
		Map<String, Profitability> index = profitabilityIndex;
		if (index == null) {
			index = new java.util.HashMap<>();
			for (Profitability row : profitability()) {
				index.put(row.actor(), row);
			}
			profitabilityIndex = index;
		}
		return index.get(actor);
	}

	/** The flows (all layers) that have no value in the network currency and are left out of value figures. */
	public List<FlowRecord> unvaluedFlows() {
		return FlowValuation.unvalued(network.flows());
	}

	/** The network currency, or null when the network declares none. */
	public String currency() {
		return dev.valuenet.model.CurrencyTable.of(network.network()).currency();
	}

	/** The network currency as outputs name it ({@link dev.valuenet.model.CurrencyTable#label()}). */
	public String currencyLabel() {
		return dev.valuenet.model.CurrencyTable.of(network.network()).label();
	}

	/** Qualified names of the participants whose simple or qualified name is {@code name}. */
	public List<String> find(String name) {
		return Arrays.asList(network.participants().values().stream()
				.filter(p -> p.name().equals(name) || p.simpleName().equals(name)).map(ParticipantRecord::name).toArray(String[]::new));
	}

	private static String scoresKey(String layer, String metric, Weight weight) {
		return key(layer) + "|" + metric + "|" + weight.id();
	}

	private static String key(String layer) {
		return layer == null ? LayerGraph.ALL : layer;
	}
}
