package dev.valuenet.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.util.CancelIndicator;

import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.dsl.validation.Suppressions;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Accept;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Rule;

/**
 * The findings of the registered metric checks ({@link MetricChecks#ALL}) on one network or scenario,
 * without an editor or a resource validation: what {@code valuenet compare} sets side by side. Findings
 * the model accepts ({@code accept}) are left out, as in {@code valuenet check}.
 */
public final class Findings {

	/**
	 * One finding.
	 *
	 * @param code     issue code
	 * @param severity its severity
	 * @param subject  the name of the element it is about (the rule, for a governance rule), or the network
	 * @param message  the check's message
	 */
	public record Finding(String code, CheckContext.Severity severity, String subject, String message) {

		/** Findings are the same in two networks when code and subject are. */
		public String key() {
			return code + " " + subject;
		}

		/** Whether it reports a governance rule of the model (violated or not evaluable). */
		public boolean isRule() {
			return code.equals(IssueCodes.RULE_VIOLATED) || code.equals(IssueCodes.SLOW_PATH) || code.equals(IssueCodes.RULE_NOT_EVALUATED);
		}
	}

	private Findings() {
	}

	/** Runs every registered check on {@code network}; a check that fails is reported as a warning finding. */
	public static List<Finding> of(AbstractNetwork network) {
		return of(network, false);
	}

	/** As {@link #of(AbstractNetwork)}; with {@code withAccepted} the findings the model accepts are kept too. */
	public static List<Finding> of(AbstractNetwork network, boolean withAccepted) {
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		List<Accept> accepts = withAccepted ? List.of() : Suppressions.acceptsFor(network);
		List<Finding> findings = new ArrayList<>();
		CheckContext context = new CheckContext() {
			@Override
			public AbstractNetwork network() {
				return network;
			}

			@Override
			public NetworkAnalysis analysis() {
				return analysis;
			}

			@Override
			public int currentYear() {
				return MetricValidator.currentYear();
			}

			@Override
			public void report(Severity severity, String message, EObject object, EStructuralFeature feature, String code) {
				if (accepts.stream().noneMatch(a -> Suppressions.covers(a, code, object))) {
					findings.add(new Finding(code, severity, subject(object, network), message));
				}
			}
		};
		new MetricValidator().runChecks(MetricChecks.ALL, context, CancelIndicator.NullImpl, (check, e) -> findings.add(
				new Finding(check.code(), CheckContext.Severity.WARNING, network.getName(), MetricValidator.couldNotRun(check, e))));
		return findings;
	}

	/** The findings by {@link Finding#key()}, first one per key. */
	public static Map<String, Finding> byKey(List<Finding> findings) {
		Map<String, Finding> map = new LinkedHashMap<>();
		findings.forEach(f -> map.putIfAbsent(f.key(), f));
		return map;
	}

	/** The name {@link Finding#subject()} gives the element a finding is about. */
	static String subject(EObject object, AbstractNetwork network) {
		EObject named = object;
		while (named != null && !(named instanceof NamedElement n && n.getName() != null)) {
			named = named.eContainer();
		}
		if (named instanceof Rule rule) {
			return "rule " + rule.getName();
		}
		return named instanceof NamedElement element ? ResolvedNetwork.qualifiedName(element) : network.getName();
	}
}
