package dev.valuenet.metrics.attribution;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

import dev.valuenet.metrics.MetricsGraph;

/**
 * Shapley values of actors for the value delivered to the customer segments.
 *
 * <p><b>The game.</b> Players {@code N} are actors (by default every node that is
 * not a segment); segments {@code T} are always present and never players; nodes
 * that are neither are left out of the game. For a coalition {@code S} of players,
 * let {@code R(S)} be the members of {@code S} that have a directed path to some
 * segment using only nodes of {@code S} and {@code T}. The characteristic
 * function is
 * <pre>
 *   v(S) = sum of w(u->y) over edges with u in R(S) and y in T or y in R(S)
 * </pre>
 * i.e. the total flow weight that coalition {@code S} alone keeps moving towards
 * the segments: every flow of a member that, through members only, ends at a
 * segment. {@code v} is monotone ({@code S} in {@code S'} implies
 * {@code v(S) <= v(S')}) and {@code v({}) = 0}; flows between segments and flows
 * leaving a segment are nobody's contribution. The Shapley value
 * {@code phi_i = sum over S not containing i of |S|!(|N|-|S|-1)!/|N|! (v(S+i) - v(S))}
 * splits {@code v(N)} among the players (L. Shapley, "A value for n-person
 * games", 1953).
 *
 * <p><b>Exact or sampled.</b> Up to {@value #EXACT_LIMIT} players all {@code 2^k}
 * coalitions are enumerated ({@code O(2^k k^2)} with bitmask reachability). Beyond,
 * random permutations are sampled (S. Castro, D. Gomez, J. Tejada, "Polynomial
 * calculation of the Shapley value based on sampling", Comput. Oper. Res. 36(5),
 * 2009): each permutation adds the players one by one and credits each with its
 * marginal contribution, computed incrementally in {@code O(n + m)} per
 * permutation. Sampling stops at the time budget or the permutation cap, whichever
 * comes first (at least one permutation is always done), and reports a 95%
 * confidence half-width {@code 1.96 s / sqrt(samples)} per player. The sampled
 * values always sum exactly to {@code v(N)}.
 *
 * <p><b>Determinism.</b> Permutations come from a seeded generator: with a
 * permutation cap that is reached before the budget the result is reproducible.
 */
public final class ShapleyAttribution {

	/** Largest player count solved by full enumeration. */
	public static final int EXACT_LIMIT = 20;

	private final Duration budget;
	private final long maxPermutations;
	private final long seed;

	/** Budget 2 s, at most 1,000,000 permutations, seed 0. */
	public ShapleyAttribution() {
		this(Duration.ofSeconds(2), 1_000_000, 0);
	}

	/**
	 * @param budget          wall-time budget for sampling
	 * @param maxPermutations permutation cap for sampling (at least 1)
	 * @param seed            random seed
	 */
	public ShapleyAttribution(Duration budget, long maxPermutations, long seed) {
		if (budget.isNegative() || maxPermutations < 1) {
			throw new IllegalArgumentException("invalid budget " + budget + " or maxPermutations " + maxPermutations);
		}
		this.budget = budget;
		this.maxPermutations = maxPermutations;
		this.seed = seed;
	}

	/**
	 * Attribution with every non-segment node as a player.
	 *
	 * @param g        the graph (weights are the flow values)
	 * @param segments node ids of the customer segments
	 * @return the Shapley values, players in ascending node id
	 */
	public ShapleyResult attribute(MetricsGraph g, int[] segments) {
		boolean[] seg = segmentFlags(g, segments);
		int[] players = java.util.stream.IntStream.range(0, g.nodeCount()).filter(v -> !seg[v]).toArray();
		return attribute(g, segments, players);
	}

	/**
	 * @param g        the graph (weights are the flow values)
	 * @param segments node ids of the customer segments
	 * @param players  node ids of the players (distinct, no segment)
	 * @return the Shapley values, in the order of {@code players}
	 */
	public ShapleyResult attribute(MetricsGraph g, int[] segments, int[] players) {
		Game game = new Game(g, segments, players);
		if (players.length <= EXACT_LIMIT) {
			int k = players.length;
			double grand = game.valueOfMask((1 << k) - 1);
			double[] phi = exact(k, game::valueOfMask);
			return new ShapleyResult(players, phi, new double[k], 0, true, grand);
		}
		return game.sample(budget, maxPermutations, seed);
	}

	/**
	 * Sampled attribution whatever the player count: for a quick estimate on a small
	 * game, or to check the sampler against {@link #attribute}.
	 *
	 * @param g        the graph
	 * @param segments node ids of the customer segments
	 * @param players  node ids of the players (distinct, no segment)
	 * @return the sampled Shapley values with their confidence half-widths
	 */
	public ShapleyResult sample(MetricsGraph g, int[] segments, int[] players) {
		return new Game(g, segments, players).sample(budget, maxPermutations, seed);
	}

