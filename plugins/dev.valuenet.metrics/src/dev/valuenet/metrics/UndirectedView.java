package dev.valuenet.metrics;

import java.util.Arrays;

/**
 * Undirected simple view of a {@link MetricsGraph}: the node ids are the same,
 * and {@code {u,v}} is an edge when {@code u->v} or {@code v->u} exists
 * (NetworkX {@code G.to_undirected()} on the same {@code DiGraph}).
 *
 * <p>The weight of {@code {u,v}} is {@code w(u->v) + w(v->u)}, the total flow
 * between the two nodes. NetworkX's {@code to_undirected()} would keep only one
 * of the two weights (whichever it sees last); summing is the choice that does
 * not depend on iteration order, and it is what modularity and Leiden use here.
 * Unweighted algorithms (eigenvector, articulation points, bridges) ignore it.
 *
 * <p>Adjacency is CSR with each undirected edge stored twice, once in each
 * endpoint's list; neighbour lists are sorted ascending. Immutable.
 */
public final class UndirectedView {

	private final int[] offsets;
	private final int[] neighbors;
	private final double[] weights;

	UndirectedView(MetricsGraph g) {
		int n = g.nodeCount();
		// Merge the sorted out-list and the sorted in-list of each node.
		int[] off = new int[n + 1];
		int[] nb = new int[2 * g.edgeCount()];
		double[] w = new double[2 * g.edgeCount()];
		int pos = 0;
		for (int v = 0; v < n; v++) {
			int i = 0;
			int j = 0;
			int outs = g.outDegree(v);
			int ins = g.inDegree(v);
			while (i < outs || j < ins) {
				int a = i < outs ? g.outNeighbor(v, i) : Integer.MAX_VALUE;
				int b = j < ins ? g.inNeighbor(v, j) : Integer.MAX_VALUE;
				if (a < b) {
					nb[pos] = a;
					w[pos++] = g.weight(g.outEdge(v, i++));
				} else if (b < a) {
					nb[pos] = b;
					w[pos++] = g.weight(g.inEdge(v, j++));
				} else {
					nb[pos] = a;
					w[pos++] = g.weight(g.outEdge(v, i++)) + g.weight(g.inEdge(v, j++));
				}
			}
			off[v + 1] = pos;
		}
		this.offsets = off;
		this.neighbors = Arrays.copyOf(nb, pos);
		this.weights = Arrays.copyOf(w, pos);
	}

	/** @return number of nodes (same as the directed graph) */
	public int nodeCount() {
		return offsets.length - 1;
	}

	/** @return number of undirected edges (each counted once) */
	public int edgeCount() {
		return neighbors.length / 2;
	}

	/** @return number of distinct neighbours of {@code v} */
	public int degree(int v) {
		return offsets[v + 1] - offsets[v];
	}

	/** @return the {@code k}-th neighbour of {@code v} (ascending) */
	public int neighbor(int v, int k) {
		return neighbors[offsets[v] + k];
	}

	/** @return weight of the edge to the {@code k}-th neighbour of {@code v} */
	public double weight(int v, int k) {
		return weights[offsets[v] + k];
	}

	/** @return sum of the weights of the edges at {@code v} */
	public double strength(int v) {
		double s = 0;
		for (int k = offsets[v]; k < offsets[v + 1]; k++) {
			s += weights[k];
		}
		return s;
	}

	/** @return total weight of all undirected edges, each counted once */
	public double totalWeight() {
		double s = 0;
		for (double x : weights) {
			s += x;
		}
		return s / 2;
	}

	/** @return copy of the CSR offsets, length {@code n+1} */
	public int[] offsets() {
		return offsets.clone();
	}

	/** @return copy of the CSR neighbour array (each edge twice) */
	public int[] neighbors() {
		return neighbors.clone();
	}

	/** @return copy of the CSR weights, parallel to {@link #neighbors()} */
	public double[] weights() {
		return weights.clone();
	}
}
