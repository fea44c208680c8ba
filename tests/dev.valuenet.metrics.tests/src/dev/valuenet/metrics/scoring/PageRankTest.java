package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class PageRankTest {

	@Test
	void twoCycleIsUniformByHand() {
		// a<->b is symmetric, so the stationary distribution is (1/2, 1/2).
		MetricsGraph g = TestGraphs.bidirected(2, new int[][] {{0, 1}});
		assertArrayEquals(new double[] {0.5, 0.5}, new PageRank().scores(g), 1e-15);
	}

	@Test
	void danglingSinkByHand() {
		// a->b, b dangling. Fixed point: x_a = 0.15/2 + 0.85 * x_b/2,
		// x_b = 0.15/2 + 0.85 * (x_a + x_b/2). With x_a + x_b = 1: x_a = 0.075 + 0.425 x_b
		// -> x_b = 0.925/1.425 = 0.649122..., x_a = 0.350877...
		double[] pr = new PageRank(0.85, 1e-15, 1000, false).scores(TestGraphs.path(2));
		assertEquals(0.925 / 1.425, pr[1], 1e-12);
		assertEquals(1 - 0.925 / 1.425, pr[0], 1e-12);
	}

	@Test
	void directedGraphEqualsNetworkx() {
		// networkx 3.6.1: nx.pagerank(nx.DiGraph(DIRECTED_EDGES), alpha=0.85)
		double[] expected = {0.06561158267030123, 0.12940282323728675, 0.0778282213158659, 0.119536106544778,
				0.14926999379212413, 0.14971287676496936, 0.0778282213158659, 0.0889852389177965,
				0.02283124257186484, 0.032534584497335414, 0.08645910837181217};
		assertArrayEquals(expected, new PageRank().scores(TestGraphs.directed(11, TestGraphs.DIRECTED_EDGES)), 1e-12);
	}

	@Test
	void karateBidirectedEqualsNetworkx() {
		// networkx 3.6.1: nx.pagerank(G.to_directed(), alpha=0.85) on the unweighted karate graph
		double[] expected = {0.09700181758983706, 0.052878391037427, 0.05707842304763673, 0.035860643223064786,
				0.021979406974834498, 0.02911334166344221, 0.029113341663442205, 0.02449075803950918,
				0.029765339186167028, 0.014308950284462798, 0.021979406974834494, 0.009564916863537146,
				0.014645186487916188, 0.02953631497720298, 0.014535161524273824, 0.014535161524273824,
				0.016785378110253487, 0.01455885977424349, 0.014535161524273824, 0.01960441671193729,
				0.014535161524273824, 0.01455885977424349, 0.014535161524273824, 0.03152091531163227,
				0.021075455001162945, 0.02100562817474579, 0.015043395360629753, 0.025638803528350497,
				0.019572960509438537, 0.026287262837112076, 0.024589336534292478, 0.037156635922679405,
				0.07169213006588289, 0.1009179167487121};
		assertArrayEquals(expected, new PageRank().scores(TestGraphs.karate()), 1e-12);
	}

	@Test
	void weightedFollowsWeightsByHand() {
		// a->b (3), a->c (1), b->a, c->a, alpha 0.85, n = 3, teleport 0.15/3 = 0.05:
		// x_a = 0.05 + 0.85 (x_b + x_c) = 0.05 + 0.85 (1 - x_a)  ->  x_a = 0.9 / 1.85
		// x_b = 0.05 + 0.85 * 3/4 * x_a,  x_c = 0.05 + 0.85 * 1/4 * x_a
		MetricsGraph g = MetricsGraph.builder().addEdge("a", "b", 3).addEdge("a", "c", 1).addEdge("b", "a", 1)
				.addEdge("c", "a", 1).build();
		double xa = 0.9 / 1.85;
		double[] pr = new PageRank(0.85, 1e-15, 1000, true).scores(g);
		assertArrayEquals(new double[] {xa, 0.05 + 0.6375 * xa, 0.05 + 0.2125 * xa}, pr, 1e-12);
		// unweighted, b and c are symmetric
		double[] plain = new PageRank(0.85, 1e-15, 1000, false).scores(g);
		assertEquals(plain[1], plain[2], 1e-15);
	}

	@Test
	void emptyGraph() {
		assertArrayEquals(new double[0], new PageRank().scores(MetricsGraph.builder().build()));
	}
}