	/**
	 * The characteristic function {@code v(S)} of the game above, for any
	 * coalition size; {@code O(n + m)}.
	 *
	 * @param g         the graph
	 * @param segments  node ids of the customer segments
	 * @param players   node ids of the players
	 * @param coalition node ids of the coalition (all must be players)
	 * @return {@code v(coalition)}
	 */
	public static double value(MetricsGraph g, int[] segments, int[] players, int[] coalition) {
		Game game = new Game(g, segments, players);
		boolean[] in = new boolean[g.nodeCount()];
		for (int v : coalition) {
			if (game.index[v] < 0) {
				throw new IllegalArgumentException("node " + v + " is not a player");
			}
			in[v] = true;
		}
		return game.value(in);
	}

	/**
	 * Exact Shapley values of any game with at most {@value #EXACT_LIMIT} players.
	 *
	 * @param players number of players {@code k}
	 * @param game    {@code v(S)} for the coalition with bit {@code i} set for each member {@code i};
	 *                must satisfy {@code v(0) = 0} for efficiency to hold
	 * @return {@code phi_i} for {@code i = 0..k-1}
	 */
	public static double[] exact(int players, IntToDoubleFunction game) {
		if (players < 0 || players > EXACT_LIMIT) {
			throw new IllegalArgumentException("exact Shapley needs 0.." + EXACT_LIMIT + " players, got " + players);
		}
		int k = players;
		int size = 1 << k;
		double[] v = new double[size];
		for (int mask = 0; mask < size; mask++) {
			v[mask] = game.applyAsDouble(mask);
		}
		// weight(s) = s! (k-s-1)! / k! = 1 / (k * C(k-1, s))
		double[] weight = new double[Math.max(k, 1)];
		double binom = 1;
		for (int s = 0; s < k; s++) {
			weight[s] = 1.0 / (k * binom);
			binom = binom * (k - 1 - s) / (s + 1);
		}
		double[] phi = new double[k];
		for (int mask = 0; mask < size; mask++) {
			int s = Integer.bitCount(mask);
			if (s == k) {
				continue;
			}
			double w = weight[s];
			for (int i = 0; i < k; i++) {
				int bit = 1 << i;
				if ((mask & bit) == 0) {
					phi[i] += w * (v[mask | bit] - v[mask]);
				}
			}
		}
		return phi;
	}

	private static boolean[] segmentFlags(MetricsGraph g, int[] segments) {
		boolean[] seg = new boolean[g.nodeCount()];
		for (int s : segments) {
			if (s < 0 || s >= g.nodeCount()) {
				throw new IllegalArgumentException("unknown segment node id " + s);
			}
			seg[s] = true;
		}
		return seg;
	}

	/** The network game on a graph. */
	private static final class Game {

		private final MetricsGraph g;
		private final boolean[] segment;
		private final int[] players;
		private final int[] index;
		// Bitmask form of the game for exact enumeration, built on first use.
		private int[] predMask;
		private int directMask;
		private double[] segmentWeight;
		private int[][] succ;
		private double[][] succWeight;

		Game(MetricsGraph g, int[] segments, int[] players) {
			this.g = g;
			this.segment = segmentFlags(g, segments);
			this.players = players.clone();
			this.index = new int[g.nodeCount()];
			Arrays.fill(index, -1);
			for (int i = 0; i < players.length; i++) {
				int p = players[i];
				if (p < 0 || p >= g.nodeCount()) {
					throw new IllegalArgumentException("unknown player node id " + p);
				}
				if (segment[p]) {
					throw new IllegalArgumentException("segment " + g.label(p) + " cannot be a player");
				}
				if (index[p] >= 0) {
					throw new IllegalArgumentException("duplicate player " + g.label(p));
				}
				index[p] = i;
			}
		}

		/** v(S) by reverse BFS from the segments through members of S. */
		double value(boolean[] member) {
			int n = g.nodeCount();
			boolean[] reach = new boolean[n];
			int[] queue = new int[n];
			int tail = 0;
			for (int v = 0; v < n; v++) {
				if (segment[v]) {
					reach[v] = true;
					queue[tail++] = v;
				}
			}
			double total = 0;
			for (int head = 0; head < tail; head++) {
				int v = queue[head];
				for (int k = 0; k < g.inDegree(v); k++) {
					int u = g.inNeighbor(v, k);
					if (!member[u]) {
						continue;
					}
					total += g.weight(g.inEdge(v, k));
					if (!reach[u]) {
						reach[u] = true;
						queue[tail++] = u;
					}
				}
			}
			return total;
		}

