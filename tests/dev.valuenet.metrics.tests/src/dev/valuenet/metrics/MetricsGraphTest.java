package dev.valuenet.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsGraphTest {

	@Test
	void parallelFlowsAreMergedWithSummedWeight() {
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "B", 2).addEdge("A", "B", 3).addEdge("B", "A", 1)
				.addEdge("A", "C", 0).build();
		assertEquals(3, g.nodeCount());
		assertEquals(3, g.edgeCount());
		int a = g.indexOf("A");
		int b = g.indexOf("B");
		int ab = g.edgeIndex(a, b);
		assertEquals(5.0, g.weight(ab));
		assertEquals(2, g.flowCount(ab));
		assertEquals(a, g.source(ab));
		assertEquals(b, g.target(ab));
		// a zero-weight flow still makes an edge
		assertTrue(g.edgeIndex(a, g.indexOf("C")) >= 0);
		assertEquals(2, g.outDegree(a));
		assertEquals(5.0, g.outStrength(a));
		assertEquals(5.0, g.inStrength(b));
		assertEquals(-1, g.edgeIndex(b, g.indexOf("C")));
	}

	@Test
	void selfLoopsAreDropped() {
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "A", 4).addEdge("A", "B", 1).build();
		assertEquals(1, g.edgeCount());
		assertEquals(-1, g.edgeIndex(0, 0));
	}

	@ParameterizedTest
	@ValueSource(doubles = {-1.0, Double.NaN, Double.POSITIVE_INFINITY})
	void invalidWeightIsRejectedNamingTheFlow(double w) {
		MetricsGraph.Builder b = MetricsGraph.builder();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.addEdge("Mill", "Bakery", w));
		assertTrue(e.getMessage().contains("Mill -> Bakery"), e.getMessage());
	}

	@Test
	void adjacencyIsSortedAndInEdgesPointToOutEdges() {
		MetricsGraph g = TestGraphs.directed(4, new int[][] {{0, 3}, {0, 1}, {2, 1}, {3, 1}, {0, 2}});
		assertArrayEquals(new int[] {1, 2, 3}, new int[] {g.outNeighbor(0, 0), g.outNeighbor(0, 1), g.outNeighbor(0, 2)});
		assertEquals(3, g.inDegree(1));
		for (int k = 0; k < g.inDegree(1); k++) {
			int e = g.inEdge(1, k);
			assertEquals(g.inNeighbor(1, k), g.source(e));
			assertEquals(1, g.target(e));
		}
		assertArrayEquals(new int[] {0, 2, 3}, new int[] {g.inNeighbor(1, 0), g.inNeighbor(1, 1), g.inNeighbor(1, 2)});
	}

	@Test
	void undirectedViewMergesOppositeFlows() {
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "B", 2).addEdge("B", "A", 3).addEdge("B", "C", 1).build();
		UndirectedView u = g.undirected();
		assertEquals(2, u.edgeCount());
		assertEquals(1, u.degree(0));
		assertEquals(5.0, u.weight(0, 0));
		assertEquals(2, u.degree(1));
		assertEquals(6.0, u.strength(1));
		assertEquals(6.0, u.totalWeight());
	}

	@Test
	void inducedSubgraphKeepsLabelsAndWeights() {
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "B", 2).addEdge("B", "C", 3).addEdge("A", "C", 4).build();
		MetricsGraph h = g.inducedSubgraph(new boolean[] {true, false, true});
		assertEquals(2, h.nodeCount());
		assertEquals(1, h.edgeCount());
		assertEquals(4.0, h.weight(h.edgeIndex(h.indexOf("A"), h.indexOf("C"))));
		assertEquals(-1, h.indexOf("B"));
	}

	@Test
	void emptyGraphIsValid() {
		MetricsGraph g = MetricsGraph.builder().build();
		assertEquals(0, g.nodeCount());
		assertEquals(0, g.edgeCount());
		assertEquals(0, g.undirected().edgeCount());
	}
}
