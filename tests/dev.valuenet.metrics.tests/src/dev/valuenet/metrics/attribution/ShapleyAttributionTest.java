package dev.valuenet.metrics.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class ShapleyAttributionTest {

	@Test
	void gloveGameClosedForm() {
		// one left glove (player 0), two right gloves (1, 2); v(S) = number of pairs = min(#L, #R).
		// Known solution: phi = (2/3, 1/6, 1/6).
		double[] phi = ShapleyAttribution.exact(3, mask -> {
			int left = mask & 1;
			int right = Integer.bitCount(mask & 6);
			return Math.min(left, right);
		});
		assertArrayEquals(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6}, phi, 1e-15);
	}

	@Test
	void weightedMajorityGameByPivotCounting() {
		// [quota 3; weights 2, 1, 1, 1]. Player 0 is pivotal when it arrives 2nd or 3rd (the small
		// players before it weigh 1 or 2): half of the 24 orders -> 1/2; the rest splits 1/6 each.
		int[] w = {2, 1, 1, 1};
		double[] phi = ShapleyAttribution.exact(4, mask -> {
			int sum = 0;
			for (int i = 0; i < 4; i++) {
				sum += (mask >> i & 1) * w[i];
			}
			return sum >= 3 ? 1 : 0;
		});
		assertArrayEquals(new double[] {0.5, 1.0 / 6, 1.0 / 6, 1.0 / 6}, phi, 1e-15);
	}

	@Test
	void unanimityGameSatisfiesSymmetryAndNullPlayer() {
		// u_T with T = {0, 2} among 4 players: phi = 1/2 for 0 and 2, 0 for the null players 1, 3
		double[] phi = ShapleyAttribution.exact(4, mask -> (mask & 5) == 5 ? 1 : 0);
		assertArrayEquals(new double[] {0.5, 0, 0.5, 0}, phi, 1e-15);
	}

	@Test
	void supplyChainByHand() {
		// A->B (2), B->T (3), T the segment. v({B}) = 3, v({A}) = 0 (A's flow reaches T only
		// through B), v({A,B}) = 5. phi_A = 1/2 (0 - 0) + 1/2 (5 - 3) = 1,
		// phi_B = 1/2 (3 - 0) + 1/2 (5 - 0) = 4; efficiency: 1 + 4 = 5.
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "B", 2).addEdge("B", "T", 3).build();
		int t = g.indexOf("T");
		ShapleyResult r = new ShapleyAttribution().attribute(g, new int[] {t});
		assertTrue(r.exact());
		assertArrayEquals(new int[] {g.indexOf("A"), g.indexOf("B")}, r.players());
		assertArrayEquals(new double[] {1, 4}, r.values(), 1e-12);
		assertEquals(5.0, r.grandValue());
	}

	@Test
	void networkGameAxioms() {
		// S1, S2 symmetric suppliers of hub H (weight 2 each), H->T (4), X->Y (9) never reaches T (null
		// players), T->S1 (1) leaves the segment (nobody's contribution).
		MetricsGraph g = MetricsGraph.builder().addEdge("S1", "H", 2).addEdge("S2", "H", 2).addEdge("H", "T", 4)
				.addEdge("X", "Y", 9).addEdge("T", "S1", 1).build();
		int[] seg = {g.indexOf("T")};
		ShapleyResult r = new ShapleyAttribution().attribute(g, seg);
		double[] phi = r.values();
		int[] players = r.players();
		double sum = 0;
		for (double x : phi) {
			sum += x;
		}
		// efficiency: sum = v(N) = 2 + 2 + 4
		assertEquals(8.0, r.grandValue());
		assertEquals(8.0, sum, 1e-12);
		assertEquals(phi[indexOf(players, g.indexOf("S1"))], phi[indexOf(players, g.indexOf("S2"))], 1e-15);
		assertEquals(0.0, phi[indexOf(players, g.indexOf("X"))], 1e-15);
		assertEquals(0.0, phi[indexOf(players, g.indexOf("Y"))], 1e-15);
		// closed form: S_i is worth 2 only after H, so 1 each; H gets 4 + 1 + 1 = 6
		assertEquals(1.0, phi[indexOf(players, g.indexOf("S1"))], 1e-12);
		assertEquals(6.0, phi[indexOf(players, g.indexOf("H"))], 1e-12);
	}

	@Test
	void characteristicFunctionByHand() {
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "B", 2).addEdge("B", "T", 3).addEdge("A", "T", 7)
				.build();
		int[] seg = {g.indexOf("T")};
		int[] players = {g.indexOf("A"), g.indexOf("B")};
		assertEquals(7.0, ShapleyAttribution.value(g, seg, players, new int[] {g.indexOf("A")}));
		assertEquals(12.0, ShapleyAttribution.value(g, seg, players, players));
		assertEquals(0.0, ShapleyAttribution.value(g, seg, players, new int[0]));
	}

	@Test
	void samplingAgreesWithTheClosedFormBeyondTheExactLimit() {
		// 30 suppliers S_i -> H with weights w_i, H -> T (10). S_i adds w_i only when H precedes it,
		// which happens in half of all orders: phi_i = w_i / 2, phi_H = 10 + sum w_i / 2.
		int k = 30;
		MetricsGraph.Builder b = MetricsGraph.builder();
		double[] w = new double[k];
		double total = 0;
		for (int i = 0; i < k; i++) {
			w[i] = 1 + i % 5;
			total += w[i];
			b.addEdge("S" + i, "H", w[i]);
		}
		b.addEdge("H", "T", 10);
		MetricsGraph g = b.build();
		ShapleyResult r = new ShapleyAttribution(Duration.ofSeconds(30), 20_000, 1)
				.attribute(g, new int[] {g.indexOf("T")});
		assertFalse(r.exact());
		assertEquals(20_000, r.permutations());
		double[] phi = r.values();
		double[] half = r.halfWidth95();
		int[] players = r.players();
		double sum = 0;
		for (int j = 0; j < players.length; j++) {
			sum += phi[j];
			String label = g.label(players[j]);
			double expected = label.equals("H") ? 10 + total / 2 : w[Integer.parseInt(label.substring(1))] / 2;
			assertTrue(half[j] > 0 && half[j] < 0.02 * expected, "half-width " + half[j]);
			assertEquals(expected, phi[j], 4 * half[j], label);
		}
		assertEquals(10 + total, sum, 1e-9); // sampled values are efficient too
	}

	@Test
	void samplerMatchesExactOnASmallRandomGame() {
		MetricsGraph g = randomChain(12, 40, 3);
		int[] seg = {g.indexOf("T")};
		ShapleyAttribution shapley = new ShapleyAttribution(Duration.ofSeconds(30), 50_000, 5);
		ShapleyResult exact = shapley.attribute(g, seg);
		ShapleyResult sampled = shapley.sample(g, seg, exact.players());
		for (int j = 0; j < exact.players().length; j++) {
			assertEquals(exact.values()[j], sampled.values()[j], 4 * sampled.halfWidth95()[j] + 1e-9);
		}
	}

	@Test
	void fiveThousandActorsReturnWithinTheBudget() {
		MetricsGraph g = randomChain(5000, 25_000, 11);
		long t0 = System.nanoTime();
		ShapleyResult r = new ShapleyAttribution(Duration.ofMillis(300), 1_000_000, 0)
				.attribute(g, new int[] {g.indexOf("T")});
		double seconds = (System.nanoTime() - t0) / 1e9;
		assertTrue(seconds < 2.0, "took " + seconds + " s");
		assertTrue(r.permutations() >= 1);
		assertEquals(5000, r.values().length);
	}

	@Test
	void segmentCannotBeAPlayer() {
		MetricsGraph g = MetricsGraph.builder().addEdge("A", "T", 1).build();
		assertThrows(IllegalArgumentException.class,
				() -> new ShapleyAttribution().attribute(g, new int[] {1}, new int[] {0, 1}));
	}

	/** n actors "A0".. with m random flows, plus flows from 5% of them into segment T. */
	private static MetricsGraph randomChain(int n, int m, long seed) {
		Random random = new Random(seed);
		MetricsGraph.Builder b = MetricsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addNode("A" + i);
		}
		for (int i = 0; i < m; i++) {
			b.addEdge("A" + random.nextInt(n), "A" + random.nextInt(n), 1 + random.nextInt(9));
		}
		for (int i = 0; i < Math.max(2, n / 20); i++) {
			b.addEdge("A" + random.nextInt(n), "T", 1 + random.nextInt(9));
		}
		return b.build();
	}

	private static int indexOf(int[] a, int x) {
		for (int i = 0; i < a.length; i++) {
			if (a[i] == x) {
				return i;
			}
		}
		throw new AssertionError(x + " not found");
	}
}
