package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class SampledBetweennessTest {

	@Test
	void sampleSizeFollowsTheHoeffdingBound() {
		// k = ceil((n/(n-1))^2 ln(2n/delta) / (2 eps^2)), by hand (python3: math.log(2e6) = 14.508657738524219):
		// n = 10,000, eps 0.05, delta 0.01: 1.00020003 * 14.5086577 / 0.005 = 2902.3 -> 2903
		assertEquals(2903, SampledBetweenness.sampleSize(10_000, 0.05, 0.01));
		// n = 50,000: ln(1e7) = 16.11809565, * (50000/49999)^2 = 16.11874 / 0.005 = 3223.7 -> 3224
		assertEquals(3224, SampledBetweenness.sampleSize(50_000, 0.05, 0.01));
		// never more sources than nodes: then it is exact
		assertEquals(500, SampledBetweenness.sampleSize(500, 0.05, 0.01));
	}

	@Test
	void smallGraphsAreExact() {
		MetricsGraph karate = TestGraphs.karate();
		SampledBetweenness sampled = new SampledBetweenness(0.05, 0.01, 3L, 2);
		assertTrue(sampled.isExact(karate));
		assertArrayEquals(new BrandesBetweenness().scores(karate), sampled.scores(karate), 1e-15);
	}

	@Test
	void theHubOfAStarIsFoundWithinTheBound() {
		// bidirected star, centre 0 and 2,999 leaves: every leaf-to-leaf shortest path runs through the
		// centre, so its normalized betweenness is exactly 1 and every leaf's is 0 (by hand). With
		// eps 0.1 the estimator searches from k of the 3,000 nodes, k = ceil((3000/2999)^2 ln(600000) / 0.02)
		// = ceil(1.000667 * 13.30468 / 0.02) = 666 (python3 math.log); each leaf source adds
		// n-2 to the centre, scaled by n/k/((n-1)(n-2)): the estimate is n/(n-1) * (leaf sources)/k,
		// within 1/(n-1) + 1/k of 1 whichever sources are drawn.
		int n = 3_000;
		int[][] edges = new int[n - 1][];
		for (int leaf = 1; leaf < n; leaf++) {
			edges[leaf - 1] = new int[] { 0, leaf };
		}
		MetricsGraph star = TestGraphs.bidirected(n, edges);
		SampledBetweenness sampled = new SampledBetweenness(0.1, 0.01, 7L, 2);
		assertFalse(sampled.isExact(star));
		assertEquals(666, sampled.sampleSize(star));
		double[] scores = sampled.scores(star);
		assertEquals(1.0, scores[0], 1.0 / (n - 1) + 1.0 / 666);
		for (int leaf = 1; leaf < n; leaf++) {
			assertEquals(0.0, scores[leaf], 0.0);
		}
	}

	@Test
	void estimatesOfARandomGraphStayWithinTheBound() {
		MetricsGraph g = BrandesBetweennessTest.random(2_000, 10_000, 11);
		double[] exact = new BrandesBetweenness().scores(g);
		SampledBetweenness sampled = new SampledBetweenness(0.1, 0.01, 0L, 2);
		double[] estimate = sampled.scores(g);
		double exactSum = 0;
		double estimateSum = 0;
		for (int v = 0; v < g.nodeCount(); v++) {
			assertEquals(exact[v], estimate[v], 0.1, "node " + v);
			exactSum += exact[v];
			estimateSum += estimate[v];
		}
		// unbiased and scaled by n/k: on this homogeneous graph the totals agree closely (a missing
		// n/k factor would leave a third of the total)
		assertEquals(exactSum, estimateSum, 0.05 * exactSum);
	}

	@Test
	void sameSampleOnAnyNumberOfThreads() {
		MetricsGraph g = BrandesBetweennessTest.random(3_000, 12_000, 5);
		assertArrayEquals(new SampledBetweenness(0.1, 0.01, 1L, 1).scores(g), new SampledBetweenness(0.1, 0.01, 1L, 3).scores(g), 0.0);
	}

	@Test
	void pollsTheCancelFlagBeforeEverySourceAndStops() {
		MetricsGraph g = BrandesBetweennessTest.random(400, 2_000, 3);
		AtomicInteger polls = new AtomicInteger();
		new BrandesBetweenness(2, true).scores(g, () -> {
			polls.incrementAndGet();
			return false;
		});
		assertEquals(400, polls.get(), "one poll per source: a cancel is seen within one breadth-first search");

		AtomicInteger searches = new AtomicInteger();
		Cancellation afterTen = () -> searches.incrementAndGet() > 10;
		assertThrows(CancellationException.class, () -> new BrandesBetweenness(1, true).scores(g, afterTen));
		assertEquals(11, searches.get(), "the computation stops at the first poll that sees the flag");
		assertThrows(CancellationException.class, () -> new ClosenessCentrality(2).scores(g, () -> true));
	}
}
