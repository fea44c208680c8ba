package dev.valuenet.metrics.connectivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.TestGraphs;

class ConnectedComponentsTest {

	@Test
	void weakComponentsNumberedBySmallestNode() {
		// 0->1, 2 alone, 4->3: components {0,1}, {2}, {3,4}
		int[] c = ConnectedComponents.of(TestGraphs.directed(5, new int[][] {{0, 1}, {4, 3}}).undirected());
		assertArrayEquals(new int[] {0, 0, 1, 2, 2}, c);
		assertEquals(3, ConnectedComponents.count(c));
	}
}
