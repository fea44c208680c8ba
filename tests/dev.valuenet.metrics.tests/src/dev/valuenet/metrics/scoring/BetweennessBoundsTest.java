package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class BetweennessBoundsTest {

	@Test
	void karateClubHasNoNodeAboveHalfProvedBeforeAllSources() {
		// published: Mr. Hi (node 0) has the highest betweenness of the karate club, 0.4376
		BetweennessBounds bounds = new BetweennessBounds(TestGraphs.karate(), 2);
		assertTrue(bounds.atMost(null, 0.5, Cancellation.NONE));
		assertTrue(bounds.searched() < 34, "searched " + bounds.searched() + " of 34 sources");
		assertTrue(bounds.atMost(new int[] { 0 }, 0.438, Cancellation.NONE));
		assertFalse(bounds.atMost(new int[] { 0 }, 0.437, Cancellation.NONE));
		assertFalse(bounds.atMost(null, 0.43, Cancellation.NONE));
		assertEquals(0.4376, bounds.scores(Cancellation.NONE)[0], 1e-4);
	}

	@Test
	void starHubIsFoundAboveHalfWithoutSearchingEverySource() {
		// hub 0 with two-way spokes to 20 leaves: every path between two leaves runs through it (by hand: 1.0)
		int leaves = 20;
		int[][] spokes = new int[leaves][];
		for (int i = 0; i < leaves; i++) {
			spokes[i] = new int[] { 0, i + 1 };
		}
		BetweennessBounds bounds = new BetweennessBounds(TestGraphs.bidirected(leaves + 1, spokes), 2);
		assertFalse(bounds.atMost(null, 0.5, Cancellation.NONE));
		assertTrue(bounds.searched() < leaves + 1, "searched " + bounds.searched() + " of 21 sources");
		assertTrue(bounds.atMost(new int[] { 5, 6 }, 0.0, Cancellation.NONE), "a leaf lies on no path");
		double[] expected = new double[leaves + 1];
		expected[0] = 1.0;
		assertArrayEquals(expected, bounds.scores(Cancellation.NONE), 1e-15);
	}

	@Test
	void answersAgreeWithTheExactScoresAndTheScoresAreBrandesBitForBit() {
		MetricsGraph g = BrandesBetweennessTest.random(400, 2000, 11);
		double[] exact = new BrandesBetweenness(1, true).scores(g);
		double highest = Arrays.stream(exact).max().orElseThrow();
		for (int threads : new int[] { 1, 3 }) {
			BetweennessBounds bounds = new BetweennessBounds(g, threads);
			for (double bound : new double[] { 0.9, 0.5, highest * 1.05, highest * 0.95, highest / 2 }) {
				boolean all = Arrays.stream(exact).allMatch(x -> x <= bound);
				assertEquals(all, bounds.atMost(null, bound, Cancellation.NONE), "all at most " + bound);
				int top = indexOf(exact, highest);
				assertEquals(exact[top] <= bound, bounds.atMost(new int[] { top }, bound, Cancellation.NONE), "top at most " + bound);
			}
			assertArrayEquals(exact, bounds.scores(Cancellation.NONE), 0.0);
		}
	}

	@Test
	void tinyGraphsAreAtMostAnyNonNegativeBound() {
		BetweennessBounds bounds = new BetweennessBounds(TestGraphs.path(2), 1);
		assertTrue(bounds.atMost(null, 0.0, Cancellation.NONE));
		assertFalse(bounds.atMost(null, -0.1, Cancellation.NONE));
		assertArrayEquals(new double[] { 0, 0 }, bounds.scores(Cancellation.NONE));
	}

	private static int indexOf(double[] values, double value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return -1;
	}
}
