package dev.valuenet.metrics.flow;

import java.util.Arrays;
import java.util.PriorityQueue;

import dev.valuenet.metrics.MetricsGraph;

/**
 * Flow efficiency along value paths into a customer segment.
 *
 * <p><b>Definitions.</b> Each edge {@code e} has a lead time {@code t(e) >= 0}, a
 * cost {@code c(e) >= 0} and an accuracy {@code a(e)} in {@code [0,1]} (share of
 * the flow that arrives right). For a node {@code u} the <em>value path</em> to
 * segment {@code s} is the directed path {@code u -> ... -> s} with the least total
 * lead time; ties are broken by the least total cost, then by the smallest
 * next-hop node id, so the choice is deterministic. Along that path:
 * <ul>
 * <li>{@link Paths#leadTime(int)}: sum of {@code t(e)};</li>
 * <li>{@link Paths#cost(int)}: sum of {@code c(e)};</li>
 * <li>{@link Paths#accuracy(int)}: product of {@code a(e)} (independent steps);</li>
 * <li>{@link Paths#bottleneck(int)}: the edge with the largest lead time (the
 * first one from {@code u} on a tie).</li>
 * </ul>
 * A node without a path to {@code s} has lead time and cost {@code +Infinity},
 * accuracy 0, bottleneck -1. The segment itself has 0, 0, 1, -1.
 *
 * <p><b>Algorithm and complexity.</b> Dijkstra's algorithm (E. Dijkstra, 1959) from
 * {@code s} on the reversed graph with lexicographic (lead time, cost) keys:
 * {@code O(m log m)}; the like of NetworkX
 * {@code single_source_dijkstra(G.reverse(), s, weight="lead_time")}.
 *
 * <p><b>Caller guarantees.</b> Per-edge arrays are indexed by edge index and have
 * length {@code m}; invalid values (NaN, negative, infinite, accuracy above 1)
 * are rejected with {@link IllegalArgumentException} naming the edge.
 */
public final class FlowEfficiency {

	private final MetricsGraph g;
	private final double[] leadTime;
	private final double[] cost;
	private final double[] accuracy;

	/**
	 * @param g        the graph
	 * @param leadTime lead time per edge
	 * @param cost     cost per edge
	 * @param accuracy accuracy per edge, in {@code [0,1]}
	 */
	public FlowEfficiency(MetricsGraph g, double[] leadTime, double[] cost, double[] accuracy) {
		this.g = g;
		this.leadTime = check(g, leadTime, "lead time", Double.POSITIVE_INFINITY);
		this.cost = check(g, cost, "cost", Double.POSITIVE_INFINITY);
		this.accuracy = check(g, accuracy, "accuracy", 1.0);
	}

	private static double[] check(MetricsGraph g, double[] values, String what, double max) {
		if (values.length != g.edgeCount()) {
			throw new IllegalArgumentException(what + " has " + values.length + " entries for " + g.edgeCount()
					+ " edges");
		}
		for (int e = 0; e < values.length; e++) {
			double x = values[e];
			if (!(x >= 0) || Double.isInfinite(x) || x > max) {
				throw new IllegalArgumentException("flow " + g.label(g.source(e)) + " -> " + g.label(g.target(e))
						+ " has invalid " + what + " " + x);
			}
		}
		return values.clone();
	}

	/**
	 * @param segment node id of the customer segment
	 * @return the value paths of every node into the segment
	 */
	public Paths toSegment(int segment) {
		int n = g.nodeCount();
		if (segment < 0 || segment >= n) {
			throw new IllegalArgumentException("unknown segment node id " + segment);
		}
		double[] time = new double[n];
		double[] sumCost = new double[n];
		int[] next = new int[n];
		boolean[] done = new boolean[n];
		Arrays.fill(time, Double.POSITIVE_INFINITY);
		Arrays.fill(sumCost, Double.POSITIVE_INFINITY);
		Arrays.fill(next, -1);
		record Entry(double time, double cost, int node) implements Comparable<Entry> {
			@Override
			public int compareTo(Entry o) {
				int c = Double.compare(time, o.time);
				if (c == 0) {
					c = Double.compare(cost, o.cost);
				}
				return c != 0 ? c : Integer.compare(node, o.node);
			}
		}
		PriorityQueue<Entry> queue = new PriorityQueue<>();
		time[segment] = 0;
		sumCost[segment] = 0;
		queue.add(new Entry(0, 0, segment));
		int[] order = new int[n];
		int settled = 0;
		while (!queue.isEmpty()) {
			Entry top = queue.poll();
			int v = top.node();
			if (done[v]) {
				continue;
			}
			done[v] = true;
			order[settled++] = v;
			for (int k = 0; k < g.inDegree(v); k++) {
				int u = g.inNeighbor(v, k);
				if (done[u]) {
					continue;
				}
				int e = g.inEdge(v, k);
				double t = time[v] + leadTime[e];
				double c = sumCost[v] + cost[e];
				boolean better = t < time[u] || (t == time[u] && (c < sumCost[u]
						|| (c == sumCost[u] && next[u] >= 0 && v < g.target(next[u]))));
				if (better) {
					time[u] = t;
					sumCost[u] = c;
					next[u] = e;
					queue.add(new Entry(t, c, u));
				}
			}
		}
		// Settled order is a topological order of the path tree (segment first).
		double[] acc = new double[n];
		int[] bottleneck = new int[n];
		Arrays.fill(bottleneck, -1);
		for (int i = 0; i < settled; i++) {
			int v = order[i];
			if (v == segment) {
				acc[v] = 1;
				continue;
			}
			int e = next[v];
			int w = g.target(e);
			acc[v] = accuracy[e] * acc[w];
			int b = bottleneck[w];
			bottleneck[v] = (b < 0 || leadTime[e] >= leadTime[b]) ? e : b;
		}
		return new Paths(g, segment, time, sumCost, acc, bottleneck, next);
	}

	/** Value paths of all nodes into one segment. */
	public static final class Paths {

		private final MetricsGraph g;
		private final int segment;
		private final double[] time;
		private final double[] cost;
		private final double[] accuracy;
		private final int[] bottleneck;
		private final int[] next;

		Paths(MetricsGraph g, int segment, double[] time, double[] cost, double[] accuracy, int[] bottleneck,
				int[] next) {
			this.g = g;
			this.segment = segment;
			this.time = time;
			this.cost = cost;
			this.accuracy = accuracy;
			this.bottleneck = bottleneck;
			this.next = next;
		}

		/** @return the segment node id */
		public int segment() {
			return segment;
		}

		/** @return whether {@code u} has a path to the segment */
		public boolean reachable(int u) {
			return time[u] != Double.POSITIVE_INFINITY;
		}

		/** @return total lead time of {@code u}'s value path (+Infinity if none) */
		public double leadTime(int u) {
			return time[u];
		}

		/** @return total cost of {@code u}'s value path (+Infinity if none) */
		public double cost(int u) {
			return cost[u];
		}

		/** @return end-to-end accuracy of {@code u}'s value path (0 if none) */
		public double accuracy(int u) {
			return accuracy[u];
		}

		/** @return edge index of the slowest step on {@code u}'s value path, or -1 */
		public int bottleneck(int u) {
			return bottleneck[u];
		}

		/** @return the edge indices of {@code u}'s value path, from {@code u} to the segment */
		public int[] path(int u) {
			if (!reachable(u)) {
				return new int[0];
			}
			int[] edges = new int[g.nodeCount()];
			int count = 0;
			for (int v = u; v != segment; v = g.target(next[v])) {
				edges[count++] = next[v];
			}
			return Arrays.copyOf(edges, count);
		}
	}
}
