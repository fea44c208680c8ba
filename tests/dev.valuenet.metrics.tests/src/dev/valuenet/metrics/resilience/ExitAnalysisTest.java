package dev.valuenet.metrics.resilience;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class ExitAnalysisTest {

	/** S1->F (2), S2->F (3), F->C (5), S2->G (1), G->C (4), G->D (7); C and D are segments. */
	private static MetricsGraph chain() {
		return MetricsGraph.builder().addEdge("S1", "F", 2).addEdge("S2", "F", 3).addEdge("F", "C", 5)
				.addEdge("S2", "G", 1).addEdge("G", "C", 4).addEdge("G", "D", 7).build();
	}

	private static int id(MetricsGraph g, String label) {
		return g.indexOf(label);
	}

	@Test
	void removingTheOnlyRouteOfOneSupplierByHand() {
		MetricsGraph g = chain();
		ExitAnalysis.Result r = ExitAnalysis.analyze(g, new int[] {id(g, "C")}, new int[] {id(g, "F")});
		ExitAnalysis.SegmentImpact c = r.segments().get(0);
		// value of C before: F->C 5 + G->C 4 + S1->F 2 + S2->F 3 + S2->G 1 = 15; after: G->C 4 + S2->G 1 = 5
		assertEquals(15.0, c.valueBefore());
		assertEquals(5.0, c.valueAfter());
		assertEquals(10.0, c.valueAtRisk());
		// S1 only reached C through F; S2 still does through G
		assertArrayEquals(new int[] {id(g, "S1")}, c.cutOff());
		// lost: S1->F, S2->F, F->C
		assertEquals(3, r.flowsLost());
		assertEquals(10.0, r.weightLost());
		assertEquals(10.0, r.totalValueAtRisk());
		assertEquals(g.nodeCount() - 1, r.remaining().nodeCount());
		assertEquals(-1, r.remaining().indexOf("F"));
	}

	@Test
	void edgesFeedingTwoSegmentsCountOnceInTheTotal() {
		MetricsGraph g = chain();
		int c = id(g, "C");
		int d = id(g, "D");
		ExitAnalysis.Result r = ExitAnalysis.analyze(g, new int[] {c, d}, new int[] {id(g, "G")});
		// C loses G->C 4 and S2->G 1; D loses G->D 7 and S2->G 1
		assertEquals(5.0, r.segments().get(0).valueAtRisk());
		assertEquals(8.0, r.segments().get(1).valueAtRisk());
		assertArrayEquals(new int[0], r.segments().get(0).cutOff());
		assertArrayEquals(new int[] {id(g, "S2")}, r.segments().get(1).cutOff());
		// all 6 edges fed a segment before (22), 3 still do (S1->F, S2->F, F->C = 10): 12, not 13
		assertEquals(12.0, r.totalValueAtRisk());
	}

	@Test
	void removingTheSegmentPutsAllItsValueAtRisk() {
		MetricsGraph g = chain();
		ExitAnalysis.Result r = ExitAnalysis.analyze(g, new int[] {id(g, "C")}, new int[] {id(g, "C")});
		ExitAnalysis.SegmentImpact c = r.segments().get(0);
		assertTrue(c.segmentRemoved());
		assertEquals(15.0, c.valueAtRisk());
		assertEquals(4, c.cutOff().length);
	}

	@Test
	void nothingRemovedChangesNothing() {
		MetricsGraph g = chain();
		ExitAnalysis.Result r = ExitAnalysis.analyze(g, new int[] {id(g, "C")}, new int[0]);
		assertEquals(0.0, r.totalValueAtRisk());
		assertEquals(0, r.flowsLost());
		assertEquals(0, r.segments().get(0).cutOff().length);
	}

	@Test
	void unknownNodeIsRejected() {
		MetricsGraph g = chain();
		assertThrows(IllegalArgumentException.class, () -> ExitAnalysis.analyze(g, new int[] {99}, new int[0]));
	}
}
