package dev.valuenet.metrics.scoring;

import java.util.concurrent.ConcurrentLinkedQueue;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.internal.ParallelChunks;

/**
 * Exact unweighted betweenness computed a part of the sources at a time, so that a threshold question
 * ("does any actor lie on more than half of the shortest paths?") is answered as soon as the sources
 * searched so far prove it, and the same computation goes on to the exact scores when asked.
 *
 * <p><b>Bounds.</b> Each source {@code s} adds {@code delta_s(v) <= n - 2} to a node's unnormalized
 * betweenness (v lies on the paths to at most the {@code n - 2} other targets). After {@code k} of the
 * {@code n} sources, {@code partial(v) <= c(v) <= partial(v) + (n - k)(n - 2)}. A bound of 0.5 is
 * therefore proved for a node with no partial sum after about half the sources; the check of a
 * network without hubs searches a half to three quarters of them instead of all.
 *
 * <p><b>Same scores as {@link BrandesBetweenness}.</b> The sources are cut into the same chunks, each
 * chunk searches its sources in the same order into its own array, and {@link #scores(Cancellation)}
 * adds the arrays in chunk order: bit-identical to {@link BrandesBetweenness#scores}, however the
 * work was split into steps. Not thread-safe; callers share one instance under a lock.
 */
public final class BetweennessBounds {

	/** Fewest sources searched in one step after the first, as a fraction of all: fewer, longer steps. */
	private static final int MIN_STEP_DIVISOR = 32;

	private final MetricsGraph graph;
	private final int[] sources;
	private final int threads;
	private final int n;
	private final int count;
	private final int[] chunkBegin;
	private final int[] chunkEnd;
	private final int[] position;
	private final double[][] partial;
	private int searched;

	/** All nodes as sources, on all available processors. */
	public BetweennessBounds(MetricsGraph graph) {
		this(graph, null, ParallelChunks.defaultThreads());
	}

	/** All nodes as sources, on {@code threads} workers. */
	public BetweennessBounds(MetricsGraph graph, int threads) {
		this(graph, null, threads);
	}

