package dev.valuenet.metrics.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class LeidenCommunitiesTest {

	@Test
	void karateClubReachesThePublishedOptimum() {
		// The maximum modularity of the karate club is 0.4198 with 4 communities
		// (U. Brandes et al., "On modularity clustering", IEEE TKDE 20(2), 2008, exact ILP).
		Partition p = new LeidenCommunities().partition(TestGraphs.directed(34, TestGraphs.KARATE_EDGES));
		assertEquals(0.4198, p.modularity(), 1e-4);
		assertEquals(4, p.communityCount());
		assertEquals(Modularity.of(TestGraphs.karate(), p.membership()), p.modularity(), 1e-15);
	}

	@Test
	void twoCliquesJoinedByOneEdgeAreTwoCommunities() {
		// K4 {0..3} and K4 {4..7} joined by 3-4
		int[][] edges = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {4, 5}, {4, 6}, {4, 7}, {5, 6}, {5, 7},
				{6, 7}, {3, 4}};
		Partition p = new LeidenCommunities().partition(TestGraphs.directed(8, edges));
		assertEquals(2, p.communityCount());
		for (int v = 1; v < 4; v++) {
			assertEquals(p.community(0), p.community(v));
			assertEquals(p.community(4), p.community(v + 4));
		}
		assertNotEquals(p.community(0), p.community(4));
	}

	@Test
	void resolutionZeroMergesEachComponent() {
		// gamma = 0: modularity reduces to the internal weight share, maximal with one community
		// per connected component
		Partition p = new LeidenCommunities(0.0, 10, 0, true).partition(TestGraphs.karate());
		assertEquals(1, p.communityCount());
	}

	@Test
	void sameSeedSameResult() {
		MetricsGraph g = TestGraphs.karate();
		assertEquals(new LeidenCommunities().partition(g), new LeidenCommunities().partition(g));
	}

	@Test
	void edgelessAndEmptyGraphs() {
		MetricsGraph.Builder b = MetricsGraph.builder();
		b.addNode("a");
		b.addNode("b");
		Partition p = new LeidenCommunities().partition(b.build());
		assertEquals(2, p.communityCount());
		assertEquals(0.0, p.modularity());
		assertEquals(0, new LeidenCommunities().partition(MetricsGraph.builder().build()).communityCount());
		// zero-weight flows: total weight 0, so singletons
		MetricsGraph zero = MetricsGraph.builder().addEdge("a", "b", 0).build();
		assertTrue(new LeidenCommunities().partition(zero).communityCount() == 2);
	}
}
