package dev.valuenet.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.TestGraphs;

class BrandesBetweennessTest {

	@Test
	void directedPathByHand() {
		// a->b->c->d. b lies on the only shortest paths a->c and a->d (2 pairs), c on a->d
		// and b->d (2 pairs); ends lie on none. Normalised by 1/((n-1)(n-2)) = 1/6: 1/3.
		double[] bc = new BrandesBetweenness().scores(TestGraphs.path(4));
		assertArrayEquals(new double[] {0, 1.0 / 3, 1.0 / 3, 0}, bc, 1e-15);
	}

	@Test
	void diamondSplitsPathCountsByHand() {
		// s->a, s->b, a->t, b->t: two shortest s->t paths, one via a, one via b: raw 1/2 each,
		// normalised 1/2 * 1/6 = 1/12.
		MetricsGraph g = TestGraphs.directed(4, new int[][] {{0, 1}, {0, 2}, {1, 3}, {2, 3}});
		assertArrayEquals(new double[] {0, 1.0 / 12, 1.0 / 12, 0}, new BrandesBetweenness().scores(g), 1e-15);
		assertArrayEquals(new double[] {0, 0.5, 0.5, 0}, new BrandesBetweenness(1, false).scores(g), 1e-15);
	}

	@Test
	void karateClubEqualsNetworkx() {
		// networkx 3.6.1: nx.betweenness_centrality(G) on the unweighted karate graph (78 edges).
		// For the bidirected graph the directed raw values double and the directed normalisation
		// halves them again, so the values are the same.
		double[] expected = {0.43763528138528146, 0.053936688311688304, 0.14365680615680618,
				0.011909271284271283, 0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0.0,
				0.05592682780182781, 0.0008477633477633478, 0.0006313131313131313, 0.0, 0.0, 0.04586339586339586,
				0.0, 0.0, 0.0, 0.0, 0.0, 0.03247504810004811, 0.0, 0.0, 0.0, 0.017613636363636363,
				0.0022095959595959595, 0.0038404882154882154, 0.0, 0.02233345358345358, 0.0017947330447330447,
				0.0029220779220779218, 0.014411976911976909, 0.13827561327561325, 0.145247113997114,
				0.30407497594997596};
		assertArrayEquals(expected, new BrandesBetweenness().scores(TestGraphs.karate()), 1e-12);
		// published: Mr. Hi (node 0) has the highest betweenness, 0.4376
		assertEquals(0.4376, new BrandesBetweenness().scores(TestGraphs.karate())[0], 1e-4);
	}

	@Test
	void directedGraphEqualsNetworkx() {
		// networkx 3.6.1: nx.betweenness_centrality(nx.DiGraph(DIRECTED_EDGES))
		double[] expected = {0.10555555555555556, 0.3666666666666667, 0.15, 0.3, 0.2555555555555556,
				0.2555555555555556, 0.1277777777777778, 0.1277777777777778, 0.0, 0.0, 0.0};
		assertArrayEquals(expected, new BrandesBetweenness().scores(TestGraphs.directed(11, TestGraphs.DIRECTED_EDGES)),
				1e-12);
	}

	@Test
	void tinyGraphsGiveZeros() {
		assertArrayEquals(new double[0], new BrandesBetweenness().scores(MetricsGraph.builder().build()));
		assertArrayEquals(new double[] {0, 0}, new BrandesBetweenness().scores(TestGraphs.path(2)));
	}

	@Test
	void resultDoesNotDependOnThreadCount() {
		MetricsGraph g = random(400, 2000, 7);
		double[] one = new BrandesBetweenness(1, true).scores(g);
		double[] three = new BrandesBetweenness(3, true).scores(g);
		assertArrayEquals(one, three, 0.0);
	}

	@Test
	@Tag("slow")
	void tenThousandNodesFinish() {
		MetricsGraph g = random(10_000, 50_000, 42);
		double[] bc = new BrandesBetweenness().scores(g);
		double sum = 0;
		for (double x : bc) {
			sum += x;
		}
		// sum over v of raw betweenness = sum over reachable pairs of (distance - 1) >= 0
		assertEquals(10_000, bc.length);
		org.junit.jupiter.api.Assertions.assertTrue(sum > 0);
	}

	static MetricsGraph random(int n, int m, long seed) {
		Random r = new Random(seed);
		MetricsGraph.Builder b = MetricsGraph.builder();
		for (int v = 0; v < n; v++) {
			b.addNode("n" + v);
		}
		for (int i = 0; i < m; i++) {
			b.addEdge(r.nextInt(n), r.nextInt(n), 1.0);
		}
		return b.build();
	}
}
