package dev.valuenet.metrics.resilience;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class DominatorsTest {

	/**
	 * Two suppliers feed an OEM, which sells through a dealer to buyers; a second OEM path exists
	 * only for supplier B:
	 *
	 * <pre>
	 * A -> OEM -> Dealer -> Buyers
	 * B -> OEM
	 * B -> Direct -> Buyers
	 * </pre>
	 *
	 * By hand: every path from {A, B} to Dealer passes through OEM, so Dealer's dominators are
	 * [OEM]. Buyers are reached via Dealer (from A or B) and via Direct (from B): no single node is
	 * on all paths, so Buyers have none. OEM is reached from A and from B: none.
	 */
	@Test
	void handWorkedSupplyChain() {
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "OEM", 1).addEdge("B", "OEM", 1).addEdge("OEM", "Dealer", 1)
				.addEdge("Dealer", "Buyers", 1).addEdge("B", "Direct", 1).addEdge("Direct", "Buyers", 1).build();
		int[] roots = { g.indexOf("A"), g.indexOf("B") };
		Dominators d = Dominators.of(g, roots);
		assertArrayEquals(new int[] { g.indexOf("OEM") }, d.strictDominators(g.indexOf("Dealer")));
		assertArrayEquals(new int[0], d.strictDominators(g.indexOf("Buyers")));
		assertArrayEquals(new int[0], d.strictDominators(g.indexOf("OEM")));
	}

	/** A single chain R -> X -> Y -> S: S is dominated by Y then X (nearest first). */
	@Test
	void chainIsDominatedByEveryInnerNode() {
		MetricsGraph g = MetricsGraph.builder().addEdge("R", "X", 1).addEdge("X", "Y", 1).addEdge("Y", "S", 1).build();
		Dominators d = Dominators.of(g, new int[] { g.indexOf("R") });
		assertArrayEquals(new int[] { g.indexOf("Y"), g.indexOf("X"), g.indexOf("R") }, d.strictDominators(g.indexOf("S")));
	}

	/** Cycles (money flowing back) do not confuse it; unreachable nodes have no dominators. */
	@Test
	void cyclesAndUnreachableNodes() {
		MetricsGraph g = MetricsGraph.builder().addEdge("R", "X", 1).addEdge("X", "S", 1).addEdge("S", "X", 1).build();
		Dominators d = Dominators.of(g, new int[] { g.indexOf("R") });
		assertArrayEquals(new int[] { g.indexOf("X"), g.indexOf("R") }, d.strictDominators(g.indexOf("S")));
		MetricsGraph h = MetricsGraph.builder().addEdge("R", "X", 1).addEdge("U", "V", 1).build();
		Dominators e = Dominators.of(h, new int[] { h.indexOf("R") });
		assertFalse(e.reachable(h.indexOf("V")));
		assertArrayEquals(new int[0], e.strictDominators(h.indexOf("V")));
	}
}
