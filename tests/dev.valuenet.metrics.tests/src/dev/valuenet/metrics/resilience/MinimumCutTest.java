package dev.valuenet.metrics.resilience;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class MinimumCutTest {

	/** s1->a (5), s2->b (2), a->t (1), a->b (3), b->t (4). */
	private static MetricsGraph net() {
		return MetricsGraph.builder().addEdge("s1", "a", 5).addEdge("s2", "b", 2).addEdge("a", "t", 1)
				.addEdge("a", "b", 3).addEdge("b", "t", 4).build();
	}

	@Test
	void weightedCutByHand() {
		// candidate cuts: {a->t, b->t} = 5, {s1->a, s2->b} = 7, {a->t, a->b, s2->b} = 6 -> minimum 5
		MetricsGraph g = net();
		int[] sources = {g.indexOf("s1"), g.indexOf("s2")};
		MinimumCut.Result r = MinimumCut.between(g, sources, g.indexOf("t"), false);
		assertEquals(5.0, r.value(), 1e-12);
		assertArrayEquals(new int[] {g.edgeIndex(g.indexOf("a"), g.indexOf("t")),
				g.edgeIndex(g.indexOf("b"), g.indexOf("t"))}, r.cutEdges());
		assertTrue(r.sourceSide()[g.indexOf("b")]);
	}

	@Test
	void unitCapacitiesCountEdgeDisjointPaths() {
		// s1->a->t and s2->b->t are edge-disjoint, and {a->t, b->t} separates: 2
		MetricsGraph g = net();
		MinimumCut.Result r = MinimumCut.between(g, new int[] {g.indexOf("s1"), g.indexOf("s2")}, g.indexOf("t"), true);
		assertEquals(2.0, r.value(), 1e-12);
		assertEquals(2, r.cutEdges().length);
	}

	@Test
	void edgeCases() {
		MetricsGraph g = net();
		int t = g.indexOf("t");
		assertEquals(0.0, MinimumCut.between(g, new int[0], t, false).value());
		assertEquals(Double.POSITIVE_INFINITY, MinimumCut.between(g, new int[] {t}, t, false).value());
		// t cannot reach s1
		assertEquals(0.0, MinimumCut.between(g, new int[] {t}, g.indexOf("s1"), false).value());
	}
}
