package dev.valuenet.diagram.edit;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.edit.TextEdits;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Actor;
import dev.valuenet.model.AddEdit;
import dev.valuenet.model.Canvas;
import dev.valuenet.model.ChangeEdit;
import dev.valuenet.model.Element;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Governance;
import dev.valuenet.model.Layer;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.RemoveEdit;
import dev.valuenet.model.ReplaceEdit;
import dev.valuenet.model.Role;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.Segment;
import dev.valuenet.model.Tie;
import dev.valuenet.model.ValueObject;

/**
 * Where a new line goes: after the last declaration (or scenario edit) of its kind, else after the
 * last one of a kind that canonically comes before it, so new lines join their section.
 */
final class Placement {

	private Placement() {
	}

	/**
	 * The line for a new declaration: in a network, after the last declaration of its kind (in the
	 * file of the network that has them, for networks split over files); in a scenario, as an
	 * {@code add} edit after the last one adding that kind.
	 */
	static TextChange insert(AbstractNetwork network, Class<? extends Element> kind, String declaration) {
		if (network instanceof Scenario scenario) {
			return insertEdit(scenario, rank(kind), "add " + declaration);
		}
		Network target = (Network) network;
		int rank = rank(kind);
		for (Network part : Networks.parts((Network) network)) {
			if (TextEdits.lastMember(part, m -> rank(m) == rank) != null) {
				target = part;
				break;
			}
		}
		return TextEdits.insertMember(target, anchor(target, rank), declaration);
	}

	/** An edit line of a scenario, after the last edit of the same rank. */
	static TextChange insertEdit(Scenario scenario, int rank, String line) {
		return TextEdits.insertMember(scenario, anchor(scenario, rank), line);
	}

	/** The member a new member of {@code rank} follows: the last of that rank, else the last of a lower rank. */
	static EObject anchor(EObject block, int rank) {
		EObject same = TextEdits.lastMember(block, m -> rank(m) == rank);
		return same != null ? same : TextEdits.lastMember(block, m -> rank(m) < rank);
	}

	/** The canonical order of a network's declarations and a scenario's edits. */
	static int rank(Object member) {
		Object m = member instanceof AddEdit add ? add.getElement() : member;
		if (m instanceof Class<?> type) {
			return rankOfType(type);
		}
		return m == null ? 99 : rankOfType(((EObject) m).eClass().getInstanceClass());
	}

	private static int rankOfType(Class<?> type) {
		List<Class<?>> order = Arrays.asList(RemoveEdit.class, Layer.class, ValueObject.class, Role.class, Actor.class, Segment.class,
				Tie.class, Flow.class, ReplaceEdit.class, Governance.class, Canvas.class, ChangeEdit.class);
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).isAssignableFrom(type)) {
				return i;
			}
		}
		return type == Exchange.class ? order.indexOf(Flow.class) : 99;
	}
}
