package dev.valuenet.validation.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.AddEdit;
import dev.valuenet.model.Element;
import dev.valuenet.model.Governance;
import dev.valuenet.model.GovernanceStatement;
import dev.valuenet.model.Network;
import dev.valuenet.model.NetworkCache;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Participant;
import dev.valuenet.model.RemoveEdit;
import dev.valuenet.model.ReplaceEdit;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ScenarioEdit;
import dev.valuenet.model.Tie;

/**
 * What the governance checks read from the model: the governance statements that apply to a network
 * or scenario, and the ties it has after the scenario edits.
 */
final class Governances {

	private Governances() {
	}

	/**
	 * The statements of {@code type} that apply: those of every file of a network; for a scenario its
	 * own governance blocks on top of those of its base chain (base first).
	 */
	static <T extends GovernanceStatement> List<T> statements(AbstractNetwork network, Class<T> type) {
		if (network instanceof Network) {
			// once per network and model state, not once per check and file: a scan of every element of
			// every file (2.7% of checking the 50,000-actor model of 7 files). A scenario's statements
			// depend on its base's files too, so they are not cached.
			return NetworkCache.get(List.of(Governances.class, type), network, () -> List.copyOf(collect(network, type)));
		}
		return collect(network, type);
	}

	private static <T extends GovernanceStatement> List<T> collect(AbstractNetwork network, Class<T> type) {
		List<AbstractNetwork> chain = chain(network);
		List<T> statements = new ArrayList<>();
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (Element element : elements(chain.get(i))) {
				if (element instanceof Governance governance) {
					governance.getStatements().stream().filter(type::isInstance).map(type::cast).forEach(statements::add);
				}
			}
		}
		return statements;
	}

	/** The network and its bases, the network first; a cycle or an unresolved base ends the chain. */
	static List<AbstractNetwork> chain(AbstractNetwork network) {
		List<AbstractNetwork> chain = new ArrayList<>();
		Set<AbstractNetwork> seen = new HashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			chain.add(n);
		}
		return chain;
	}

	private static List<Element> elements(AbstractNetwork network) {
		if (network instanceof Scenario scenario) {
			return scenario.getElements();
		}
		List<Element> elements = new ArrayList<>();
		for (Network part : Networks.parts((Network) network)) {
			elements.addAll(part.getElements());
		}
		return elements;
	}

	/**
	 * A tie of the resolved network, with the qualified names of its ends after {@code replace}.
	 *
	 * @param source the declaring tie
	 */
	record TieRecord(Tie source, String a, String b) {
		boolean joins(String x, String y) {
			return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
		}
	}

	/**
	 * The ties of a network, or of a scenario after its edits: {@code add tie}, {@code remove} of a tie
	 * or of one of its ends, {@code replace} of an end. (ResolvedNetwork resolves actors and flows
	 * only.)
	 */
	static List<TieRecord> ties(AbstractNetwork network) {
		List<AbstractNetwork> chain = chain(network);
		Map<Tie, TieRecord> ties = new LinkedHashMap<>();
		for (int i = chain.size() - 1; i >= 0; i--) {
			AbstractNetwork n = chain.get(i);
			if (n instanceof Network declared) {
				for (Element element : elements(declared)) {
					if (element instanceof Tie tie) {
						add(ties, tie);
					}
				}
			} else if (n instanceof Scenario scenario) {
				for (ScenarioEdit edit : scenario.getEdits()) {
					switch (edit) {
						case AddEdit add when add.getElement() instanceof Tie tie -> add(ties, tie);
						case RemoveEdit remove when remove.getTarget() instanceof Tie tie -> ties.remove(tie);
						case RemoveEdit remove when remove.getTarget() instanceof Participant p && !p.eIsProxy() -> {
							String name = ResolvedNetwork.qualifiedName(p);
							ties.values().removeIf(t -> t.a().equals(name) || t.b().equals(name));
						}
						case ReplaceEdit replace when replace.getTarget() != null && !replace.getTarget().eIsProxy()
								&& replace.getReplacement() != null -> {
							String old = ResolvedNetwork.qualifiedName(replace.getTarget());
							String by = ResolvedNetwork.qualifiedName(replace.getReplacement());
							ties.replaceAll((tie, t) -> new TieRecord(tie, t.a().equals(old) ? by : t.a(), t.b().equals(old) ? by : t.b()));
						}
						default -> {
						}
					}
				}
			}
		}
		return List.copyOf(ties.values());
	}

	private static void add(Map<Tie, TieRecord> ties, Tie tie) {
		if (tie.getA() != null && !tie.getA().eIsProxy() && tie.getB() != null && !tie.getB().eIsProxy()) {
			ties.put(tie, new TieRecord(tie, ResolvedNetwork.qualifiedName(tie.getA()), ResolvedNetwork.qualifiedName(tie.getB())));
		}
	}

	/** The participant's qualified name, or null when it does not resolve. */
	static String name(Participant participant) {
		return participant == null || participant.eIsProxy() ? null : ResolvedNetwork.qualifiedName(participant);
	}
}
