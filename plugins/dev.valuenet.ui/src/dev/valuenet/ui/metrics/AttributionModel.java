package dev.valuenet.ui.metrics;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.attribution.ValueAttribution;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.attribution.InputOutputAttribution;
import dev.valuenet.metrics.attribution.ShapleyResult;
import dev.valuenet.metrics.attribution.SingularMatrixException;

/**
 * What the Attribution view shows, computed off the UI thread from the saved model (the same
 * {@link MetricsModel} cache): Shapley values of the supply game with their 95% confidence, or
 * input-output (Leontief) output multipliers of the money flows with a warning on every actor whose
 * money out exceeds its money in (then its column of the technical coefficients is not a share of
 * what it takes in, and its multiplier says nothing about the economy).
 */
final class AttributionModel {

	/** Shapley of the supply game. */
	static final String SHAPLEY = "Shapley values";
	/** Input-output multipliers of the money flows. */
	static final String INPUT_OUTPUT = "Input-output multipliers";

	/** The budget for sampled Shapley values: the one policy of {@link ValueAttribution}, as the CLI and the rules use. */
	static final Duration BUDGET = ValueAttribution.DEFAULT_BUDGET;

	/**
	 * One table row. For Shapley: {@code value} and {@code halfWidth} (0 when exact); for input-output:
	 * {@code value} = output multiplier, {@code output} = total output, money in/out per year, and a warning.
	 */
	record Row(String actor, double value, double halfWidth, double output, double moneyIn, double moneyOut, String warning) {
	}

	/** The view's content for one file and method; {@code error} set when there is nothing to show. */
	record Result(Path file, String network, String method, List<Row> rows, String summary, String error, long millis) {
	}

	private AttributionModel() {
	}

	static Result compute(Path file, String method) {
		long start = System.nanoTime();
		try {
			NetworkAnalysis analysis = MetricsModel.analysis(file, null);
			if (analysis == null) {
				return new Result(file, null, method, List.of(), "", file.getFileName() + " declares no network", millis(start));
			}
			String network = analysis.network().network().getName();
			return method.equals(INPUT_OUTPUT) ? inputOutput(file, network, analysis, start) : shapley(file, network, analysis, start);
		} catch (IOException | RuntimeException e) {
			return new Result(file, null, method, List.of(), "", "attribution failed: " + e, millis(start));
		}
	}

	private static Result shapley(Path file, String network, NetworkAnalysis analysis, long start) {
		LayerGraph supply = analysis.supplyGraph();
		if (supply.segments().length == 0) {
			return new Result(file, network, SHAPLEY, List.of(), "", network + " has no customer segment to deliver value to", millis(start));
		}
		ShapleyResult result = ValueAttribution.shapley(analysis);
		List<Row> rows = new ArrayList<>();
		int[] players = result.players();
		double[] values = result.values();
		double[] half = result.halfWidth95();
		for (int i = 0; i < players.length; i++) {
			rows.add(new Row(supply.node(players[i]).name(), values[i], half[i], Double.NaN, Double.NaN, Double.NaN, ""));
		}
		rows.sort(Comparator.comparingDouble(Row::value).reversed());
		String how = result.exact() ? "exact" : String.format(Locale.ROOT, "sampled: %,d permutations in %d s, 95%% confidence shown",
				result.permutations(), BUDGET.toSeconds());
		String summary = String.format(Locale.ROOT, "%s: Shapley values of the supply reaching the segments (%s); grand coalition %,.2f, "
				+ "the values sum to it", network, how, result.grandValue());
		return new Result(file, network, SHAPLEY, List.copyOf(rows), summary, null, millis(start));
	}

	private static Result inputOutput(Path file, String network, NetworkAnalysis analysis, long start) {
		LayerGraph money = analysis.moneyGraph();
		InputOutputAttribution.Result io;
		try {
			io = ValueAttribution.inputOutput(analysis);
		} catch (SingularMatrixException e) {
			return new Result(file, network, INPUT_OUTPUT, List.of(), "", network
					+ ": the money flows form a closed economy without final demand (the Leontief matrix is singular); give the segments money flows",
					millis(start));
		}
		MetricsGraph g = money.graph();
		List<Row> rows = new ArrayList<>();
		int warnings = 0;
		int[] sectors = io.sectors();
		for (int i = 0; i < sectors.length; i++) {
			int v = sectors[i];
			double in = g.inStrength(v);
			double out = g.outStrength(v);
			String warning = "";
			if (out > in) {
				warning = "pays out more than it takes in: its multiplier is not meaningful";
				warnings++;
			}
			rows.add(new Row(money.node(v).name(), io.outputMultipliers()[i], Double.NaN, io.totalOutput()[i], in, out, warning));
		}
		rows.sort(Comparator.comparingDouble(Row::value).reversed());
		String summary = String.format(Locale.ROOT, "%s: input-output output multipliers of the money flows (per year, network currency)%s",
				network, warnings == 0 ? "" : "; " + warnings + " actors pay out more than they take in: their multipliers are not meaningful");
		return new Result(file, network, INPUT_OUTPUT, List.copyOf(rows), summary, null, millis(start));
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
