package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.Profitability;
import dev.valuenet.analysis.attribution.ValueAttribution;
import dev.valuenet.metrics.attribution.InputOutputAttribution;
import dev.valuenet.metrics.attribution.ShapleyResult;
import dev.valuenet.metrics.attribution.SingularMatrixException;
import dev.valuenet.model.AbstractNetwork;

/** {@code valuenet attribute FILE --method shapley|io}: who creates the value delivered to the segments. */
final class AttributeCommand implements Command {

	@Override
	public String name() {
		return "attribute";
	}

	@Override
	public String summary() {
		return "value attribution: Shapley values or input-output (Leontief) multipliers";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet attribute --method shapley|io [--budget SECONDS] [--scenario S]
				                          [--format table|json] FILE

				--method shapley  Shapley value of each actor in the game whose worth v(S) is the yearly
				                  volume of goods and services that coalition S delivers to the customer
				                  segments along paths inside S (docs/metrics.md states it exactly). Exact
				                  for up to 20 actors; beyond, permutation sampling within the time budget,
				                  with a 95% confidence half-width per actor.
				--method io       Input-output (Leontief) attribution from the money flows: a payment
				                  payer -> payee is a purchase from the payee; payments by segments are
				                  final demand. Prints total output, output multipliers (column sums of
				                  the Leontief inverse) per actor.

				Options:
				  --budget SECONDS    time budget of sampled Shapley values (default 2, as for the
				                      shapley(X) rule of check)
				  --scenario S        analyse scenario (or network) S
				  --format table|json output format (default table)
				  --help              this help

				Progress goes to stderr. Exit codes: 0 done, 1 FILE has errors or the money flows
				cannot be inverted, 2 usage or I/O failure.

				Example: valuenet attribute --method shapley examples/auto/car-network.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--method", true, "--budget", true, "--scenario", true, "--format", true);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		if (arguments.option("--method", null) == null) {
			throw new Arguments.UsageException("--method is required: give --method shapley (Shapley values) or --method io (input-output multipliers)");
		}
		String method = arguments.choice("--method", "", "shapley", "io");
		String format = arguments.choice("--format", "table", "table", "json");
		double budget = budget(arguments.option("--budget", String.valueOf(ValueAttribution.DEFAULT_BUDGET.toSeconds())));
		AbstractNetwork network = Models.open(arguments, err);
		if (network == null) {
			return Valuenet.PROBLEMS;
		}
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		JsonObject json;
		if (method.equals("shapley")) {
			LayerGraph supply = analysis.supplyGraph();
			if (supply.segments().length == 0) {
				err.println("valuenet attribute: " + network.getName() + " has no customer segment to deliver value to");
				return Valuenet.PROBLEMS;
			}
			err.printf("valuenet attribute: Shapley values of %d actors (budget %.0f s)...%n", supply.graph().nodeCount() - supply.segments().length, budget);
			ShapleyResult result = ValueAttribution.shapley(analysis, Duration.ofMillis((long) (budget * 1000)));
			json = shapley(network, supply, result);
			json.addProperty("currency", currency(analysis));
			json.addProperty("unvaluedFlows", supply.unvaluedFlows());
		} else {
			LayerGraph money = analysis.moneyGraph();
			try {
				json = io(network, money, ValueAttribution.inputOutput(analysis), analysis);
				json.addProperty("currency", currency(analysis));
			} catch (SingularMatrixException e) {
				err.println("valuenet attribute: the money flows of " + network.getName()
						+ " form a closed economy without final demand (the Leontief matrix is singular); give the segments money flows");
				return Valuenet.PROBLEMS;
			}
		}
		if (format.equals("json")) {
			out.println(Json.write(json));
		} else {
			table(json, out);
		}
		return Valuenet.OK;
	}

	/** The longest budget accepted: a day; more is a typo (and would overflow the clock). */
	static final double MAX_BUDGET_SECONDS = 86_400;

	/** The time budget in seconds: a plain number from 0 (one sample) to a day; anything else is a usage error. */
	static double budget(String text) {
		double budget;
		try {
			// plain decimals only: Double.parseDouble would take "NaN", "Infinity", "0x1p3" and "1d"
			if (!text.strip().matches("\\d+(\\.\\d*)?|\\.\\d+")) {
				throw new NumberFormatException(text);
			}
			budget = Double.parseDouble(text.strip());
		} catch (NumberFormatException e) {
			throw new Arguments.UsageException("--budget takes seconds as a plain number from 0 to " + (long) MAX_BUDGET_SECONDS
					+ ", e.g. --budget 10; not '" + text + "'");
		}
		if (budget > MAX_BUDGET_SECONDS) {
			throw new Arguments.UsageException("--budget " + text + " is more than a day; give at most " + (long) MAX_BUDGET_SECONDS
					+ " seconds, e.g. --budget 60");
		}
		return budget;
	}

	private static JsonObject shapley(AbstractNetwork network, LayerGraph supply, ShapleyResult result) {
		JsonObject json = new JsonObject();
		json.addProperty("network", network.getName());
		json.addProperty("method", "shapley");
		json.addProperty("exact", result.exact());
		json.addProperty("permutations", result.permutations());
		json.addProperty("grandCoalitionValue", result.grandValue());
		List<JsonObject> rows = new ArrayList<>();
		for (int i = 0; i < result.players().length; i++) {
			JsonObject row = new JsonObject();
			row.addProperty("actor", supply.node(result.players()[i]).name());
			row.addProperty("shapley", result.values()[i]);
			row.addProperty("halfWidth95", result.halfWidth95()[i]);
			rows.add(row);
		}
		rows.sort(Comparator.comparingDouble((JsonObject r) -> -r.get("shapley").getAsDouble()));
		JsonArray actors = new JsonArray();
		rows.forEach(actors::add);
		json.add("actors", actors);
		return json;
	}

	private static String currency(NetworkAnalysis analysis) {
		return analysis.currencyLabel();
	}

	private static JsonObject io(AbstractNetwork network, LayerGraph money, InputOutputAttribution.Result result, NetworkAnalysis analysis) {
		java.util.Map<String, Profitability> profits = new java.util.HashMap<>();
		analysis.profitability().forEach(p -> profits.put(p.actor(), p));
		JsonObject json = new JsonObject();
		json.addProperty("network", network.getName());
		json.addProperty("method", "io");
		JsonArray actors = new JsonArray();
		for (int i = 0; i < result.sectors().length; i++) {
			JsonObject row = new JsonObject();
			row.addProperty("actor", money.node(result.sectors()[i]).name());
			row.addProperty("totalOutput", result.totalOutput()[i]);
			row.addProperty("outputMultiplier", result.outputMultipliers()[i]);
			Profitability p = profits.get(money.node(result.sectors()[i]).name());
			if (p != null && !p.segment() && p.moneyOut() > p.moneyIn()) {
				// Leontief assumes every sector's inputs are paid from its output: a sector paying out more than it
				// earns breaks that, and its multiplier says more about the missing income than about the network
				String currency = currency(analysis);
				row.addProperty("warning", String.format(Locale.ROOT, "pays out %,.0f %s but takes in %,.0f %s a year: the multiplier is not meaningful",
						p.moneyOut(), currency, p.moneyIn(), currency));
			}
			actors.add(row);
		}
		json.add("actors", actors);
		return json;
	}

	private static void table(JsonObject json, PrintStream out) {
		boolean shapley = json.get("method").getAsString().equals("shapley");
		// one permutation has no spread: its half-width is infinite (null in JSON), no estimate of the error
		boolean noError = shapley && !json.get("exact").getAsBoolean() && json.getAsJsonArray("actors").asList().stream()
				.anyMatch(a -> !Double.isFinite(a.getAsJsonObject().get("halfWidth95").getAsDouble()));
		if (shapley) {
			// exact values come from every coalition, not from permutations: "0 permutations" read as nothing computed
			out.printf(Locale.ROOT, "%s: Shapley values in %s per year (%s), grand coalition %,.0f %s%s%s%n",
					json.get("network").getAsString(), json.get("currency").getAsString(),
					json.get("exact").getAsBoolean() ? "exact, every coalition" : "sampled, " + json.get("permutations").getAsLong() + " permutations",
					json.get("grandCoalitionValue").getAsDouble(), json.get("currency").getAsString(),
					json.get("unvaluedFlows").getAsInt() == 0 ? ""
							: "; " + json.get("unvaluedFlows").getAsInt() + " supply flow(s) without a value left out",
					noError ? "; too few permutations within the budget to estimate their error: give a larger --budget, e.g. --budget 10" : "");
		} else {
			out.printf(Locale.ROOT, "%s: input-output attribution from money flows (output in %s per year)%n", json.get("network").getAsString(),
					json.get("currency").getAsString());
		}
		for (var element : json.getAsJsonArray("actors")) {
			JsonObject row = element.getAsJsonObject();
			if (shapley && noError) {
				out.printf(Locale.ROOT, "  %-40s %,16.2f  +/- (no estimate)%n", row.get("actor").getAsString(), significant(row.get("shapley").getAsDouble()));
			} else if (shapley) {
				out.printf(Locale.ROOT, "  %-40s %,16.2f  +/- %,.2f%n", row.get("actor").getAsString(), significant(row.get("shapley").getAsDouble()),
						row.get("halfWidth95").getAsDouble());
			} else {
				out.printf(Locale.ROOT, "  %-40s output %,18.2f  multiplier %.4f%s%n", row.get("actor").getAsString(),
						row.get("totalOutput").getAsDouble(), row.get("outputMultiplier").getAsDouble(),
						row.has("warning") ? "  (" + row.get("warning").getAsString() + ")" : "");
			}
		}
	}

	/**
	 * A sum of many doubles to 12 significant digits: the exact Shapley value of a 600-billion flow printed as
	 * 599,999,999,999.93 (rounding noise of the sums, far below any figure's meaning).
	 */
	static double significant(double value) {
		return Double.isFinite(value) && value != 0 ? new java.math.BigDecimal(value).round(new java.math.MathContext(12)).doubleValue() : value;
	}
}
