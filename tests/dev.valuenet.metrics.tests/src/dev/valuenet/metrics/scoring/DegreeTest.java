package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class DegreeTest {

	@Test
	void degreesCountDistinctCounterpartsAndStrengthSumsWeights() {
		// A->B twice (2 + 3), A->C (1), C->B (4): out-degree A = 2 (B, C), in-degree B = 2 (A, C);
		// in-strength B = 2 + 3 + 4 = 9, out-strength A = 6.
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "B", 2).addEdge("A", "B", 3).addEdge("A", "C", 1)
				.addEdge("C", "B", 4).build();
		assertArrayEquals(new double[] {2, 0, 1}, new Degree(Degree.Kind.OUT).scores(g));
		assertArrayEquals(new double[] {0, 2, 1}, new Degree(Degree.Kind.IN).scores(g));
		assertArrayEquals(new double[] {6, 0, 4}, new Degree(Degree.Kind.OUT_STRENGTH).scores(g));
		assertArrayEquals(new double[] {0, 9, 1}, new Degree(Degree.Kind.IN_STRENGTH).scores(g));
	}
}
