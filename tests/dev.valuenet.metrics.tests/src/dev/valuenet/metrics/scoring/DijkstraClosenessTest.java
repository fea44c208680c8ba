package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class DijkstraClosenessTest {

	@Test
	void pathByHand() {
		// a->b (2), b->c (1); lengths 1/2 and 1. Incoming distances: to b from a 0.5: r = 2,
		// C(b) = 1/0.5 * 1/2 = 1. To c from b 1 and from a 1.5: r = 3, C(c) = 2/2.5 * 2/2 = 0.8.
		// Nobody reaches a: 0.
		MetricsGraph g = MetricsGraph.builder().addEdge("a", "b", 2).addEdge("b", "c", 1).build();
		assertArrayEquals(new double[] {0, 1, 0.8}, new DijkstraCloseness().scores(g), 1e-15);
	}

	@Test
	void strongDetourIsCloserThanWeakShortcutByHand() {
		// a->c (0.25, length 4), a->b (1), b->c (1): a reaches c in 2 via b. C(c) = 2/(2+1) * 2/2.
		MetricsGraph g = MetricsGraph.builder().addEdge("a", "c", 0.25).addEdge("a", "b", 1).addEdge("b", "c", 1).build();
		// node ids in order of first mention: a 0, c 1, b 2
		assertArrayEquals(new double[] {0, 2.0 / 3, 0.5}, new DijkstraCloseness().scores(g), 1e-15);
	}

	@Test
	void equalsFloydWarshall() {
		// Independent check: all-pairs distances by Floyd-Warshall on 1/w, then the
		// Wasserman-Faust formula of NetworkX closeness_centrality, on random graphs.
		Random random = new Random(3);
		for (int round = 0; round < 30; round++) {
			int n = 2 + random.nextInt(12);
			MetricsGraph.Builder b = MetricsGraph.builder();
			for (int v = 0; v < n; v++) {
				b.addNode("n" + v);
			}
			for (int i = 0, m = random.nextInt(3 * n); i < m; i++) {
				b.addEdge(random.nextInt(n), random.nextInt(n), 0.1 + 10 * random.nextDouble());
			}
			MetricsGraph g = b.build();
			double[][] d = new double[n][n];
			for (int u = 0; u < n; u++) {
				java.util.Arrays.fill(d[u], Double.POSITIVE_INFINITY);
				d[u][u] = 0;
				for (int k = 0; k < g.outDegree(u); k++) {
					d[u][g.outNeighbor(u, k)] = 1.0 / g.weight(g.outEdge(u, k));
				}
			}
			for (int k = 0; k < n; k++) {
				for (int i = 0; i < n; i++) {
					for (int j = 0; j < n; j++) {
						d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
					}
				}
			}
			double[] expected = new double[n];
			for (int u = 0; u < n; u++) {
				double total = 0;
				int reach = 0;
				for (int v = 0; v < n; v++) {
					if (v != u && d[v][u] < Double.POSITIVE_INFINITY) {
						total += d[v][u];
						reach++;
					}
				}
				expected[u] = total > 0 && n > 1 ? reach / total * ((double) reach / (n - 1)) : 0;
			}
			assertArrayEquals(expected, new DijkstraCloseness(2).scores(g), 1e-12, "round " + round);
		}
	}
}
