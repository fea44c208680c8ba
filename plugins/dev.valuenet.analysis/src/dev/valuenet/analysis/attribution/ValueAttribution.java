package dev.valuenet.analysis.attribution;

import java.time.Duration;
import java.util.Map;
import java.util.WeakHashMap;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.metrics.attribution.InputOutputAttribution;
import dev.valuenet.metrics.attribution.ShapleyAttribution;
import dev.valuenet.metrics.attribution.ShapleyResult;
import dev.valuenet.metrics.attribution.SingularMatrixException;

/**
 * Attribution of a network's value to its actors, asked the same way by the CLI
 * ({@code valuenet attribute}), the {@code shapley(X)} governance rule and the workbench.
 * <p>
 * <b>Budget policy</b> (one for all, documented in docs/cli.md): Shapley values of the supply game
 * ({@link ShapleyAttribution}) are exact up to {@value ShapleyAttribution#EXACT_LIMIT} players; above,
 * permutations are sampled from a fixed seed ({@value #SEED}) for {@link #DEFAULT_BUDGET} of wall time
 * and the result says so ({@code exact}, {@code permutations}, 95% half-widths). Rules and views use
 * the default, computed once per model state; only an explicit on-demand request
 * ({@code valuenet attribute --budget S}) spends another budget. Rejected: a longer default for the
 * CLI than for checks (10 s against 2 s before), which gave two answers for one model.
 */
public final class ValueAttribution {

	/** Wall-time budget of Shapley sampling when the exact value is out of reach. */
	public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

	/** Seed of the permutation sampling. */
	public static final long SEED = 1;

	private static final Map<NetworkAnalysis, ShapleyResult> SHAPLEY = new WeakHashMap<>();

	private ValueAttribution() {
	}

	/** Shapley values on the supply graph under {@link #DEFAULT_BUDGET}, computed once per analysis (model state). */
	public static ShapleyResult shapley(NetworkAnalysis analysis) {
		synchronized (SHAPLEY) {
			return SHAPLEY.computeIfAbsent(analysis, a -> shapley(a, DEFAULT_BUDGET));
		}
	}

	/**
	 * Shapley values of every actor of the supply graph (players in ascending node id of
	 * {@link NetworkAnalysis#supplyGraph()}), the value being the supply volume that reaches the
	 * customer segments, sampled for at most {@code budget} when not exact.
	 */
	public static ShapleyResult shapley(NetworkAnalysis analysis, Duration budget) {
		LayerGraph supply = analysis.supplyGraph();
		return new ShapleyAttribution(budget, Long.MAX_VALUE, SEED).attribute(supply.graph(), supply.segments());
	}

	/**
	 * Input-output (Leontief) output multipliers of the money flows ({@link InputOutputAttribution}),
	 * sectors being the nodes of {@link NetworkAnalysis#moneyGraph()}.
	 *
	 * @throws SingularMatrixException when the money flows form a closed economy without final demand
	 */
	public static InputOutputAttribution.Result inputOutput(NetworkAnalysis analysis) throws SingularMatrixException {
		LayerGraph money = analysis.moneyGraph();
		return InputOutputAttribution.fromMoneyFlows(money.graph(), money.segments());
	}
}
