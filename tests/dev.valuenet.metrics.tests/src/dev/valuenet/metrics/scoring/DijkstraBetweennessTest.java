package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class DijkstraBetweennessTest {

	@Test
	void strongDetourBeatsWeakShortcutByHand() {
		// a->b (1), b->c (1), a->c (1/3). Lengths 1/w: a->b->c is 2, a->c is 3, so the only
		// shortest a-c path runs through b: raw 1, normalised 1/((n-1)(n-2)) = 1/2.
		// Unweighted the shortcut wins and b lies on nothing.
		MetricsGraph g = MetricsGraph.builder().addEdge("a", "b", 1).addEdge("b", "c", 1).addEdge("a", "c", 1.0 / 3).build();
		assertArrayEquals(new double[] {0, 0.5, 0}, new DijkstraBetweenness().scores(g), 1e-15);
		assertArrayEquals(new double[] {0, 0, 0}, new BrandesBetweenness().scores(g), 1e-15);
	}

	@Test
	void equalLengthsSplitThePairByHand() {
		// a->b (1), b->c (1), a->c (0.5): a->b->c has length 1 + 1 = 2, a->c has 1/0.5 = 2 (both
		// exact in binary), so two shortest paths: b gets 1/2 raw, 1/4 normalised.
		MetricsGraph g = MetricsGraph.builder().addEdge("a", "b", 1).addEdge("b", "c", 1).addEdge("a", "c", 0.5).build();
		assertArrayEquals(new double[] {0, 0.25, 0}, new DijkstraBetweenness().scores(g), 1e-15);
		assertArrayEquals(new double[] {0, 0.5, 0}, new DijkstraBetweenness(1, false).scores(g), 1e-15);
	}

	@Test
	void heavierBranchOfDiamondCarriesThePairByHand() {
		// s->a (2), a->t (2), s->b (1), b->t (1): via a 0.5 + 0.5 = 1, via b 1 + 1 = 2. Only the
		// pair (s,t) has an inner node, a: raw 1, normalised 1/6.
		MetricsGraph g = MetricsGraph.builder().addEdge("s", "a", 2).addEdge("a", "t", 2).addEdge("s", "b", 1)
				.addEdge("b", "t", 1).build();
		assertArrayEquals(new double[] {0, 1.0 / 6, 0, 0}, new DijkstraBetweenness().scores(g), 1e-15);
	}

	@Test
	void zeroWeightEdgeIsNoWay() {
		// a->b (0), a->c (1), c->b (1): the only way from a to b is a->c->b, so c carries (a,b): 1/2.
		MetricsGraph g = MetricsGraph.builder().addEdge("a", "b", 0).addEdge("a", "c", 1).addEdge("c", "b", 1).build();
		assertArrayEquals(new double[] {0, 0, 0.5}, new DijkstraBetweenness().scores(g), 1e-15);
	}

	@Test
	void uniformWeightsGiveTheKarateValuesOfNetworkx() {
		// Every edge weight 4 (length 1/4, exact): the shortest paths are those of the unweighted
		// graph, so the values are networkx 3.6.1 nx.betweenness_centrality(karate) as pasted in
		// BrandesBetweennessTest (which checks BrandesBetweenness against them).
		MetricsGraph karate = TestGraphs.karate();
		MetricsGraph.Builder b = MetricsGraph.builder();
		for (int[] e : TestGraphs.KARATE_EDGES) {
			b.addEdge(Integer.toString(e[0]), Integer.toString(e[1]), 4);
			b.addEdge(Integer.toString(e[1]), Integer.toString(e[0]), 4);
		}
		MetricsGraph heavy = b.build();
		double[] expected = new BrandesBetweenness().scores(karate);
		double[] actual = new DijkstraBetweenness().scores(heavy);
		double[] byLabel = new double[34];
		for (int v = 0; v < 34; v++) {
			byLabel[Integer.parseInt(heavy.label(v))] = actual[v];
		}
		double[] expectedByLabel = new double[34];
		for (int v = 0; v < 34; v++) {
			expectedByLabel[Integer.parseInt(karate.label(v))] = expected[v];
		}
		assertArrayEquals(expectedByLabel, byLabel, 1e-12);
	}

	@Test
	void equalsBruteForceEnumerationOfAllShortestPaths() {
		// Independent check: enumerate every simple s-t path by depth-first search, keep those of
		// minimal summed length 1/w, and count through which inner nodes they run. Weights are 1, 2
		// and 4, so lengths (1, 1/2, 1/4) and their sums are exact and many paths tie.
		Random random = new Random(11);
		for (int round = 0; round < 40; round++) {
			int n = 4 + random.nextInt(5);
			MetricsGraph.Builder b = MetricsGraph.builder();
			for (int v = 0; v < n; v++) {
				b.addNode("n" + v);
			}
			int m = n + random.nextInt(2 * n);
			for (int i = 0; i < m; i++) {
				b.addEdge(random.nextInt(n), random.nextInt(n), 1 << random.nextInt(3));
			}
			MetricsGraph g = b.build();
			assertArrayEquals(bruteForce(g), new DijkstraBetweenness(2, false).scores(g), 1e-12, "round " + round);
		}
	}

	@Test
	void resultDoesNotDependOnThreadCount() {
		Random r = new Random(5);
		MetricsGraph.Builder b = MetricsGraph.builder();
		for (int v = 0; v < 300; v++) {
			b.addNode("n" + v);
		}
		for (int i = 0; i < 1500; i++) {
			b.addEdge(r.nextInt(300), r.nextInt(300), 1 + r.nextInt(9));
		}
		MetricsGraph g = b.build();
		assertArrayEquals(new DijkstraBetweenness(1, true).scores(g), new DijkstraBetweenness(3, true).scores(g), 0.0);
	}

	@Test
	void tinyGraphsGiveZeros() {
		assertArrayEquals(new double[0], new DijkstraBetweenness().scores(MetricsGraph.builder().build()));
		assertArrayEquals(new double[] {0, 0}, new DijkstraBetweenness().scores(TestGraphs.path(2)));
	}

	/** Unnormalised betweenness by enumerating all simple paths (exponential; tiny graphs only). */
	private static double[] bruteForce(MetricsGraph g) {
		int n = g.nodeCount();
		double[] bc = new double[n];
		for (int s = 0; s < n; s++) {
			for (int t = 0; t < n; t++) {
				if (s == t) {
					continue;
				}
				double[] best = {Double.POSITIVE_INFINITY};
				java.util.List<int[]> shortest = new java.util.ArrayList<>();
				walk(g, s, t, new boolean[n], new int[n], 0, 0.0, best, shortest);
				for (int[] path : shortest) {
					for (int i = 1; i < path.length - 1; i++) {
						bc[path[i]] += 1.0 / shortest.size();
					}
				}
			}
		}
		return bc;
	}

	private static void walk(MetricsGraph g, int v, int t, boolean[] onPath, int[] path, int depth, double length, double[] best,
			java.util.List<int[]> shortest) {
		path[depth] = v;
		if (v == t) {
			if (length < best[0]) {
				best[0] = length;
				shortest.clear();
			}
			if (length == best[0]) {
				shortest.add(java.util.Arrays.copyOf(path, depth + 1));
			}
			return;
		}
		onPath[v] = true;
		for (int k = 0; k < g.outDegree(v); k++) {
			int w = g.outNeighbor(v, k);
			if (!onPath[w]) {
				walk(g, w, t, onPath, path, depth + 1, length + 1.0 / g.weight(g.outEdge(v, k)), best, shortest);
			}
		}
		onPath[v] = false;
	}
}
