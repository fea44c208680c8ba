package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.AddEdit;
import dev.valuenet.model.Element;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Participant;
import dev.valuenet.model.RemoveEdit;
import dev.valuenet.model.ReplaceEdit;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ScenarioEdit;
import dev.valuenet.model.Tie;

/**
 * The ties of a network, or of a scenario with its edits applied the way {@link ResolvedNetwork}
 * applies them to flows: {@code add tie} adds one, {@code remove} of a tie or of one of its ends
 * drops it, {@code replace A with B} moves A's ties to B. Ties whose ends are not both participants
 * of the resolved network (unresolved, removed) are left out.
 */
final class Ties {

	private Ties() {
	}

	static List<TieRecord> of(ResolvedNetwork resolved) {
		List<TieRecord> ties = collect(resolved.network(), new HashSet<>());
		Map<String, ParticipantRecord> participants = resolved.participants();
		return List.copyOf(ties.stream().filter(t -> !t.a().equals(t.b()) && participants.containsKey(t.a())
				&& participants.containsKey(t.b())).toList());
	}

	private static List<TieRecord> collect(AbstractNetwork network, Set<AbstractNetwork> visiting) {
		List<TieRecord> ties = new ArrayList<>();
		if (network instanceof Scenario scenario) {
			AbstractNetwork base = scenario.getBase();
			if (resolved(base) && visiting.add(scenario)) {
				ties.addAll(collect(base, visiting));
			}
			for (ScenarioEdit edit : scenario.getEdits()) {
				switch (edit) {
					case AddEdit add when add.getElement() instanceof Tie tie -> add(ties, tie);
					case RemoveEdit remove when resolved(remove.getTarget()) -> {
						if (remove.getTarget() instanceof Tie tie) {
							ties.removeIf(t -> t.source() == tie);
						} else if (remove.getTarget() instanceof Participant participant) {
							String name = ResolvedNetwork.qualifiedName(participant);
							ties.removeIf(t -> t.a().equals(name) || t.b().equals(name));
						}
					}
					case ReplaceEdit replace when resolved(replace.getTarget()) && resolved(replace.getReplacement()) -> {
						String old = ResolvedNetwork.qualifiedName(replace.getTarget());
						String by = ResolvedNetwork.qualifiedName(replace.getReplacement());
						ties.replaceAll(t -> new TieRecord(t.source(), t.a().equals(old) ? by : t.a(), t.b().equals(old) ? by : t.b()));
					}
					default -> {
					}
				}
			}
		} else if (network instanceof Network net) {
			for (Network part : Networks.parts(net)) {
				for (Element element : part.getElements()) {
					if (element instanceof Tie tie) {
						add(ties, tie);
					}
				}
			}
		}
		return ties;
	}

	private static void add(List<TieRecord> ties, Tie tie) {
		if (resolved(tie.getA()) && resolved(tie.getB())) {
			ties.add(new TieRecord(tie, ResolvedNetwork.qualifiedName(tie.getA()), ResolvedNetwork.qualifiedName(tie.getB())));
		}
	}

	private static boolean resolved(EObject object) {
		return object != null && !object.eIsProxy();
	}
}
