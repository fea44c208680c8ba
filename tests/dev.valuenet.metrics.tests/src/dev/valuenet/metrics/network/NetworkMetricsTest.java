package dev.valuenet.metrics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class NetworkMetricsTest {

	@Test
	void densityByHand() {
		// 3 nodes, 2 edges of 3*2 = 6 possible ordered pairs
		assertEquals(1.0 / 3, NetworkMetrics.density(TestGraphs.path(3)), 1e-15);
		// networkx 3.6.1: nx.density(karate.to_directed()) = 0.13903743315508021 (156 / (34*33))
		assertEquals(0.13903743315508021, NetworkMetrics.density(TestGraphs.karate()), 1e-15);
		assertEquals(0.0, NetworkMetrics.density(MetricsGraph.builder().build()));
	}

	@Test
	void reciprocityByHand() {
		// a<->b plus b->c: 2 of 3 edges have their reverse
		MetricsGraph g = TestGraphs.directed(3, new int[][] {{0, 1}, {1, 0}, {1, 2}});
		assertEquals(2.0 / 3, NetworkMetrics.reciprocity(g), 1e-15);
		assertEquals(1.0, NetworkMetrics.reciprocity(TestGraphs.karate()), 1e-15);
		// networkx 3.6.1: nx.reciprocity(nx.DiGraph(DIRECTED_EDGES)) == 0.0
		assertEquals(0.0, NetworkMetrics.reciprocity(TestGraphs.directed(11, TestGraphs.DIRECTED_EDGES)));
		assertEquals(0.0, NetworkMetrics.reciprocity(MetricsGraph.builder().build()));
	}

	@Test
	void pathStatisticsOverReachablePairsByHand() {
		// a->b->c: reachable pairs (a,b)=1, (a,c)=2, (b,c)=1 -> mean 4/3, diameter 2, 3 of 6 pairs
		PathStatistics s = NetworkMetrics.pathStatistics(TestGraphs.path(3), 1);
		assertEquals(2, s.diameter());
		assertEquals(4.0 / 3, s.averagePathLength(), 1e-15);
		assertEquals(3, s.reachablePairs());
		assertEquals(6, s.allPairs());
		assertFalse(s.stronglyConnected());
	}

	@Test
	void directedCycleMatchesNetworkxDefinition() {
		// 4-cycle: from each node distances 1, 2, 3 -> mean 2, diameter 3 (nx.diameter,
		// nx.average_shortest_path_length on the strongly connected cycle give the same)
		MetricsGraph g = TestGraphs.directed(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
		PathStatistics s = NetworkMetrics.pathStatistics(g);
		assertEquals(3, s.diameter());
		assertEquals(2.0, s.averagePathLength(), 1e-15);
		assertTrue(s.stronglyConnected());
	}

	@Test
	void karateEqualsNetworkx() {
		// networkx: nx.diameter(G) == 5, nx.average_shortest_path_length(G) == 2.408199643493761
		PathStatistics s = NetworkMetrics.pathStatistics(TestGraphs.karate());
		assertEquals(5, s.diameter());
		assertEquals(2.408199643493761, s.averagePathLength(), 1e-12);
	}

	@Test
	void noPairsGivesZeros() {
		PathStatistics s = NetworkMetrics.pathStatistics(MetricsGraph.builder().build());
		assertEquals(0, s.diameter());
		assertEquals(0.0, s.averagePathLength());
	}
}
