package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class EigenvectorCentralityTest {

	@Test
	void starByHand() {
		// Star K(1,3), bipartite: lambda = sqrt(3); centre c, leaves l with sqrt(3) l = c and
		// 3 l = sqrt(3) c; unit norm c^2 + 3 l^2 = 1 -> c = 1/sqrt(2), l = 1/sqrt(6).
		// Plain power iteration on A would oscillate here; A + I converges.
		MetricsGraph g = TestGraphs.directed(4, new int[][] {{0, 1}, {0, 2}, {3, 0}});
		double l = 1 / Math.sqrt(6);
		assertArrayEquals(new double[] {1 / Math.sqrt(2), l, l, l}, new EigenvectorCentrality().scores(g), 1e-12);
	}

	@Test
	void karateClubEqualsNetworkx() {
		// networkx 3.6.1: nx.eigenvector_centrality_numpy(G), unweighted karate graph
		double[] expected = {0.3554914445245669, 0.2659599195524916, 0.3171925044864316, 0.21117972037789018,
				0.07596881818306919, 0.07948304511709976, 0.07948304511709976, 0.17095974804479636,
				0.22740390712540018, 0.10267425072358617, 0.07596881818306918, 0.05285569749352139,
				0.08425462871671378, 0.22647272014248124, 0.10140326218952461, 0.10140326218952461,
				0.023635628104591536, 0.09239953819570262, 0.10140326218952461, 0.14791251029338748,
				0.10140326218952461, 0.09239953819570262, 0.10140326218952461, 0.15011857186115282,
				0.05705244054116571, 0.059206474916778516, 0.07557941348827213, 0.1334771533802401,
				0.13107782298371073, 0.13496081926232772, 0.17475830231435283, 0.1910338414065439,
				0.30864421979104695, 0.373363470291483};
		assertArrayEquals(expected, new EigenvectorCentrality().scores(TestGraphs.karate()), 1e-10);
	}

	@Test
	void directedGraphUsesUndirectedViewLikeNetworkx() {
		// networkx 3.6.1: nx.eigenvector_centrality_numpy(nx.DiGraph(DIRECTED_EDGES).to_undirected())
		double[] expected = {0.32692003587506113, 0.46678915938269583, 0.4159255886299268, 0.4811845553676875,
				0.3051261897566098, 0.28708438374441564, 0.20677042106415344, 0.16700285735092799,
				0.11935947411993991, 0.038940232868456305, 0.09365936670156005};
		assertArrayEquals(expected,
				new EigenvectorCentrality().scores(TestGraphs.directed(11, TestGraphs.DIRECTED_EDGES)), 1e-10);
	}

	@Test
	void disconnectedGraphKeepsTheComponentWithTheLargestEigenvalue() {
		// triangle (lambda 2) + K4 (lambda 3) + an edge (lambda 1): the K4 wins, 1/2 on each of its
		// nodes (networkx on the K4 subgraph gives 0.5 each), 0 elsewhere.
		int[][] edges = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {3, 5}, {3, 6}, {4, 5}, {4, 6}, {5, 6}, {7, 8}};
		double[] x = new EigenvectorCentrality().scores(TestGraphs.directed(9, edges));
		assertArrayEquals(new double[] {0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0, 0}, x, 1e-12);
	}

	@Test
	void edgelessAndEmptyGiveZeros() {
		MetricsGraph.Builder b = MetricsGraph.builder();
		b.addNode("a");
		b.addNode("b");
		assertArrayEquals(new double[] {0, 0}, new EigenvectorCentrality().scores(b.build()));
		assertArrayEquals(new double[0], new EigenvectorCentrality().scores(MetricsGraph.builder().build()));
	}

	@Test
	void longPathTerminatesAndIsSymmetric() {
		// a path has a spectral gap of order 1/n^2, the worst case for power iteration; the
		// iteration cap must stop it. Exact values: x_i ~ sin(i pi / (n+1)), symmetric.
		int n = 2000;
		double[] x = new EigenvectorCentrality().scores(dev.valuenet.metrics.TestGraphs.path(n));
		org.junit.jupiter.api.Assertions.assertEquals(x[0], x[n - 1], 1e-9);
		org.junit.jupiter.api.Assertions.assertTrue(x[n / 2] > x[n / 4] && x[n / 4] > x[0]);
	}

	@Test
	void weightedPathByHand() {
		// Undirected a-b of weight 3 and b-c of weight 4 (given as a->b and c->b, the undirected view
		// sums directions): A = [[0,3,0],[3,0,4],[0,4,0]] has lambda = 5 and A (3,5,4) = 5 (3,5,4),
		// so x = (3,5,4)/sqrt(50). Unweighted it would be (1, sqrt 2, 1)/2.
		MetricsGraph g = MetricsGraph.builder().addEdge("a", "b", 3).addEdge("c", "b", 4).build();
		double r = Math.sqrt(50);
		org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {3 / r, 5 / r, 4 / r},
				new EigenvectorCentrality(true).scores(g), 1e-10);
		org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.5, Math.sqrt(0.5), 0.5},
				new EigenvectorCentrality().scores(g), 1e-10);
	}

	@Test
	void weightScaleDoesNotMatter() {
		// A and 1e6 A have the same eigenvectors; a bipartite graph (a 4-cycle with one heavy edge)
		// also needs the shift to converge at any scale.
		MetricsGraph small = MetricsGraph.builder().addEdge("a", "b", 1).addEdge("b", "c", 2).addEdge("c", "d", 1)
				.addEdge("d", "a", 1).build();
		MetricsGraph large = MetricsGraph.builder().addEdge("a", "b", 1e6).addEdge("b", "c", 2e6).addEdge("c", "d", 1e6)
				.addEdge("d", "a", 1e6).build();
		org.junit.jupiter.api.Assertions.assertArrayEquals(new EigenvectorCentrality(true).scores(small),
				new EigenvectorCentrality(true).scores(large), 1e-10);
	}
}
