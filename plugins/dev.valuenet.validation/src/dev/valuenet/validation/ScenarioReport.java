package dev.valuenet.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.valuenet.analysis.ScenarioComparison;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.validation.Findings.Finding;

/**
 * A scenario compared with its base, as {@code valuenet compare} and the workbench's Scenario Comparison
 * view show it: the structural comparison ({@link ScenarioComparison}) and the governance rules and other
 * findings that change. Findings are matched by {@link Finding#key()} (code and the element concerned).
 *
 * @param comparison      participants, flows, per-actor figures and segments
 * @param rulesNowFailing rule findings the scenario has and the base has not
 * @param rulesNowPassing rule findings the base has and the scenario has not
 * @param findingsNew     other findings only the scenario has
 * @param findingsGone    other findings only the base has
 */
public record ScenarioReport(ScenarioComparison comparison, List<Finding> rulesNowFailing, List<Finding> rulesNowPassing,
		List<Finding> findingsNew, List<Finding> findingsGone) {

	/** One titled part of the report, one line per item. */
	public record Section(String title, List<String> lines) {
	}

	/** Compares {@code scenario} with {@code base}: analyses and all registered checks on both. */
	public static ScenarioReport of(AbstractNetwork base, AbstractNetwork scenario) {
		ScenarioComparison comparison = ScenarioComparison.of(base, scenario);
		Map<String, Finding> before = Findings.byKey(Findings.of(base));
		Map<String, Finding> after = Findings.byKey(Findings.of(scenario));
		List<Finding> failing = new ArrayList<>();
		List<Finding> passing = new ArrayList<>();
		List<Finding> added = new ArrayList<>();
		List<Finding> gone = new ArrayList<>();
		after.forEach((key, f) -> {
			if (!before.containsKey(key)) {
				(f.isRule() ? failing : added).add(f);
			}
		});
		before.forEach((key, f) -> {
			if (!after.containsKey(key)) {
				(f.isRule() ? passing : gone).add(f);
			}
		});
		return new ScenarioReport(comparison, failing, passing, added, gone);
	}

	/** The report in reading order; every section is present, empty ones with no lines. */
	public List<Section> sections() {
		ScenarioComparison c = comparison;
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("Participants added", c.added().stream().map(ScenarioReport::simple).toList()));
		sections.add(new Section("Participants removed", c.removed().stream().map(ScenarioReport::simple).toList()));
		sections.add(new Section("Flows added", flows(c.flowsAdded())));
		sections.add(new Section("Flows removed", flows(c.flowsRemoved())));
		sections.add(new Section("Flows changed", flows(c.flowsChanged())));
		sections.add(new Section("Segments gained", c.segmentsGained().stream().map(ScenarioReport::simple).toList()));
		sections.add(new Section("Segments cut off", c.segmentsCutOff().stream().map(ScenarioReport::simple).toList()));
		List<String> deltas = new ArrayList<>();
		for (ScenarioComparison.Delta d : c.deltas()) {
			deltas.add(String.format(Locale.ROOT, "%s %s%s: %s -> %s (%s%s)", simple(d.actor()), d.figure(),
					d.unit().isEmpty() ? "" : " (" + d.unit() + ")", number(d.before()), number(d.after()), d.change() > 0 ? "+" : "",
					number(d.change())));
		}
		sections.add(new Section("Actor figures changed", deltas));
		sections.add(new Section("Rules now failing", findings(rulesNowFailing)));
		sections.add(new Section("Rules now passing", findings(rulesNowPassing)));
		sections.add(new Section("Findings new", findings(findingsNew)));
		sections.add(new Section("Findings gone", findings(findingsGone)));
		return sections;
	}

	private static List<String> flows(List<ScenarioComparison.FlowChange> flows) {
		return flows.stream()
				.map(f -> f.name() + ": " + f.kind() + " " + f.from() + " -> " + f.to() + (f.detail().isEmpty() ? "" : ": " + f.detail()))
				.toList();
	}

	private static List<String> findings(List<Finding> findings) {
		return findings.stream().map(f -> f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.code() + "]").toList();
	}

	/** The name without its network's namespace. */
	public static String simple(String qualified) {
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}

	/** Integers as integers, others with 4 decimals; "-" for a figure an actor does not have. */
	public static String number(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4f", value);
	}
}
