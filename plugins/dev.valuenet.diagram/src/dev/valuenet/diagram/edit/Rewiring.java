package dev.valuenet.diagram.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.edit.TextEdits;
import dev.valuenet.model.Flow;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Participant;
import dev.valuenet.model.RemoveEdit;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.Tie;
import dev.valuenet.model.ValuenetPackage.Literals;

/**
 * Reconnecting a flow or a tie: its ends rewritten in place, or, for one of a scenario's base, a
 * {@code remove} edit and a rewired copy. A {@code via} tie that no longer joins a flow's ends is
 * dropped (the validator would reject it).
 */
final class Rewiring {

	private Rewiring() {
	}

	static EditResult rewire(NamedElement edge, Participant from, Participant to) {
		List<TextChange> changes = new ArrayList<>();
		EStructuralFeature first = edge instanceof Flow ? Literals.FLOW__FROM : Literals.TIE__A;
		EStructuralFeature second = edge instanceof Flow ? Literals.FLOW__TO : Literals.TIE__B;
		if (edge.eGet(first) != from) {
			changes.add(TextEdits.replaceFeature(edge, first, 0, from.getName()));
		}
		if (edge.eGet(second) != to) {
			changes.add(TextEdits.replaceFeature(edge, second, 0, to.getName()));
		}
		if (edge instanceof Flow flow && flow.getVia() != null && !joins(flow.getVia(), from, to)) {
			changes.add(TextEdits.removeProperty(flow, Literals.FLOW__VIA));
		}
		if (edge instanceof Tie tie) {
			ResourceSet resources = tie.eResource().getResourceSet();
			EcoreUtil.resolveAll(resources);
			for (Setting setting : EcoreUtil.UsageCrossReferencer.find(tie, resources)) {
				if (setting.getEObject() instanceof Flow flow && setting.getEStructuralFeature() == Literals.FLOW__VIA
						&& !Set.of(from, to).equals(Set.of(flow.getFrom(), flow.getTo()))) {
					changes.add(TextEdits.removeProperty(flow, Literals.FLOW__VIA));
				}
			}
		}
		return EditResult.of(changes, edge.getName());
	}

	/** {@code remove f} and {@code add flow f2 : <kind> <from> -> <to> <f's properties>} (likewise for ties). */
	static EditResult rewiredCopy(Scenario scenario, NamedElement edge, ParticipantRecord from, ParticipantRecord to) {
		String name = new Names(scenario).unique(edge.getName());
		String rest = textAfter(edge, edge instanceof Flow ? Literals.FLOW__TO : Literals.TIE__B);
		String line;
		if (edge instanceof Flow flow) {
			if (flow.getVia() != null && !joins(flow.getVia(), from.source(), to.source())) {
				rest = withoutVia(flow, rest);
			}
			String kind = TextEdits.featureText(flow, flow.getValue() != null ? Literals.FLOW__VALUE : Literals.FLOW__KIND);
			line = "add flow " + name + " : " + kind + " " + from.simpleName() + " -> " + to.simpleName() + rest;
		} else {
			Tie tie = (Tie) edge;
			line = "add tie " + name + " : " + tie.getKind().getLiteral() + " " + from.simpleName() + " -- " + to.simpleName() + rest;
		}
		List<TextChange> changes = List.of(Placement.insertEdit(scenario, Placement.rank(RemoveEdit.class), "remove " + edge.getName()),
				Placement.insertEdit(scenario, Placement.rank(edge.eClass().getInstanceClass()), line));
		return EditResult.of(changes, name);
	}

	private static boolean joins(Tie tie, EObject a, EObject b) {
		return Set.of(a, b).equals(Set.of(tie.getA(), tie.getB()));
	}

	/** The text of an element after one of its features, e.g. a flow's {@code { 2M EUR/year via x }}. */
	private static String textAfter(EObject element, EStructuralFeature feature) {
		INode end = NodeModelUtils.findNodesForFeature(element, feature).get(0);
		return TextEdits.text(element).substring(end.getEndOffset(), NodeModelUtils.getNode(element).getEndOffset());
	}

	private static String withoutVia(Flow flow, String rest) {
		TextChange via = TextEdits.removeProperty(flow, Literals.FLOW__VIA);
		int restStart = NodeModelUtils.getNode(flow).getEndOffset() - rest.length();
		return TextChange.apply(rest, List.of(new TextChange(via.file(), via.offset() - restStart, via.length(), "")));
	}
}
