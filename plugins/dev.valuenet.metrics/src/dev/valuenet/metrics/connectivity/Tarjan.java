package dev.valuenet.metrics.connectivity;

import java.util.ArrayList;
import java.util.List;

import dev.valuenet.metrics.UndirectedView;

/**
 * Iterative Hopcroft-Tarjan depth-first search computing articulation points and
 * bridges in one pass. Recursion was rejected: a path of 100,000 actors would
 * overflow the thread stack.
 */
final class Tarjan {

	final boolean[] articulation;
	final List<NodePair> bridges = new ArrayList<>();

	Tarjan(UndirectedView g) {
		int n = g.nodeCount();
		articulation = new boolean[n];
		int[] disc = new int[n];
		int[] low = new int[n];
		int[] parent = new int[n];
		int[] next = new int[n];
		int[] stack = new int[n];
		java.util.Arrays.fill(disc, -1);
		int time = 0;
		for (int root = 0; root < n; root++) {
			if (disc[root] >= 0) {
				continue;
			}
			int top = 0;
			stack[top++] = root;
			disc[root] = low[root] = time++;
			parent[root] = -1;
			int rootChildren = 0;
			while (top > 0) {
				int v = stack[top - 1];
				if (next[v] < g.degree(v)) {
					int w = g.neighbor(v, next[v]++);
					if (disc[w] < 0) {
						parent[w] = v;
						disc[w] = low[w] = time++;
						stack[top++] = w;
						if (v == root) {
							rootChildren++;
						}
					} else if (w != parent[v]) {
						// The view is simple, so skipping the parent by id skips exactly the tree edge.
						low[v] = Math.min(low[v], disc[w]);
					}
				} else {
					top--;
					int p = parent[v];
					if (p >= 0) {
						low[p] = Math.min(low[p], low[v]);
						if (low[v] > disc[p]) {
							bridges.add(new NodePair(Math.min(p, v), Math.max(p, v)));
						}
						if (p != root && low[v] >= disc[p]) {
							articulation[p] = true;
						}
					}
				}
			}
			if (rootChildren > 1) {
				articulation[root] = true;
			}
		}
		bridges.sort(null);
	}
}
