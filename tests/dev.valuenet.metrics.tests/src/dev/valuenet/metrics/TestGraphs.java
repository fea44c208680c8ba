package dev.valuenet.metrics;

/**
 * Graphs with independently known metric values, shared by the tests.
 */
public final class TestGraphs {

	/**
	 * Zachary's karate club (W. Zachary, J. Anthropol. Res. 33(4), 1977): 34 members,
	 * 78 friendships, 0-based as in NetworkX {@code karate_club_graph()}.
	 */
	public static final int[][] KARATE_EDGES = {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8},
			{0, 10}, {0, 11}, {0, 12}, {0, 13}, {0, 17}, {0, 19}, {0, 21}, {0, 31}, {1, 2}, {1, 3}, {1, 7}, {1, 13},
			{1, 17}, {1, 19}, {1, 21}, {1, 30}, {2, 3}, {2, 7}, {2, 8}, {2, 9}, {2, 13}, {2, 27}, {2, 28}, {2, 32},
			{3, 7}, {3, 12}, {3, 13}, {4, 6}, {4, 10}, {5, 6}, {5, 10}, {5, 16}, {6, 16}, {8, 30}, {8, 32}, {8, 33},
			{9, 33}, {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33}, {18, 32}, {18, 33}, {19, 33}, {20, 32},
			{20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29}, {23, 32}, {23, 33}, {24, 25}, {24, 27},
			{24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31}, {28, 33}, {29, 32}, {29, 33}, {30, 32},
			{30, 33}, {31, 32}, {31, 33}, {32, 33}};

	/**
	 * A directed test graph of 11 nodes: two 3-cycles (0,1,2) and (3,4,5) linked both
	 * ways, a detour 1-6-7-4, a source 8 feeding 0 and the sink 9, and the sink 10.
	 * Reference values for it come from NetworkX 3.6.1 on
	 * {@code nx.DiGraph(DIRECTED_EDGES)} with nodes 0..10.
	 */
	public static final int[][] DIRECTED_EDGES = {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {1, 6},
			{6, 7}, {7, 4}, {8, 0}, {8, 9}, {3, 1}, {5, 10}};

	private TestGraphs() {
	}

	/** Nodes named "0".."n-1", one unit-weight edge per pair. */
	public static MetricsGraph directed(int n, int[][] edges) {
		MetricsGraph.Builder b = MetricsGraph.builder();
		for (int v = 0; v < n; v++) {
			b.addNode(Integer.toString(v));
		}
		for (int[] e : edges) {
			b.addEdge(e[0], e[1], 1.0);
		}
		return b.build();
	}

	/** Each undirected edge as two opposite directed edges, the NetworkX {@code G.to_directed()}. */
	public static MetricsGraph bidirected(int n, int[][] edges) {
		MetricsGraph.Builder b = MetricsGraph.builder();
		for (int v = 0; v < n; v++) {
			b.addNode(Integer.toString(v));
		}
		for (int[] e : edges) {
			b.addEdge(e[0], e[1], 1.0);
			b.addEdge(e[1], e[0], 1.0);
		}
		return b.build();
	}

	/** The karate club as a bidirected graph. */
	public static MetricsGraph karate() {
		return bidirected(34, KARATE_EDGES);
	}

	/** Directed path 0 -> 1 -> ... -> n-1. */
	public static MetricsGraph path(int n) {
		int[][] edges = new int[Math.max(0, n - 1)][];
		for (int i = 0; i + 1 < n; i++) {
			edges[i] = new int[] {i, i + 1};
		}
		return directed(n, edges);
	}
}
