package dev.valuenet.metrics.connectivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class ArticulationPointsTest {

	@Test
	void twoTrianglesJoinedByAnEdgeByHand() {
		// triangles {0,1,2} and {3,4,5}, joined by 2->3: removing 2 or 3 disconnects the graph.
		MetricsGraph g = TestGraphs.directed(6, new int[][] {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}});
		assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0}, new ArticulationPoints().scores(g));
	}

	@Test
	void karateClubEqualsNetworkx() {
		// networkx 3.6.1: sorted(nx.articulation_points(G)) == [0]
		boolean[] ap = ArticulationPoints.of(TestGraphs.karate());
		for (int v = 0; v < ap.length; v++) {
			assertEquals(v == 0, ap[v], "node " + v);
		}
	}

	@Test
	void directedGraphEqualsNetworkx() {
		// networkx 3.6.1: sorted(nx.articulation_points(H.to_undirected())) == [0, 5, 8]
		boolean[] ap = ArticulationPoints.of(TestGraphs.directed(11, TestGraphs.DIRECTED_EDGES));
		for (int v = 0; v < ap.length; v++) {
			assertEquals(v == 0 || v == 5 || v == 8, ap[v], "node " + v);
		}
	}

	@Test
	void rootWithOneChildIsNotAnArticulationPoint() {
		boolean[] ap = ArticulationPoints.of(TestGraphs.path(3));
		assertFalse(ap[0]);
		assertTrue(ap[1]);
		assertFalse(ap[2]);
	}

	@Test
	void longPathDoesNotOverflowTheStack() {
		int n = 100_000;
		boolean[] ap = ArticulationPoints.of(TestGraphs.path(n));
		int count = 0;
		for (boolean b : ap) {
			count += b ? 1 : 0;
		}
		assertEquals(n - 2, count);
		assertEquals(n - 1, Bridges.of(TestGraphs.path(n)).size());
	}
}