	/** @param sources the source nodes, or null for all nodes */
	BetweennessBounds(MetricsGraph graph, int[] sources, int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1: " + threads);
		}
		this.graph = graph;
		this.sources = sources;
		this.threads = threads;
		this.n = graph.nodeCount();
		this.count = n <= 2 ? 0 : sources == null ? n : sources.length;
		int chunks = Math.min(BrandesBetweenness.CHUNKS, count);
		this.chunkBegin = new int[chunks];
		this.chunkEnd = new int[chunks];
		this.position = new int[chunks];
		this.partial = new double[chunks][];
		for (int c = 0; c < chunks; c++) {
			chunkBegin[c] = ParallelChunks.chunkStart(count, chunks, c);
			position[c] = chunkBegin[c];
			chunkEnd[c] = ParallelChunks.chunkStart(count, chunks, c + 1);
		}
	}

	/** Sources searched so far. */
	public int searched() {
		return searched;
	}

	/**
	 * Whether the normalized betweenness of every node ({@code nodes} null) or of the given nodes is at
	 * most {@code bound}, searching only as many sources as the proof needs: true when proved, false as
	 * soon as a node is known to exceed it or no proof short of all sources is possible (then
	 * {@link #scores(Cancellation)} gives the exact values, reusing what was searched).
	 */
	public boolean atMost(int[] nodes, double bound, Cancellation cancel) {
		if (sources != null) {
			throw new IllegalStateException("bounds need every node as a source, not a sample");
		}
		if (count == 0) {
			return 0 <= bound; // n <= 2: every score is 0
		}
		// the bound, unnormalized, less a margin for the rounding of the partial sums
		double limit = bound * (n - 1) * (double) (n - 2) * (1 - 1e-12);
		double perSource = n - 2;
		while (true) {
			double highest = highestPartial(nodes);
			if (highest > limit) {
				return false;
			}
			// each source still to search adds at most perSource: proved once they cannot pass the limit
			double mayRemain = Math.floor((limit - highest) / perSource);
			if (searched == count || count - searched <= mayRemain) {
				return true;
			}
			long needed = count - (long) mayRemain;
			int step = (int) Math.max(needed - searched, Math.max(1, count / MIN_STEP_DIVISOR));
			int before = searched;
			advance((int) Math.min(count, (long) searched + step), cancel);
			if (searched == before) {
				throw new IllegalStateException("no source searched"); // cannot happen: advance searches at least one
			}
		}
	}

	/**
	 * The exact normalized scores (or, for a sample of sources, the unnormalized dependency sums over
	 * them), searching the sources not searched yet.
	 */
	public double[] scores(Cancellation cancel) {
		double[] result = dependencySums(cancel);
		if (sources == null && n > 2) {
			double scale = 1.0 / ((double) (n - 1) * (n - 2));
			for (int v = 0; v < n; v++) {
				result[v] *= scale;
			}
		}
		return result;
	}

	/** {@code sum over the sources of delta_s(v)}, summed in chunk order. */
	double[] dependencySums(Cancellation cancel) {
		advance(count, cancel);
		double[] result = new double[n];
		for (double[] p : partial) {
			if (p == null) {
				continue; // an empty chunk
			}
			for (int v = 0; v < n; v++) {
				result[v] += p[v];
			}
		}
		return result;
	}

	private double highestPartial(int[] nodes) {
		double highest = 0;
		if (nodes == null) {
			for (int v = 0; v < n; v++) {
				highest = Math.max(highest, partialSum(v));
			}
		} else {
			for (int v : nodes) {
				highest = Math.max(highest, partialSum(v));
			}
		}
		return highest;
	}

	private double partialSum(int v) {
		double sum = 0;
		for (double[] p : partial) {
			if (p != null) {
				sum += p[v];
			}
		}
		return sum;
	}

	/**
	 * Searches sources until {@code target} of them are done, the same share of every chunk, on the
	 * worker threads.
	 */
	private void advance(int target, Cancellation cancel) {
		if (target <= searched) {
			return;
		}
		int chunks = chunkEnd.length;
		int[] goal = new int[chunks];
		int total = 0;
		for (int c = 0; c < chunks; c++) {
			int size = chunkEnd[c] - chunkBegin[c];
			goal[c] = Math.max(position[c], chunkBegin[c] + (int) ((long) size * target / count));
			total += goal[c] - chunkBegin[c];
		}
		// the shares were rounded down: the rest one source at a time, so that every step makes progress
		for (int c = 0; total < target; c = (c + 1) % chunks) {
			if (goal[c] < chunkEnd[c]) {
				goal[c]++;
				total++;
			}
		}
		int[] off = graph.outOffsets();
		int[] adj = graph.outTargets();
		ConcurrentLinkedQueue<Workspace> spare = new ConcurrentLinkedQueue<>();
		ParallelChunks.run(chunks, chunks, threads, (chunk, from, to) -> {
			for (int c = from; c < to; c++) {
				if (position[c] >= goal[c]) {
					continue;
				}
				Workspace w = spare.poll();
				if (w == null) {
					w = new Workspace(n, adj.length);
				}
				double[] bc = partial[c] == null ? new double[n] : partial[c];
				partial[c] = bc;
				while (position[c] < goal[c]) {
					if (Thread.currentThread().isInterrupted()) {
						return;
					}
					cancel.check();
					int i = position[c];
					BrandesBetweenness.accumulate(sources == null ? i : sources[i], off, adj, bc, w.dist, w.sigma, w.coef, w.order, w.dag,
							w.dagEnd);
					position[c] = i + 1;
				}
				spare.add(w);
			}
		});
		int done = 0;
		for (int c = 0; c < chunks; c++) {
			done += position[c] - chunkBegin[c];
		}
		searched = done;
	}

	/** One worker's arrays for a breadth-first search, reused from source to source. */
	private static final class Workspace {
		final int[] dist;
		final double[] sigma;
		final double[] coef;
		final int[] order;
		final int[] dag;
		final int[] dagEnd;

		Workspace(int n, int arcs) {
			dist = new int[n];
			java.util.Arrays.fill(dist, -1);
			sigma = new double[n];
			coef = new double[n];
			order = new int[n];
			dag = new int[arcs];
			dagEnd = new int[n];
		}
	}
}
