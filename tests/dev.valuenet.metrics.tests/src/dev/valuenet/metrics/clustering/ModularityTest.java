package dev.valuenet.metrics.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class ModularityTest {

	@Test
	void weightedByHandAndNetworkx() {
		// Undirected weights {0,1}=3 (flows 2 + 1 in opposite directions), {1,2}=1, {2,3}=2, {3,0}=1,
		// {0,2}=1; W = 8. Partition {0,1},{2,3}:
		// {0,1}: L = 3, K = 5 + 4 = 9; {2,3}: L = 2, K = 4 + 3 = 7.
		// Q = 3/8 - (9/16)^2 + 2/8 - (7/16)^2 = 0.625 - 130/256 = 0.1171875
		// (networkx 3.6.1 modularity(G, [{0,1},{2,3}]) = 0.1171875; resolution 0.5: 0.37109375)
		MetricsGraph g = MetricsGraph.builder().addEdge("0", "1", 2).addEdge("1", "0", 1).addEdge("1", "2", 1)
				.addEdge("2", "3", 2).addEdge("3", "0", 1).addEdge("0", "2", 1).build();
		int[] p = {0, 0, 1, 1};
		assertEquals(0.1171875, Modularity.of(g, p), 1e-15);
		assertEquals(0.37109375, Modularity.of(g.undirected(), p, 0.5, true), 1e-15);
	}

	@Test
	void twoSeparateEdgesByHand() {
		// two disjoint edges, each its own community: W = 2, each L = 1, K = 2
		// Q = 2 * (1/2 - (2/4)^2) = 1/2
		MetricsGraph g = TestGraphs.directed(4, new int[][] {{0, 1}, {2, 3}});
		assertEquals(0.5, Modularity.of(g, new int[] {0, 0, 1, 1}), 1e-15);
		// everything in one community: Q = 1 - 1 = 0
		assertEquals(0.0, Modularity.of(g, new int[] {0, 0, 0, 0}), 1e-15);
	}

	@Test
	void karateClubSplitEqualsNetworkx() {
		// networkx 3.6.1: modularity(G, [Mr. Hi's club, Officer's club]) on the unweighted graph
		int[] club = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
				1, 1};
		MetricsGraph g = TestGraphs.directed(34, TestGraphs.KARATE_EDGES);
		assertEquals(0.3582347140039448, Modularity.of(g, club), 1e-12);
	}

	@Test
	void noEdgesGivesZero() {
		MetricsGraph.Builder b = MetricsGraph.builder();
		b.addNode("a");
		assertEquals(0.0, Modularity.of(b.build(), new int[] {0}));
	}
}
