package dev.valuenet.metrics.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class FlowEfficiencyTest {

	private final MetricsGraph g = MetricsGraph.builder().addEdge("A", "B", 1).addEdge("B", "C", 1)
			.addEdge("A", "C", 1).addEdge("D", "A", 1).addEdge("E", "D", 0).build();

	private double[] perEdge(double ab, double bc, double ac, double da, double ed) {
		double[] x = new double[g.edgeCount()];
		x[edge("A", "B")] = ab;
		x[edge("B", "C")] = bc;
		x[edge("A", "C")] = ac;
		x[edge("D", "A")] = da;
		x[edge("E", "D")] = ed;
		return x;
	}

	private int edge(String a, String b) {
		return g.edgeIndex(g.indexOf(a), g.indexOf(b));
	}

	@Test
	void fastestPathTotalsByHand() {
		// lead times A->B 2, B->C 3, A->C 6, D->A 1, E->D 1: A's fastest route is A-B-C (5 < 6)
		// cost 1 + 1 = 2, accuracy 0.9 * 0.8 = 0.72, bottleneck B->C (3).
		// D: D-A-B-C, lead 6, cost 2 + 2 = 4, accuracy 1.0 * 0.72, bottleneck B->C.
		FlowEfficiency fe = new FlowEfficiency(g, perEdge(2, 3, 6, 1, 1), perEdge(1, 1, 0.5, 2, 0),
				perEdge(0.9, 0.8, 0.99, 1.0, 1.0));
		FlowEfficiency.Paths p = fe.toSegment(g.indexOf("C"));
		int a = g.indexOf("A");
		assertEquals(5.0, p.leadTime(a));
		assertEquals(2.0, p.cost(a));
		assertEquals(0.72, p.accuracy(a), 1e-15);
		assertEquals(edge("B", "C"), p.bottleneck(a));
		assertArrayEquals(new int[] {edge("A", "B"), edge("B", "C")}, p.path(a));
		int d = g.indexOf("D");
		assertEquals(6.0, p.leadTime(d));
		assertEquals(4.0, p.cost(d));
		assertEquals(edge("B", "C"), p.bottleneck(d));
		int c = g.indexOf("C");
		assertEquals(0.0, p.leadTime(c));
		assertEquals(1.0, p.accuracy(c));
		assertEquals(-1, p.bottleneck(c));
	}

	@Test
	void equalLeadTimeTakesTheCheaperPathAndUnreachableIsDefined() {
		// A-B-C and A-C both take 5; A-C costs 0.5 < 2
		FlowEfficiency fe = new FlowEfficiency(g, perEdge(2, 3, 5, 1, 1), perEdge(1, 1, 0.5, 2, 0),
				perEdge(0.9, 0.8, 0.99, 1.0, 1.0));
		FlowEfficiency.Paths p = fe.toSegment(g.indexOf("C"));
		int a = g.indexOf("A");
		assertEquals(0.5, p.cost(a));
		assertEquals(0.99, p.accuracy(a));
		// nothing reaches E
		FlowEfficiency.Paths toE = fe.toSegment(g.indexOf("E"));
		assertFalse(toE.reachable(a));
		assertEquals(Double.POSITIVE_INFINITY, toE.leadTime(a));
		assertEquals(0.0, toE.accuracy(a));
		assertEquals(0, toE.path(a).length);
		assertTrue(toE.reachable(g.indexOf("E")));
	}

	@Test
	void invalidValuesAreRejectedNamingTheFlow() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new FlowEfficiency(g, perEdge(2, Double.NaN, 6, 1, 1), perEdge(1, 1, 1, 1, 1),
						perEdge(1, 1, 1, 1, 1)));
		assertTrue(e.getMessage().contains("B -> C"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new FlowEfficiency(g, perEdge(1, 1, 1, 1, 1),
				perEdge(1, 1, 1, 1, 1), perEdge(1, 1.5, 1, 1, 1)));
	}
}
