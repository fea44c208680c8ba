package dev.valuenet.metrics.connectivity;

import java.util.Arrays;

import dev.valuenet.metrics.UndirectedView;

/**
 * Connected components of the undirected view (weakly connected components of the
 * directed graph), NetworkX {@code connected_components(G.to_undirected())}.
 *
 * <p>Components are numbered {@code 0..k-1} in order of their smallest node id.
 * Iterative BFS: {@code O(n + m)} time and memory.
 */
public final class ConnectedComponents {

	private ConnectedComponents() {
	}

	/**
	 * @param g the undirected view
	 * @return the component number of each node
	 */
	public static int[] of(UndirectedView g) {
		int n = g.nodeCount();
		int[] comp = new int[n];
		Arrays.fill(comp, -1);
		int[] queue = new int[n];
		int count = 0;
		for (int s = 0; s < n; s++) {
			if (comp[s] >= 0) {
				continue;
			}
			int head = 0;
			int tail = 0;
			queue[tail++] = s;
			comp[s] = count;
			while (head < tail) {
				int v = queue[head++];
				for (int k = 0, d = g.degree(v); k < d; k++) {
					int w = g.neighbor(v, k);
					if (comp[w] < 0) {
						comp[w] = count;
						queue[tail++] = w;
					}
				}
			}
			count++;
		}
		return comp;
	}

	/** @return the number of components in a result of {@link #of(UndirectedView)} */
	public static int count(int[] components) {
		int max = -1;
		for (int c : components) {
			max = Math.max(max, c);
		}
		return max + 1;
	}
}