		/**
		 * v(S) for a bitmask over at most 32 players: reachability by bit operations
		 * on predecessor masks, so enumerating 2^20 coalitions stays cheap however
		 * large the surrounding graph is.
		 */
		double valueOfMask(int mask) {
			if (predMask == null) {
				prepareMasks();
			}
			int reach = mask & directMask;
			int frontier = reach;
			while (frontier != 0) {
				int x = Integer.numberOfTrailingZeros(frontier);
				frontier &= frontier - 1;
				int fresh = predMask[x] & mask & ~reach;
				reach |= fresh;
				frontier |= fresh;
			}
			double total = 0;
			for (int r = reach; r != 0; r &= r - 1) {
				int i = Integer.numberOfTrailingZeros(r);
				total += segmentWeight[i];
				int[] to = succ[i];
				for (int j = 0; j < to.length; j++) {
					if ((reach & (1 << to[j])) != 0) {
						total += succWeight[i][j];
					}
				}
			}
			return total;
		}

		private void prepareMasks() {
			int k = players.length;
			int[] pred = new int[k];
			segmentWeight = new double[k];
			succ = new int[k][];
			succWeight = new double[k][];
			for (int i = 0; i < k; i++) {
				int u = players[i];
				int count = 0;
				int[] to = new int[g.outDegree(u)];
				double[] w = new double[to.length];
				for (int j = 0; j < g.outDegree(u); j++) {
					int y = g.outNeighbor(u, j);
					double weight = g.weight(g.outEdge(u, j));
					if (segment[y]) {
						directMask |= 1 << i;
						segmentWeight[i] += weight;
					} else if (index[y] >= 0) {
						pred[index[y]] |= 1 << i;
						to[count] = index[y];
						w[count++] = weight;
					}
				}
				succ[i] = Arrays.copyOf(to, count);
				succWeight[i] = Arrays.copyOf(w, count);
			}
			predMask = pred;
		}

		ShapleyResult sample(Duration budget, long maxPermutations, long seed) {
			int k = players.length;
			int n = g.nodeCount();
			long deadline = System.nanoTime() + budget.toNanos();
			SplittableRandom random = new SplittableRandom(seed);
			int[] perm = players.clone();
			boolean[] inS = new boolean[n];
			boolean[] inR = new boolean[n];
			boolean[] counted = new boolean[n];
			int[] queue = new int[n];
			double[] mean = new double[k];
			double[] m2 = new double[k];
			double[] marginal = new double[k];
			long samples = 0;
			while (samples < maxPermutations && (samples == 0 || System.nanoTime() < deadline)
					&& !Thread.currentThread().isInterrupted()) {
				for (int i = k - 1; i > 0; i--) {
					int j = random.nextInt(i + 1);
					int t = perm[i];
					perm[i] = perm[j];
					perm[j] = t;
				}
				Arrays.fill(inS, false);
				Arrays.fill(inR, false);
				Arrays.fill(counted, false);
				for (int p : perm) {
					marginal[index[p]] = add(p, inS, inR, counted, queue);
				}
				samples++;
				for (int i = 0; i < k; i++) {
					double delta = marginal[i] - mean[i];
					mean[i] += delta / samples;
					m2[i] += delta * (marginal[i] - mean[i]);
				}
			}
			double[] half = new double[k];
			for (int i = 0; i < k; i++) {
				half[i] = samples > 1 ? 1.96 * Math.sqrt(m2[i] / (samples - 1) / samples) : Double.POSITIVE_INFINITY;
			}
			boolean[] all = new boolean[n];
			for (int p : players) {
				all[p] = true;
			}
			return new ShapleyResult(players, mean, half, samples, false, value(all));
		}

		/**
		 * Adds player p to S and returns v(S+p) - v(S). R grows by a reverse BFS from p
		 * through members; an edge is counted when the second of its endpoints is
		 * processed ({@code counted}), so each edge inside R counts exactly once.
		 */
		private double add(int p, boolean[] inS, boolean[] inR, boolean[] counted, int[] queue) {
			inS[p] = true;
			boolean joins = false;
			for (int k = 0; k < g.outDegree(p) && !joins; k++) {
				int y = g.outNeighbor(p, k);
				joins = segment[y] || inR[y];
			}
			if (!joins) {
				return 0;
			}
			double gain = 0;
			int head = 0;
			int tail = 0;
			inR[p] = true;
			queue[tail++] = p;
			while (head < tail) {
				int x = queue[head++];
				for (int k = 0; k < g.outDegree(x); k++) {
					int y = g.outNeighbor(x, k);
					if (segment[y] || counted[y]) {
						gain += g.weight(g.outEdge(x, k));
					}
				}
				for (int k = 0; k < g.inDegree(x); k++) {
					int u = g.inNeighbor(x, k);
					if (counted[u]) {
						gain += g.weight(g.inEdge(x, k));
					} else if (inS[u] && !inR[u]) {
						inR[u] = true;
						queue[tail++] = u;
					}
				}
				counted[x] = true;
			}
			return gain;
		}
	}
}
