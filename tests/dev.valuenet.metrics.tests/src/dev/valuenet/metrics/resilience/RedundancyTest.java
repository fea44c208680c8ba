package dev.valuenet.metrics.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class RedundancyTest {

	@Test
	void hhiByHand() {
		// B buys from A1 (1), A2 (1), A3 (2): shares 1/4, 1/4, 1/2 -> HHI 1/16 + 1/16 + 1/4 = 0.375
		MetricsGraph g = MetricsGraph.builder().addEdge("A1", "B", 1).addEdge("A2", "B", 1).addEdge("A3", "B", 2)
				.addEdge("A1", "Z", 0).addEdge("A2", "Z", 0).build();
		Redundancy r = Redundancy.of(g);
		int b = g.indexOf("B");
		assertEquals(3, r.suppliers(b));
		assertEquals(4.0, r.inflow(b));
		assertEquals(0.375, r.hhi(b), 1e-15);
		// zero-weight inflows: equal shares, 2 suppliers -> 1/2
		assertEquals(0.5, r.hhi(g.indexOf("Z")), 1e-15);
		// no supplier at all
		assertEquals(0, r.suppliers(g.indexOf("A1")));
		assertEquals(0.0, r.hhi(g.indexOf("A1")));
	}

	@Test
	void singleSupplierIsFullyConcentrated() {
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "B", 7).build();
		assertEquals(1.0, Redundancy.of(g).hhi(1));
	}

	@Test
	void perKindByHand() {
		// B gets goods from A1 (3) and A2 (1), information from A1 only
		MetricsGraph g = MetricsGraph.builder().addEdge("A1", "B", 3).addEdge("A2", "B", 1).addEdge("A3", "B", 5)
				.build();
		int[] kind = new int[g.edgeCount()];
		kind[g.edgeIndex(g.indexOf("A3"), g.indexOf("B"))] = 1;
		Redundancy[] r = Redundancy.byKind(g, kind, 2);
		int b = g.indexOf("B");
		assertEquals(2, r[0].suppliers(b));
		assertEquals(0.75 * 0.75 + 0.25 * 0.25, r[0].hhi(b), 1e-15);
		assertEquals(1, r[1].suppliers(b));
		assertEquals(1.0, r[1].hhi(b), 1e-15);
	}
}
