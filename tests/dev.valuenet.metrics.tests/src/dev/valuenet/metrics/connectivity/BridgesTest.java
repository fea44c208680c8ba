package dev.valuenet.metrics.connectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class BridgesTest {

	@Test
	void twoTrianglesJoinedByAnEdgeByHand() {
		MetricsGraph g = TestGraphs.directed(6, new int[][] {{0, 1}, {1, 2}, {2, 0}, {3, 2}, {3, 4}, {4, 5}, {5, 3}});
		assertEquals(List.of(new NodePair(2, 3)), Bridges.of(g));
	}

	@Test
	void oppositeFlowsAreOneUndirectedEdge() {
		// a<->b is a single undirected edge, so it is a bridge
		assertEquals(List.of(new NodePair(0, 1)), Bridges.of(TestGraphs.bidirected(2, new int[][] {{0, 1}})));
	}

	@Test
	void karateClubEqualsNetworkx() {
		// networkx 3.6.1: list(nx.bridges(G)) == [(0, 11)]
		assertEquals(List.of(new NodePair(0, 11)), Bridges.of(TestGraphs.karate()));
	}

	@Test
	void directedGraphEqualsNetworkx() {
		// networkx 3.6.1: sorted(nx.bridges(H.to_undirected())) == [(0, 8), (5, 10), (8, 9)]
		assertEquals(List.of(new NodePair(0, 8), new NodePair(5, 10), new NodePair(8, 9)),
				Bridges.of(TestGraphs.directed(11, TestGraphs.DIRECTED_EDGES)));
	}

	@Test
	void emptyGraphHasNoBridges() {
		assertEquals(List.of(), Bridges.of(MetricsGraph.builder().build()));
	}
}
