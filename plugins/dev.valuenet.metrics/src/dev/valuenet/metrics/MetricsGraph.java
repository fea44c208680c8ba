package dev.valuenet.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compact immutable directed weighted simple graph over node ids {@code 0..n-1}.
 *
 * <p>This is the graph every algorithm of this bundle works on. Nodes carry a
 * unique {@link String} label (the actor name on the model side). Edges are
 * stored in compressed sparse row (CSR) form twice: by source (out-edges) and
 * by target (in-edges). Each edge has an <em>edge index</em> {@code e} in
 * {@code 0..m-1}, its position in the out-CSR; edges are ordered by source, then
 * by target, so the out-neighbours of a node are sorted ascending. Per-edge data
 * supplied by callers (lead time, cost, kind, ...) is indexed by this edge index;
 * {@link #edgeIndex(int, int)} finds it.
 *
 * <p>The graph is <em>simple</em>: the {@link Builder} merges parallel flows
 * {@code A->B} into one edge whose weight is the sum of their weights and whose
 * {@link #flowCount(int) flow count} is the number of merged flows (an edge
 * exists as soon as one flow goes from A to B, even with weight 0). Self loops
 * are dropped. This is the "directed simple graph of a layer" whose metrics must
 * equal NetworkX's on {@code nx.DiGraph}.
 *
 * <p>Instances are immutable and safe to share between threads. Array getters
 * return copies; the per-element accessors are cheap and intended for loops.
 */
public final class MetricsGraph {

	private final String[] labels;
	private final Map<String, Integer> idByLabel;
	private final int[] outOffsets;
	private final int[] outTargets;
	private final double[] weights;
	private final int[] flowCounts;
	private final int[] inOffsets;
	private final int[] inSources;
	private final int[] inEdges;
	private volatile UndirectedView undirected;
	private int contentHash;

	private MetricsGraph(String[] labels, Map<String, Integer> idByLabel, int[] outOffsets, int[] outTargets,
			double[] weights, int[] flowCounts) {
		this.labels = labels;
		this.idByLabel = idByLabel;
		this.outOffsets = outOffsets;
		this.outTargets = outTargets;
		this.weights = weights;
		this.flowCounts = flowCounts;
		int n = labels.length;
		int m = outTargets.length;
		inOffsets = new int[n + 1];
		for (int e = 0; e < m; e++) {
			inOffsets[outTargets[e] + 1]++;
		}
		for (int v = 0; v < n; v++) {
			inOffsets[v + 1] += inOffsets[v];
		}
		inSources = new int[m];
		inEdges = new int[m];
		int[] fill = Arrays.copyOf(inOffsets, n);
		// Scanning sources in ascending order keeps each in-list sorted by source.
		for (int u = 0; u < n; u++) {
			for (int e = outOffsets[u]; e < outOffsets[u + 1]; e++) {
				int pos = fill[outTargets[e]]++;
				inSources[pos] = u;
				inEdges[pos] = e;
			}
		}
	}

	/** @return a new empty builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return number of nodes {@code n} */
	public int nodeCount() {
		return labels.length;
	}

	/** @return number of (merged, directed) edges {@code m} */
	public int edgeCount() {
		return outTargets.length;
	}

	/** @return the label of node {@code v} */
	public String label(int v) {
		return labels[v];
	}

	/** @return all labels in node id order (unmodifiable) */
	public List<String> labels() {
		return Collections.unmodifiableList(Arrays.asList(labels));
	}

	/** @return the id of the node with this label, or -1 when there is none */
	public int indexOf(String label) {
		Integer id = idByLabel.get(label);
		return id == null ? -1 : id;
	}

	/** @return number of distinct out-neighbours of {@code v} */
	public int outDegree(int v) {
		return outOffsets[v + 1] - outOffsets[v];
	}

	/** @return number of distinct in-neighbours of {@code v} */
	public int inDegree(int v) {
		return inOffsets[v + 1] - inOffsets[v];
	}

	/** @return edge index of the {@code k}-th out-edge of {@code v} (targets ascending) */
	public int outEdge(int v, int k) {
		return outOffsets[v] + k;
	}

	/** @return target of the {@code k}-th out-edge of {@code v} */
	public int outNeighbor(int v, int k) {
		return outTargets[outOffsets[v] + k];
	}

	/** @return edge index of the {@code k}-th in-edge of {@code v} (sources ascending) */
	public int inEdge(int v, int k) {
		return inEdges[inOffsets[v] + k];
	}

	/** @return source of the {@code k}-th in-edge of {@code v} */
	public int inNeighbor(int v, int k) {
		return inSources[inOffsets[v] + k];
	}

	/** @return the source node of edge {@code e} (binary search, O(log n)) */
	public int source(int e) {
		if (e < 0 || e >= outTargets.length) {
			throw new IndexOutOfBoundsException("edge " + e);
		}
		int lo = 0;
		int hi = labels.length - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (outOffsets[mid] <= e) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return lo;
	}

	/** @return the target node of edge {@code e} */
	public int target(int e) {
		return outTargets[e];
	}

	/** @return the summed weight of edge {@code e} */
	public double weight(int e) {
		return weights[e];
	}

	/** @return how many flows the builder merged into edge {@code e} (at least 1) */
	public int flowCount(int e) {
		return flowCounts[e];
	}

	/** @return the edge index of {@code u->v}, or -1 when there is no such edge (O(log deg)) */
	public int edgeIndex(int u, int v) {
		int k = Arrays.binarySearch(outTargets, outOffsets[u], outOffsets[u + 1], v);
		return k >= 0 ? k : -1;
	}

	/** @return total weight of all edges leaving {@code v} */
	public double outStrength(int v) {
		double s = 0;
		for (int e = outOffsets[v]; e < outOffsets[v + 1]; e++) {
			s += weights[e];
		}
		return s;
	}

	/** @return total weight of all edges entering {@code v} */
	public double inStrength(int v) {
		double s = 0;
		for (int k = inOffsets[v]; k < inOffsets[v + 1]; k++) {
			s += weights[inEdges[k]];
		}
		return s;
	}

	/** @return copy of the out-CSR offsets, length {@code n+1} */
	public int[] outOffsets() {
		return outOffsets.clone();
	}

	/** @return copy of the out-CSR targets, indexed by edge index */
	public int[] outTargets() {
		return outTargets.clone();
	}

	/** @return copy of the in-CSR offsets, length {@code n+1} */
	public int[] inOffsets() {
		return inOffsets.clone();
	}

	/** @return copy of the in-CSR sources (parallel to {@link #inEdgeIndices()}) */
	public int[] inSources() {
		return inSources.clone();
	}

	/** @return copy of the in-CSR edge indices */
	public int[] inEdgeIndices() {
		return inEdges.clone();
	}

	/** @return copy of the edge weights, indexed by edge index */
	public double[] weights() {
		return weights.clone();
	}

	/**
	 * The undirected view: an undirected simple graph with an edge {@code {u,v}}
	 * when {@code u->v} or {@code v->u} exists, weighted by the sum of both
	 * directions. Computed once, on first use.
	 *
	 * @return the undirected view of this graph
	 */
	public UndirectedView undirected() {
		UndirectedView view = undirected;
		if (view == null) {
			synchronized (this) {
				view = undirected;
				if (view == null) {
					view = new UndirectedView(this);
					undirected = view;
				}
			}
		}
		return view;
	}

	/**
	 * The subgraph induced by the nodes with {@code keep[v] == true}, renumbered
	 * in ascending order of their old ids; labels, weights and flow counts are
	 * kept. Use {@link #indexOf(String)} on the result to map nodes across.
	 *
	 * @param keep one flag per node of this graph
	 * @return the induced subgraph
	 */
	public MetricsGraph inducedSubgraph(boolean[] keep) {
		if (keep.length != labels.length) {
			throw new IllegalArgumentException("keep has " + keep.length + " flags for " + labels.length + " nodes");
		}
		int n = labels.length;
		int[] newId = new int[n];
		int count = 0;
		for (int v = 0; v < n; v++) {
			newId[v] = keep[v] ? count++ : -1;
		}
		String[] newLabels = new String[count];
		Map<String, Integer> newIds = new HashMap<>();
		int[] offsets = new int[count + 1];
		int edges = 0;
		for (int v = 0; v < n; v++) {
			if (keep[v]) {
				newLabels[newId[v]] = labels[v];
				newIds.put(labels[v], newId[v]);
				for (int e = outOffsets[v]; e < outOffsets[v + 1]; e++) {
					if (keep[outTargets[e]]) {
						edges++;
					}
				}
			}
		}
		int[] targets = new int[edges];
		double[] w = new double[edges];
		int[] flows = new int[edges];
		int pos = 0;
		for (int v = 0; v < n; v++) {
			if (!keep[v]) {
				continue;
			}
			for (int e = outOffsets[v]; e < outOffsets[v + 1]; e++) {
				if (keep[outTargets[e]]) {
					targets[pos] = newId[outTargets[e]];
					w[pos] = weights[e];
					flows[pos] = flowCounts[e];
					pos++;
				}
			}
			offsets[newId[v] + 1] = pos;
		}
		return new MetricsGraph(newLabels, newIds, offsets, targets, w, flows);
	}

	/**
	 * Whether {@code other} has the same nodes in the same order and the same edges with the same
	 * weights and flow counts: every metric of this bundle then gives both the same result.
	 */
	public boolean sameContent(MetricsGraph other) {
		return other == this || other != null && contentHash() == other.contentHash() && Arrays.equals(outOffsets, other.outOffsets)
				&& Arrays.equals(outTargets, other.outTargets) && Arrays.equals(weights, other.weights)
				&& Arrays.equals(flowCounts, other.flowCounts) && Arrays.equals(labels, other.labels);
	}

	/** A hash of what {@link #sameContent} compares, computed once. */
	public int contentHash() {
		int hash = contentHash;
		if (hash == 0) {
			hash = Arrays.hashCode(labels);
			hash = 31 * hash + Arrays.hashCode(outOffsets);
			hash = 31 * hash + Arrays.hashCode(outTargets);
			hash = 31 * hash + Arrays.hashCode(weights);
			hash = 31 * hash + Arrays.hashCode(flowCounts);
			hash = hash == 0 ? 1 : hash;
			contentHash = hash; // racy but idempotent, as String.hashCode
		}
		return hash;
	}

	@Override
	public String toString() {
		return "MetricsGraph[n=" + nodeCount() + ", m=" + edgeCount() + "]";
	}

	/**
	 * Collects nodes and flows, then {@link #build() builds} the graph.
	 *
	 * <p>Weights must be finite and {@code >= 0}: a negative, NaN or infinite
	 * weight is rejected with an {@link IllegalArgumentException} naming the
	 * flow. Zero is allowed (the edge exists, it just carries no weight).
	 * Self loops are accepted and dropped. Not thread-safe.
	 */
	public static final class Builder {

		private final List<String> labels = new ArrayList<>();
		private final Map<String, Integer> ids = new HashMap<>();
		private int[] from = new int[16];
		private int[] to = new int[16];
		private double[] w = new double[16];
		private int size;

		private Builder() {
		}

		/**
		 * Adds a node, or returns the id of the node that already has this label.
		 *
		 * @param label non-null node label
		 * @return the node id
		 */
		public int addNode(String label) {
			if (label == null) {
				throw new IllegalArgumentException("node label must not be null");
			}
			Integer id = ids.get(label);
			if (id != null) {
				return id;
			}
			int newId = labels.size();
			labels.add(label);
			ids.put(label, newId);
			return newId;
		}

		/**
		 * Adds a flow between labelled nodes, adding the nodes when missing.
		 *
		 * @return this builder
		 * @throws IllegalArgumentException if the weight is negative, NaN or infinite
		 */
		public Builder addEdge(String fromLabel, String toLabel, double weight) {
			checkWeight(fromLabel, toLabel, weight);
			return addEdge(addNode(fromLabel), addNode(toLabel), weight);
		}

		/**
		 * Adds a flow between existing node ids.
		 *
		 * @return this builder
		 * @throws IllegalArgumentException if a node id is unknown or the weight is
		 *                                  negative, NaN or infinite
		 */
		public Builder addEdge(int fromId, int toId, double weight) {
			if (fromId < 0 || fromId >= labels.size() || toId < 0 || toId >= labels.size()) {
				throw new IllegalArgumentException("unknown node id in flow " + fromId + " -> " + toId);
			}
			checkWeight(labels.get(fromId), labels.get(toId), weight);
			if (fromId == toId) {
				return this;
			}
			if (size == from.length) {
				int cap = size * 2;
				from = Arrays.copyOf(from, cap);
				to = Arrays.copyOf(to, cap);
				w = Arrays.copyOf(w, cap);
			}
			from[size] = fromId;
			to[size] = toId;
			w[size] = weight;
			size++;
			return this;
		}

		private static void checkWeight(String fromLabel, String toLabel, double weight) {
			if (!(weight >= 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException(
						"flow " + fromLabel + " -> " + toLabel + " has invalid weight " + weight
								+ " (must be finite and >= 0)");
			}
		}

		/** @return the graph; the builder may be reused afterwards */
		public MetricsGraph build() {
			int n = labels.size();
			// Counting sort by source, then sort each row by target and merge duplicates.
			int[] rowStart = new int[n + 1];
			for (int i = 0; i < size; i++) {
				rowStart[from[i] + 1]++;
			}
			for (int v = 0; v < n; v++) {
				rowStart[v + 1] += rowStart[v];
			}
			int[] fill = Arrays.copyOf(rowStart, n);
			long[] keys = new long[size];
			for (int i = 0; i < size; i++) {
				keys[fill[from[i]]++] = ((long) to[i] << 32) | i;
			}
			int[] offsets = new int[n + 1];
			int[] targets = new int[size];
			double[] weights = new double[size];
			int[] flows = new int[size];
			int m = 0;
			for (int v = 0; v < n; v++) {
				Arrays.sort(keys, rowStart[v], rowStart[v + 1]);
				int last = -1;
				for (int k = rowStart[v]; k < rowStart[v + 1]; k++) {
					int t = (int) (keys[k] >>> 32);
					int i = (int) keys[k];
					if (t != last) {
						targets[m] = t;
						weights[m] = w[i];
						flows[m] = 1;
						m++;
						last = t;
					} else {
						weights[m - 1] = Math.min(weights[m - 1] + w[i], Double.MAX_VALUE); // finite weights stay finite when merged
						flows[m - 1]++;
					}
				}
				offsets[v + 1] = m;
			}
			return new MetricsGraph(labels.toArray(new String[0]), new HashMap<>(ids), offsets,
					Arrays.copyOf(targets, m), Arrays.copyOf(weights, m), Arrays.copyOf(flows, m));
		}
	}
}
