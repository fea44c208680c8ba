package dev.valuenet.metrics.internal;

/**
 * Unweighted single-source BFS over CSR arrays, shared by closeness and path statistics.
 * Reuses the caller's work arrays so one thread runs many searches without allocating.
 */
public final class BreadthFirst {

	private BreadthFirst() {
	}

	/**
	 * Visits every node reachable from {@code source} along {@code adj}.
	 *
	 * @param dist  distances, all -1 on entry; on return the visited nodes hold their hop count
	 * @param queue on return {@code queue[0..tail)} are the visited nodes in BFS order (source first)
	 * @return {@code tail}, the number of visited nodes including the source; call
	 *         {@link #reset(int[], int[], int)} before the next search
	 */
	public static int search(int source, int[] off, int[] adj, int[] dist, int[] queue) {
		int head = 0;
		int tail = 0;
		queue[tail++] = source;
		dist[source] = 0;
		while (head < tail) {
			int v = queue[head++];
			int dv = dist[v] + 1;
			for (int e = off[v], end = off[v + 1]; e < end; e++) {
				int w = adj[e];
				if (dist[w] < 0) {
					dist[w] = dv;
					queue[tail++] = w;
				}
			}
		}
		return tail;
	}

	/** Sum of the distances of the visited nodes (the source counts 0). */
	public static long distanceSum(int[] dist, int[] queue, int tail) {
		long sum = 0;
		for (int i = 1; i < tail; i++) {
			sum += dist[queue[i]];
		}
		return sum;
	}

	/** Sets the visited nodes' distances back to -1. */
	public static void reset(int[] dist, int[] queue, int tail) {
		for (int i = 0; i < tail; i++) {
			dist[queue[i]] = -1;
		}
	}
}
