package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import dev.valuenet.model.AbstractNetwork;

/**
 * What a scenario changes compared with another network or scenario (usually its base): participants
 * and flows added and removed, flows whose figures changed, per-actor metric deltas on all layers, and
 * customer segments that gain or lose all supply of goods and services. Findings and rules are
 * compared by dev.valuenet.validation (they need the checks).
 *
 * @param base            the network compared with
 * @param scenario        the scenario (or any other network)
 * @param added           participants only the scenario has (qualified names)
 * @param removed         participants only the base has
 * @param flowsAdded      flows only the scenario has (a replaced end makes a flow new)
 * @param flowsRemoved    flows only the base has
 * @param flowsChanged    flows both have with another yearly amount, lead time, cost or accuracy
 * @param deltas          per-actor changes of the {@link #ACTOR_FIGURES}, for actors both have
 * @param segmentsGained  segments supplied in the scenario but not in the base (new or newly reached)
 * @param segmentsCutOff  segments supplied in the base that receive no goods or services in the scenario
 */
public record ScenarioComparison(AbstractNetwork base, AbstractNetwork scenario, List<String> added, List<String> removed,
		List<FlowChange> flowsAdded, List<FlowChange> flowsRemoved, List<FlowChange> flowsChanged, List<Delta> deltas,
		List<String> segmentsGained, List<String> segmentsCutOff) {

	/** A flow as the comparison shows it: its name (or its exchange's), kind and ends. */
	public record FlowChange(String name, String kind, String from, String to, String detail) {
	}

	/**
	 * One figure of one actor, before (base) and after (scenario), in {@code unit} ("EUR/year"; "" for
	 * degrees and centralities, which have none).
	 */
	public record Delta(String actor, String figure, double before, double after, String unit) {
		public double change() {
			return after - before;
		}
	}

	/**
	 * A per-actor figure the comparison reports. The extension point for figures other bundles
	 * compute (e.g. profitability: value in, value out, net per actor): add them to
	 * {@link #ACTOR_FIGURES}.
	 */
	public record ActorFigure(String name, ActorFigureFunction function, boolean yearlyValue) {
	}

	/** Reads one actor's figure from an analysis; NaN when the actor has none. */
	@FunctionalInterface
	public interface ActorFigureFunction {
		double of(NetworkAnalysis analysis, String actor);
	}

	/** The figures compared per actor, in output order (all layers; strength in the analysis' edge weights). */
	public static final List<ActorFigure> ACTOR_FIGURES = List.of(
			metric("degree.in", m -> m.inDegree()),
			metric("degree.out", m -> m.outDegree()),
			metric("strength.in", ActorMetrics::inStrength),
			metric("strength.out", ActorMetrics::outStrength),
			metric("betweenness", ActorMetrics::betweenness),
			metric("closeness", ActorMetrics::closeness),
			metric("pagerank", ActorMetrics::pagerank),
			metric("eigenvector", ActorMetrics::eigenvector),
			// e3value's profitability sheet, all layers, yearly in the network currency
			profit("valueIn", Profitability::valueIn),
			profit("valueOut", Profitability::valueOut),
			profit("net", Profitability::net),
			profit("moneyIn", Profitability::moneyIn),
			profit("moneyOut", Profitability::moneyOut));

	private static ActorFigure profit(String name, ToDoubleFunction<Profitability> read) {
		return new ActorFigure(name, (analysis, actor) -> {
			Profitability row = analysis.profitability(actor);
			return row == null ? Double.NaN : read.applyAsDouble(row);
		}, true);
	}

	/** A metric; strength sums the yearly values of the flows, in the network currency. */
	private static ActorFigure metric(String name, ToDoubleFunction<ActorMetrics> read) {
		return new ActorFigure(name, (analysis, actor) -> {
			ActorMetrics metrics = analysis.actor(LayerGraph.ALL, actor);
			return metrics == null ? Double.NaN : read.applyAsDouble(metrics);
		}, name.startsWith("strength."));
	}

	/** Compares {@code scenario} with {@code base}. */
	public static ScenarioComparison of(AbstractNetwork base, AbstractNetwork scenario) {
		return of(NetworkAnalysis.of(base), NetworkAnalysis.of(scenario), ACTOR_FIGURES);
	}

	/** Compares two analyses with the given per-actor figures. */
	public static ScenarioComparison of(NetworkAnalysis before, NetworkAnalysis after, List<ActorFigure> figures) {
		ResolvedNetwork b = before.network();
		ResolvedNetwork a = after.network();
		List<String> added = a.participants().keySet().stream().filter(n -> !b.participants().containsKey(n)).toList();
		List<String> removed = b.participants().keySet().stream().filter(n -> !a.participants().containsKey(n)).toList();

		Map<List<Object>, FlowRecord> beforeFlows = byKey(b.flows());
		Map<List<Object>, FlowRecord> afterFlows = byKey(a.flows());
		List<FlowChange> flowsAdded = new ArrayList<>();
		List<FlowChange> flowsChanged = new ArrayList<>();
		afterFlows.forEach((key, flow) -> {
			FlowRecord old = beforeFlows.get(key);
			if (old == null) {
				flowsAdded.add(change(a, flow, ""));
			} else {
				String detail = changed(old, flow, after.currencyLabel());
				if (!detail.isEmpty()) {
					flowsChanged.add(change(a, flow, detail));
				}
			}
		});
		List<FlowChange> flowsRemoved = new ArrayList<>();
		beforeFlows.forEach((key, flow) -> {
			if (!afterFlows.containsKey(key)) {
				flowsRemoved.add(change(b, flow, ""));
			}
		});

		List<Delta> deltas = new ArrayList<>();
		for (String actor : a.participants().keySet()) {
			if (!b.participants().containsKey(actor)) {
				continue;
			}
			for (ActorFigure figure : figures) {
				double x = figure.function().of(before, actor);
				double y = figure.function().of(after, actor);
				if (differ(x, y)) {
					deltas.add(new Delta(actor, figure.name(), x, y, figure.yearlyValue() ? after.currencyLabel() + "/year" : ""));
				}
			}
		}

		Set<String> suppliedBefore = supplied(b);
		Set<String> suppliedAfter = supplied(a);
		List<String> gained = suppliedAfter.stream().filter(s -> !suppliedBefore.contains(s)).toList();
		List<String> cutOff = suppliedBefore.stream().filter(s -> a.participants().containsKey(s) && !suppliedAfter.contains(s)).toList();
		return new ScenarioComparison(b.network(), a.network(), added, removed, flowsAdded, flowsRemoved, flowsChanged, deltas, gained,
				cutOff);
	}

	/** A flow is the same flow in both when it has the same declaration and the same ends. */
	private static Map<List<Object>, FlowRecord> byKey(List<FlowRecord> flows) {
		Map<List<Object>, FlowRecord> map = new LinkedHashMap<>();
		for (FlowRecord flow : flows) {
			map.putIfAbsent(List.of(flow.source(), flow.from(), flow.to()), flow);
		}
		return map;
	}

	/** What changed, each figure with its unit: the flow's own for the amount, the network currency for cost. */
	private static String changed(FlowRecord old, FlowRecord now, String currency) {
		List<String> parts = new ArrayList<>();
		if (differ(old.amountPerYear(), now.amountPerYear())) {
			parts.add("amount/year " + number(old.amountPerYear()) + unit(old) + " -> " + number(now.amountPerYear()) + unit(now));
		}
		if (differ(old.leadDays(), now.leadDays())) {
			parts.add("lead " + number(old.leadDays()) + " d -> " + number(now.leadDays()) + " d");
		}
		if (differ(old.cost(), now.cost())) {
			parts.add("cost " + number(old.cost()) + " " + currency + " -> " + number(now.cost()) + " " + currency);
		}
		if (differ(old.accuracy(), now.accuracy())) {
			parts.add("accuracy " + number(old.accuracy()) + " -> " + number(now.accuracy()));
		}
		return String.join(", ", parts);
	}

	private static String unit(FlowRecord flow) {
		return flow.unit() == null || Double.isNaN(flow.amountPerYear()) ? "" : " " + flow.unit();
	}

	private static boolean differ(double x, double y) {
		if (Double.isNaN(x) || Double.isNaN(y)) {
			return Double.isNaN(x) != Double.isNaN(y);
		}
		return Math.abs(x - y) > 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
	}

	private static String number(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: String.format(java.util.Locale.ROOT, "%.4g", value);
	}

	private static FlowChange change(ResolvedNetwork network, FlowRecord flow, String detail) {
		String name = flow.source().getName() != null ? flow.source().getName()
				: flow.source().eContainer() instanceof dev.valuenet.model.NamedElement exchange ? exchange.getName() : "";
		return new FlowChange(Objects.toString(name, ""), flow.kind().getLiteral(), simple(network, flow.from()), simple(network, flow.to()),
				detail);
	}

	private static String simple(ResolvedNetwork network, String qualified) {
		ParticipantRecord record = network.participants().get(qualified);
		return record != null ? record.simpleName() : qualified.substring(qualified.lastIndexOf('.') + 1);
	}

	/** Segments that receive goods or services. */
	private static Set<String> supplied(ResolvedNetwork network) {
		Set<String> supplied = new LinkedHashSet<>();
		for (ParticipantRecord participant : network.participants().values()) {
			if (participant.isSegment() && network.flows().stream().anyMatch(f -> f.isSupply() && f.to().equals(participant.name()))) {
				supplied.add(participant.name());
			}
		}
		return supplied;
	}
}
