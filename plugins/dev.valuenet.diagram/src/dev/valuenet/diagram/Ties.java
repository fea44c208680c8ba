package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.AddEdit;
import dev.valuenet.model.Element;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.RemoveEdit;
import dev.valuenet.model.ReplaceEdit;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ScenarioEdit;
import dev.valuenet.model.Tie;

/**
 * The ties of a network or scenario. {@link ResolvedNetwork} resolves participants and flows only
 * (ties carry no value, so the metrics ignore them); the scenario edits that concern ties are
 * applied here the same way: {@code add tie}, {@code remove tie}, {@code replace A with B} rewires,
 * and a removed participant takes its ties along.
 */
public final class Ties {

	/** A tie between the participants {@code a} and {@code b} (qualified names). */
	public record TieRecord(Tie tie, String a, String b) {
	}

	private Ties() {
	}

	/** The ties shown between participants of {@code resolved}, in the order behind the diagram's {@code t<n>} ids. */
	public static List<TieRecord> of(AbstractNetwork network, ResolvedNetwork resolved) {
		List<TieRecord> ties = new ArrayList<>();
		collect(network, ties, new HashSet<>());
		return ties.stream().filter(t -> !t.a().equals(t.b()) && resolved.participants().containsKey(t.a())
				&& resolved.participants().containsKey(t.b())).toList();
	}

	private static void collect(AbstractNetwork network, List<TieRecord> ties, Set<AbstractNetwork> visiting) {
		if (network == null || network.eIsProxy() || !visiting.add(network)) {
			return;
		}
		if (network instanceof Network declared) {
			for (Network part : Networks.parts(declared)) {
				for (Element element : part.getElements()) {
					if (element instanceof Tie tie) {
						add(ties, tie);
					}
				}
			}
			return;
		}
		Scenario scenario = (Scenario) network;
		collect(scenario.getBase(), ties, visiting);
		for (ScenarioEdit edit : scenario.getEdits()) {
			if (edit instanceof AddEdit add && add.getElement() instanceof Tie tie) {
				add(ties, tie);
			} else if (edit instanceof RemoveEdit remove && remove.getTarget() instanceof Tie tie) {
				ties.removeIf(t -> t.tie() == tie);
			} else if (edit instanceof ReplaceEdit replace && replace.getTarget() != null && !replace.getTarget().eIsProxy()
					&& replace.getReplacement() != null && !replace.getReplacement().eIsProxy()) {
				String old = ResolvedNetwork.qualifiedName(replace.getTarget());
				String by = ResolvedNetwork.qualifiedName(replace.getReplacement());
				ties.replaceAll(t -> new TieRecord(t.tie(), t.a().equals(old) ? by : t.a(), t.b().equals(old) ? by : t.b()));
			}
		}
	}

	private static void add(List<TieRecord> ties, Tie tie) {
		if (tie.getA() != null && !tie.getA().eIsProxy() && tie.getB() != null && !tie.getB().eIsProxy()) {
			ties.add(new TieRecord(tie, ResolvedNetwork.qualifiedName(tie.getA()), ResolvedNetwork.qualifiedName(tie.getB())));
		}
	}
}
