package dev.valuenet.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import dev.valuenet.metrics.scoring.SampledBetweenness;

/**
 * Unweighted betweenness is exact up to {@link #EXACT_MAX_NODES} actors and estimated above
 * ({@link SampledBetweenness}: sources drawn uniformly, Hoeffding's bound with a union bound over the
 * nodes), unless {@link #setExact(boolean) exact} is asked for (the CLI's {@code --exact}). Exact
 * betweenness costs one search per actor over all flows: 170 s of CPU at 50,000 actors and 250,000
 * flows, against 12 s for the sample (bench/README.md, "Sampled betweenness"). This record states
 * the bound: with probability {@code 1 - delta} every actor's normalized value is within
 * {@code epsilon} of the exact one.
 *
 * @param sources sources searched from ({@link SampledBetweenness#sampleSize})
 * @param nodes   actors of the graph
 * @param epsilon largest error of any actor's normalized betweenness
 * @param delta   probability that the bound does not hold
 */
public record BetweennessSample(int sources, int nodes, double epsilon, double delta) {

	/** Graphs up to this many actors get exact betweenness. */
	public static final int EXACT_MAX_NODES = 10_000;
	/** The error bound of the estimate: far below the 0.5 of the hub check (measured errors are 100x smaller still). */
	public static final double EPSILON = 0.05;
	/** The probability that the bound does not hold. */
	public static final double DELTA = 0.01;

	private static volatile boolean exact;

	/** Exact betweenness at every size (the CLI's {@code --exact}); a JVM-wide setting, like the CLI's options. */
	public static void setExact(boolean always) {
		exact = always;
	}

	/** Whether exact betweenness was asked for at every size. */
	public static boolean exact() {
		return exact;
	}

	/** The sample for a graph of {@code nodes} actors, or null when its betweenness is computed exactly. */
	public static BetweennessSample of(int nodes) {
		if (exact || nodes <= EXACT_MAX_NODES) {
			return null;
		}
		int sources = SampledBetweenness.sampleSize(nodes, EPSILON, DELTA);
		return sources >= nodes ? null : new BetweennessSample(sources, nodes, EPSILON, DELTA);
	}

	/** E.g. "betweenness estimated from 3,224 of 49,920 actors: every value within ±0.05 with probability 99%; --exact for exact values". */
	public String describe() {
		return String.format(Locale.ROOT, "betweenness estimated from %,d of %,d actors: every value within ±%s with probability %s%%;"
				+ " --exact for exact values", sources, nodes, plain(epsilon), plain(100 * (1 - delta)));
	}

	private static String plain(double x) {
		return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}
}
