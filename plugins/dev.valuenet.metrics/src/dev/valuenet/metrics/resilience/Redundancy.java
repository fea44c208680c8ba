package dev.valuenet.metrics.resilience;

import dev.valuenet.metrics.MetricsGraph;

/**
 * Supplier redundancy and concentration of each node's inflow.
 *
 * <p><b>Definitions.</b> For node {@code v} (per inflow kind, when kinds are given):
 * <ul>
 * <li>{@code suppliers(v)}: number of distinct nodes with an edge into {@code v};</li>
 * <li>{@code inflow(v)}: total weight of those edges;</li>
 * <li>{@code hhi(v)}: Herfindahl-Hirschman index {@code sum_u (w(u,v) / inflow(v))^2}
 * in {@code [1/suppliers, 1]} (1 = a single supplier). When all inflow weights
 * are 0 the shares are taken as equal ({@code hhi = 1/suppliers}); with no
 * supplier at all {@code hhi = 0} - callers check {@code suppliers} first.</li>
 * </ul>
 * Reference: the HHI as used in competition economics (U.S. DoJ Horizontal Merger
 * Guidelines), here on fractions instead of percentages.
 *
 * <p><b>Complexity.</b> {@code O(n + m)}.
 */
public final class Redundancy {

	private final int[] suppliers;
	private final double[] inflow;
	private final double[] hhi;

	private Redundancy(int n) {
		suppliers = new int[n];
		inflow = new double[n];
		hhi = new double[n];
	}

	/** @return distinct suppliers of node {@code v} */
	public int suppliers(int v) {
		return suppliers[v];
	}

	/** @return total inflow weight of node {@code v} */
	public double inflow(int v) {
		return inflow[v];
	}

	/** @return HHI concentration of node {@code v}'s inflow (0 when it has no supplier) */
	public double hhi(int v) {
		return hhi[v];
	}

	/** @return number of nodes covered */
	public int nodeCount() {
		return suppliers.length;
	}

	/**
	 * Redundancy over all edges of {@code g} (for one inflow kind, build one graph
	 * per kind, or use {@link #byKind}).
	 *
	 * @param g the graph
	 * @return redundancy per node
	 */
	public static Redundancy of(MetricsGraph g) {
		return byKind(g, new int[g.edgeCount()], 1)[0];
	}

	/**
	 * Redundancy per inflow kind.
	 *
	 * @param g         the graph
	 * @param edgeKind  kind of each edge, indexed by edge index, in {@code [0, kindCount)}
	 * @param kindCount number of kinds
	 * @return one result per kind
	 */
	public static Redundancy[] byKind(MetricsGraph g, int[] edgeKind, int kindCount) {
		int n = g.nodeCount();
		if (edgeKind.length != g.edgeCount()) {
			throw new IllegalArgumentException("edgeKind has " + edgeKind.length + " entries for " + g.edgeCount()
					+ " edges");
		}
		Redundancy[] result = new Redundancy[kindCount];
		for (int k = 0; k < kindCount; k++) {
			result[k] = new Redundancy(n);
		}
		for (int e = 0; e < edgeKind.length; e++) {
			if (edgeKind[e] < 0 || edgeKind[e] >= kindCount) {
				throw new IllegalArgumentException("edge " + e + " has kind " + edgeKind[e] + " outside [0,"
						+ kindCount + ")");
			}
		}
		for (int v = 0; v < n; v++) {
			for (int j = 0; j < g.inDegree(v); j++) {
				int e = g.inEdge(v, j);
				Redundancy r = result[edgeKind[e]];
				r.suppliers[v]++;
				r.inflow[v] += g.weight(e);
			}
			for (int j = 0; j < g.inDegree(v); j++) {
				int e = g.inEdge(v, j);
				Redundancy r = result[edgeKind[e]];
				double share = r.inflow[v] > 0 ? g.weight(e) / r.inflow[v] : 1.0 / r.suppliers[v];
				r.hhi[v] += share * share;
			}
		}
		return result;
	}
}
