package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class ClosenessCentralityTest {

	@Test
	void directedPathUsesIncomingDistancesByHand() {
		// a->b->c, n = 3. a: nobody reaches it -> 0.
		// b: reached by a at 1: r = 2, sum 1 -> (1/1) * (1/2) = 1/2.
		// c: reached by a at 2 and b at 1: r = 3, sum 3 -> (2/3) * (2/2) = 2/3.
		assertArrayEquals(new double[] {0, 0.5, 2.0 / 3}, new ClosenessCentrality().scores(TestGraphs.path(3)), 1e-15);
	}

	@Test
	void directedGraphEqualsNetworkx() {
		// networkx 3.6.1: nx.closeness_centrality(nx.DiGraph(DIRECTED_EDGES))
		double[] expected = {0.2206896551724138, 0.32000000000000006, 0.24615384615384617, 0.32000000000000006,
				0.32000000000000006, 0.24615384615384617, 0.2782608695652174, 0.24615384615384617, 0.0, 0.1,
				0.2314285714285714};
		assertArrayEquals(expected,
				new ClosenessCentrality(2).scores(TestGraphs.directed(11, TestGraphs.DIRECTED_EDGES)), 1e-12);
	}

	@Test
	void karateClubEqualsNetworkx() {
		// networkx 3.6.1: nx.closeness_centrality(G), unweighted karate graph
		double[] expected = {0.5689655172413793, 0.4852941176470588, 0.559322033898305, 0.4647887323943662,
				0.3793103448275862, 0.38372093023255816, 0.38372093023255816, 0.44, 0.515625, 0.4342105263157895,
				0.3793103448275862, 0.36666666666666664, 0.3707865168539326, 0.515625, 0.3707865168539326,
				0.3707865168539326, 0.28448275862068967, 0.375, 0.3707865168539326, 0.5, 0.3707865168539326, 0.375,
				0.3707865168539326, 0.39285714285714285, 0.375, 0.375, 0.3626373626373626, 0.4583333333333333,
				0.4520547945205479, 0.38372093023255816, 0.4583333333333333, 0.5409836065573771, 0.515625, 0.55};
		assertArrayEquals(expected, new ClosenessCentrality().scores(TestGraphs.karate()), 1e-12);
	}

	@Test
	void emptyAndSingleNode() {
		assertArrayEquals(new double[0], new ClosenessCentrality().scores(MetricsGraph.builder().build()));
		MetricsGraph.Builder b = MetricsGraph.builder();
		b.addNode("solo");
		assertArrayEquals(new double[] {0}, new ClosenessCentrality().scores(b.build()));
	}
}
