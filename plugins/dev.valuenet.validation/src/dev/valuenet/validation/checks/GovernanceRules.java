package dev.valuenet.validation.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.BetweennessSample;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.analysis.attribution.ValueAttribution;
import dev.valuenet.analysis.whatif.WhatIfAnalysis;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.attribution.ShapleyResult;
import dev.valuenet.metrics.flow.FlowEfficiency;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.CompareOp;
import dev.valuenet.model.CurrencyTable;
import dev.valuenet.model.EveryExpression;
import dev.valuenet.model.Flows;
import dev.valuenet.model.Governance;
import dev.valuenet.model.InflowExpression;
import dev.valuenet.model.MetricCall;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Participant;
import dev.valuenet.model.PathExpression;
import dev.valuenet.model.Rule;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.Units;
import dev.valuenet.model.ValueKind;
import dev.valuenet.model.ValueObject;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * The model's own governance rules, {@code rule name : <expression> <op> <bound> severity s},
 * evaluated on the network (or on a scenario, which inherits its base's rules). Metrics are
 * taken on all layers. A violation names the actor, the value and the bound; path rules report
 * {@code vnet.slow-path}, the others {@code vnet.rule-violated}.
 */
public final class GovernanceRules extends BasicCheck {

	public GovernanceRules() {
		super(IssueCodes.RULE_VIOLATED, Cost.EXPENSIVE);
	}

	@Override
	public void check(CheckContext context) {
		for (Rule rule : rules(context.network())) {
			new Evaluation(context, rule).run();
		}
	}

	/** The rules that apply: the network's own, or for a scenario those of its base chain. */
	private static List<Rule> rules(AbstractNetwork network) {
		List<Rule> rules = new ArrayList<>();
		Set<AbstractNetwork> seen = new HashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			if (n instanceof Scenario scenario) {
				for (var element : scenario.getElements()) {
					if (element instanceof Governance governance) {
						governance.getStatements().stream().filter(Rule.class::isInstance).map(Rule.class::cast).forEach(rules::add);
					}
				}
			} else if (n instanceof Network declared) {
				// a network's rules are evaluated in the file that declares them
				List<Network> parts = n == network ? List.of(declared) : Networks.parts(declared);
				for (Network part : parts) {
					for (var element : part.getElements()) {
						if (element instanceof Governance governance) {
							governance.getStatements().stream().filter(Rule.class::isInstance).map(Rule.class::cast).forEach(rules::add);
						}
					}
				}
			}
		}
		return rules;
	}

	private static final class Evaluation {
		private final CheckContext context;
		private final Rule rule;
		private final NetworkAnalysis analysis;
		private final String prefix;

		Evaluation(CheckContext context, Rule rule) {
			this.context = context;
			this.rule = rule;
			this.analysis = context.analysis();
			AbstractNetwork owner = EcoreUtil2.getContainerOfType(rule, AbstractNetwork.class);
			this.prefix = owner == context.network() ? "" : "In scenario " + context.network().getName() + ": ";
		}

		void run() {
			if (rule.getExpression() == null || rule.getExpression() instanceof MetricCall call && call.getMetric() == null) {
				return; // the rule did not parse ('rule r : (density) < 1'): its syntax error says so
			}
			if (namesSomethingUnknown(rule)) {
				return; // its unresolved-reference error says what to declare or import
			}
			switch (rule.getExpression()) {
				case MetricCall call when call.getTarget() == null -> network(call);
				case MetricCall call when holdsByBound(call) -> {
				}
				case MetricCall call -> compare(actorName(call.getTarget()), actorMetric(call.getMetric(), call.getTarget()), call.getMetric());
				case EveryExpression every -> every(every);
				case InflowExpression inflow -> inflow(inflow);
				case PathExpression path -> path(path);
				default -> {
				}
			}
		}

		private static boolean namesSomethingUnknown(Rule rule) {
			for (var objects = EcoreUtil2.eAll(rule); objects.hasNext();) {
				for (var referenced : objects.next().eCrossReferences()) {
					if (referenced.eIsProxy()) {
						return true;
					}
				}
			}
			return false;
		}

		/**
		 * {@code betweenness(X) <= b} (or {@code < b}) proved from bounds, without X's exact betweenness
		 * ({@link NetworkAnalysis#betweennessAtMost}): a rule that holds has nothing to report.
		 */
		private boolean holdsByBound(MetricCall call) {
			if (!"betweenness".equals(call.getMetric()) || rule.getBoundUnit() != null
					|| rule.getOp() != CompareOp.LE && rule.getOp() != CompareOp.LT) {
				return false;
			}
			int v = analysis.graph(LayerGraph.ALL).nodeOf(ResolvedNetwork.qualifiedName(call.getTarget()));
			if (v < 0) {
				return false;
			}
			double bound = bound(call.getMetric()).getAsDouble(); // no unit: always present
			// '<' holds when the value is below the bound by more than the comparison's tolerance (holds())
			double proved = rule.getOp() == CompareOp.LE ? bound : bound - 2 * tolerance(bound);
			return analysis.betweennessAtMost(LayerGraph.ALL, v, proved);
		}

		private void network(MetricCall call) {
			compare("the network", analysis.networkMetric(LayerGraph.ALL, call.getMetric()), call.getMetric());
		}

		private void every(EveryExpression every) {
			for (ParticipantRecord participant : analysis.network().participants().values()) {
				boolean matches = every.getRole() != null ? participant.kind().equals(every.getRole().getName())
						: participant.kind().equals(every.getActorKind().getLiteral());
				if (matches) {
					compare(participant.simpleName(), actorMetric(every.getMetric(), participant.source()), every.getMetric());
				}
			}
		}

		/**
		 * {@code share(kind into X from Y)}: Y's share of X's yearly inflow of that kind (or of that value object
		 * only); {@code hhi(kind into X)}. Inflows are summed by their value in the network currency; when some
		 * have none but all are measured in one unit, by their amounts in that unit; else the rule cannot run.
		 */
		private void inflow(InflowExpression inflow) {
			String into = ResolvedNetwork.qualifiedName(inflow.getInto());
			ValueObject object = inflow.getValue() != null && !inflow.getValue().eIsProxy() ? inflow.getValue() : null;
			ValueKind kind = object != null ? object.getKind() : inflow.getKind();
			String what = object != null ? object.getName() : kind.getLiteral();
			List<FlowRecord> matched = analysis.network().flows().stream()
					.filter(f -> f.to().equals(into) && (object != null ? f.source().getValue() == object : f.kind() == kind)).toList();
			boolean byValue = matched.stream().allMatch(FlowRecord::valued);
			String unit = matched.isEmpty() ? null : matched.get(0).unit();
			if (!byValue && (unit == null || !matched.stream().allMatch(f -> !Double.isNaN(f.amountPerYear()) && Flows.sameUnit(unit, f.unit())))) {
				notEvaluated(inflow.getInto().getName() + "'s inflows of " + what
						+ " have neither all a value in the network currency nor one unit to add them in; give them a 'price' or 'worth'");
				return;
			}
			java.util.Map<String, Double> byGiver = new java.util.HashMap<>();
			for (FlowRecord flow : matched) {
				byGiver.merge(flow.from(), byValue ? flow.valuePerYear() : flow.amountPerYear(), Double::sum);
			}
			double total = byGiver.values().stream().mapToDouble(Double::doubleValue).sum();
			if (total <= 0) {
				notEvaluated(inflow.getInto().getName() + " receives no " + what + " with a magnitude");
				return;
			}
			if (inflow.getFunction().equals("share")) {
				if (inflow.getFrom() == null) {
					notEvaluated("share(...) needs 'from <actor>'");
					return;
				}
				double share = byGiver.getOrDefault(ResolvedNetwork.qualifiedName(inflow.getFrom()), 0.0) / total;
				compare(inflow.getFrom().getName() + "'s share of " + what + " into " + inflow.getInto().getName(), share, "share");
			} else {
				double hhi = byGiver.values().stream().mapToDouble(v -> (v / total) * (v / total)).sum();
				compare(what + " into " + inflow.getInto().getName(), hhi, "hhi");
			}
		}

		/**
		 * {@code path(A -> B).lead|cost|accuracy} along the fastest path from A to B: over goods and
		 * services (the value path) when one exists, else over flows of any kind (e.g. money settlement).
		 */
		private void path(PathExpression path) {
			String fromName = ResolvedNetwork.qualifiedName(path.getFrom());
			String toName = ResolvedNetwork.qualifiedName(path.getTo());
			LayerGraph supply = analysis.supplyGraph();
			FlowEfficiency.Paths paths = paths(supply, fromName, toName);
			if (paths == null || !paths.reachable(supply.nodeOf(fromName))) {
				supply = analysis.graph(LayerGraph.ALL);
				paths = paths(supply, fromName, toName);
			}
			if (paths == null) {
				notEvaluated("the path's ends are not part of this network");
				return;
			}
			int from = supply.nodeOf(fromName);
			if (!paths.reachable(from)) {
				report(IssueCodes.SLOW_PATH, "no chain of flows leads from " + path.getFrom().getName() + " to " + path.getTo().getName());
				return;
			}
			double value = switch (path.getProperty()) {
				case "lead" -> paths.leadTime(from);
				case "cost" -> paths.cost(from);
				default -> paths.accuracy(from);
			};
			String bottleneck = "";
			int edge = paths.bottleneck(from);
			if (edge >= 0) {
				MetricsGraph g = supply.graph();
				bottleneck = " (slowest step " + supply.node(g.source(edge)).simpleName() + " -> " + supply.node(g.target(edge)).simpleName() + ")";
			}
			compare("path " + path.getFrom().getName() + " -> " + path.getTo().getName(), value, path.getProperty(), IssueCodes.SLOW_PATH, bottleneck);
		}

		private static FlowEfficiency.Paths paths(LayerGraph graph, String from, String to) {
			int source = graph.nodeOf(from);
			int target = graph.nodeOf(to);
			if (source < 0 || target < 0) {
				return null;
			}
			return new FlowEfficiency(graph.graph(), graph.leadDays(), graph.cost(), graph.accuracy()).toSegment(target);
		}

		private double actorMetric(String metric, Participant participant) {
			LayerGraph all = analysis.graph(LayerGraph.ALL);
			int v = all.nodeOf(ResolvedNetwork.qualifiedName(participant));
			if (v < 0) {
				return Double.NaN;
			}
			MetricsGraph g = all.graph();
			return switch (metric) {
				case "betweenness", "closeness", "eigenvector", "pagerank" -> analysis.scores(LayerGraph.ALL, metric)[v];
				case "degree" -> g.inDegree(v) + g.outDegree(v);
				case "degree.in" -> g.inDegree(v);
				case "degree.out" -> g.outDegree(v);
				case "strength.in" -> g.inStrength(v);
				case "strength.out" -> g.outStrength(v);
				case "redundancy" -> redundancy(participant);
				case "cutoff" -> cutoff(participant);
				case "shapley" -> shapley(participant);
				default -> Double.NaN;
			};
		}

		/** Number of segments left without any supply if the actor exits ({@link WhatIfAnalysis#cutOffSegments}). */
		private double cutoff(Participant participant) {
			LayerGraph supply = analysis.supplyGraph();
			int v = supply.nodeOf(ResolvedNetwork.qualifiedName(participant));
			return WhatIfAnalysis.cutOffSegments(supply).getOrDefault(v, List.of()).size();
		}

		/** Distinct suppliers of goods and services. */
		private double redundancy(Participant participant) {
			LayerGraph supply = analysis.supplyGraph();
			int v = supply.nodeOf(ResolvedNetwork.qualifiedName(participant));
			return v < 0 ? Double.NaN : supply.graph().inDegree(v);
		}

		private double shapley(Participant participant) {
			LayerGraph supply = analysis.supplyGraph();
			ShapleyResult result = ValueAttribution.shapley(analysis);
			int v = supply.nodeOf(ResolvedNetwork.qualifiedName(participant));
			for (int i = 0; i < result.players().length; i++) {
				if (result.players()[i] == v) {
					return result.values()[i];
				}
			}
			return 0;
		}

		private void compare(String subject, double value, String metric) {
			BetweennessSample sample = metric.equals("betweenness") ? analysis.betweennessSample(LayerGraph.ALL) : null;
			compare(subject, value, metric, IssueCodes.RULE_VIOLATED, sample == null ? "" : " (" + sample.describe() + ")");
		}

		private void compare(String subject, double value, String metric, String code, String detail) {
			if (Double.isNaN(value)) {
				notEvaluated(metric + " of " + subject + " is not defined");
				return;
			}
			OptionalDouble bound = bound(metric);
			if (bound.isEmpty()) {
				return;
			}
			if (!holds(value, rule.getOp(), bound.getAsDouble())) {
				report(code, String.format(Locale.ROOT, "%s: %s is %s, but the rule requires %s %s%s.", subject, metric,
						shown(value, bound.getAsDouble(), metric)[0], symbol(rule.getOp()), shown(value, bound.getAsDouble(), metric)[1], detail));
			}
		}

		/** The bound in the metric's own unit: percentages as fractions, durations in days, money in the network currency. */
		private OptionalDouble bound(String metric) {
			double bound = rule.getBound();
			if (rule.isPercent()) {
				return OptionalDouble.of(bound / 100);
			}
			String unit = rule.getBoundUnit();
			if (unit == null) {
				return OptionalDouble.of(bound);
			}
			if (metric.equals("lead")) {
				OptionalDouble days = Units.daysPer(unit);
				if (days.isEmpty()) {
					notEvaluated("'" + unit + "' is not a time unit (use h, d, w, mo, y)");
				}
				return days.isPresent() ? OptionalDouble.of(bound * days.getAsDouble()) : days;
			}
			if (Units.isCurrency(unit)) {
				OptionalDouble rate = CurrencyTable.of(context.network()).rate(unit);
				if (rate.isEmpty()) {
					notEvaluated("no rate converts " + unit + " into the network currency");
				}
				return rate.isPresent() ? OptionalDouble.of(bound * rate.getAsDouble()) : rate;
			}
			notEvaluated("the unit '" + unit + "' does not fit the metric " + metric);
			return OptionalDouble.empty();
		}

		private static String symbol(CompareOp op) {
			return switch (op) {
				case LT -> "<";
				case LE -> "<=";
				case EQ -> "==";
				case NE -> "!=";
				case GE -> ">=";
				default -> ">";
			};
		}

		/** How far apart a value and a bound may be and still count as equal. */
		private static double tolerance(double bound) {
			return 1e-9 * Math.max(1, Math.abs(bound));
		}

		private static boolean holds(double value, CompareOp op, double bound) {
			double eps = tolerance(bound);
			return switch (op) {
				case LT -> value < bound - eps;
				case LE -> value <= bound + eps;
				case EQ -> Math.abs(value - bound) <= eps;
				case NE -> Math.abs(value - bound) > eps;
				case GE -> value >= bound - eps;
				case GT -> value > bound + eps;
				default -> true;
			};
		}

		/** Value and bound as the message prints them: never the same text for two different numbers. */
		private String[] shown(double value, double bound, String metric) {
			if (rule.isPercent()) {
				String[] apart = Figures.apart(value * 100, bound * 100, 1);
				return new String[] { apart[0] + "%", apart[1] + "%" };
			}
			if (metric.equals("lead")) {
				String[] apart = Figures.apart(value, bound, 1);
				return new String[] { apart[0] + " d", apart[1] + " d" };
			}
			if (isWhole(value) && isWhole(bound)) {
				return new String[] { show(value, metric), show(bound, metric) };
			}
			return Figures.apart(value, bound, 3);
		}

		private static boolean isWhole(double value) {
			return value == Math.rint(value) && Math.abs(value) < 1e15;
		}

		private String show(double value, String metric) {
			if (rule.isPercent()) {
				return String.format(Locale.ROOT, "%.1f%%", value * 100);
			}
			if (metric.equals("lead")) {
				return String.format(Locale.ROOT, "%.1f d", value);
			}
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
					: String.format(Locale.ROOT, "%.3f", value);
		}

		private void report(String code, String message) {
			CheckContext.Severity severity = switch (rule.getSeverity()) {
				case WARNING -> CheckContext.Severity.WARNING;
				case INFO -> CheckContext.Severity.INFO;
				default -> CheckContext.Severity.ERROR;
			};
			context.report(severity, prefix + "Rule " + rule.getName() + " violated: " + message, rule,
					ValuenetPackage.Literals.RULE__EXPRESSION, code);
		}

		private void notEvaluated(String why) {
			context.report(CheckContext.Severity.WARNING, prefix + "Rule " + rule.getName() + " cannot be evaluated: " + why + ".", rule,
					ValuenetPackage.Literals.RULE__EXPRESSION, IssueCodes.RULE_NOT_EVALUATED);
		}

		private static String actorName(Participant participant) {
			return participant.getName();
		}
	}
}
