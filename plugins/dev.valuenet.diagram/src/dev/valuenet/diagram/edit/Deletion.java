package dev.valuenet.diagram.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.edit.TextEdits;
import dev.valuenet.model.Canvas;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Governance;
import dev.valuenet.model.Network;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ValuenetPackage.Literals;

/**
 * Deleting declarations so the model stays valid: whatever refers to a deleted declaration goes
 * too, as an Eclipse modeling user expects from a diagram delete. A reference in a list that keeps
 * other values ({@code applies to A, B}) loses only that value; an optional {@code via} or
 * {@code layer} property is dropped; any other referring line (a flow, a tie, a rule, a partner
 * canvas, a scenario edit) is deleted, and what refers to it in turn. Only references from objects
 * that {@code scope} accepts are followed (a scenario edits only itself).
 */
final class Deletion {

	private final ResourceSet resourceSet;
	private final Predicate<EObject> scope;

	Deletion(ResourceSet resourceSet, Predicate<EObject> scope) {
		this.resourceSet = resourceSet;
		this.scope = scope;
	}

	/**
	 * The changes deleting the lines of {@code roots} and what depends on them or on {@code gone}
	 * (declarations that disappear without their text being deleted, e.g. removed by a scenario).
	 */
	List<TextChange> changes(Collection<? extends EObject> roots, Collection<? extends EObject> gone) {
		EcoreUtil.resolveAll(resourceSet);
		Set<EObject> deleted = new LinkedHashSet<>(roots);
		Map<EObject, Collection<Setting>> usages;
		while (true) {
			Set<EObject> targets = targets(deleted, gone);
			usages = EcoreUtil.UsageCrossReferencer.findAll(targets, resourceSet);
			boolean grew = false;
			for (Collection<Setting> settings : usages.values()) {
				for (Setting setting : settings) {
					EObject owner = setting.getEObject();
					if (EcoreUtil.isAncestor(deleted, owner) || !scope.test(owner) || isOptionalProperty(setting.getEStructuralFeature())
							|| keepsOtherValues(setting, targets)) {
						continue;
					}
					EObject line = line(owner);
					if (line != null && deleted.add(line)) {
						grew = true;
					}
				}
			}
			if (!grew) {
				break;
			}
		}
		Set<EObject> targets = targets(deleted, gone);
		List<TextChange> changes = new ArrayList<>(TextEdits.deleteLines(topmost(deleted)));
		Set<String> done = new java.util.HashSet<>();
		for (Collection<Setting> settings : usages.values()) {
			for (Setting setting : settings) {
				EObject owner = setting.getEObject();
				EStructuralFeature feature = setting.getEStructuralFeature();
				if (EcoreUtil.isAncestor(deleted, owner) || !scope.test(owner) || !done.add(EcoreUtil.getURI(owner) + "#" + feature.getName())) {
					continue;
				}
				if (isOptionalProperty(feature)) {
					changes.add(TextEdits.removeProperty(owner, feature));
				} else if (feature.isMany()) {
					List<?> values = (List<?>) owner.eGet(feature);
					for (int i = 0; i < values.size(); i++) {
						if (targets.contains(values.get(i))) {
							changes.add(TextEdits.removeListValue(owner, feature, i));
						}
					}
				}
			}
		}
		return changes;
	}

	/** The deleted objects, what they contain and what is gone otherwise. */
	private static Set<EObject> targets(Set<EObject> deleted, Collection<? extends EObject> gone) {
		Set<EObject> targets = new LinkedHashSet<>();
		for (EObject object : deleted) {
			targets.add(object);
			object.eAllContents().forEachRemaining(targets::add);
		}
		for (EObject object : gone) {
			targets.add(object);
			object.eAllContents().forEachRemaining(targets::add);
		}
		return targets;
	}

	private static boolean isOptionalProperty(EStructuralFeature feature) {
		return feature == Literals.FLOW__VIA || feature == Literals.FLOW__LAYER;
	}

	private static boolean keepsOtherValues(Setting setting, Set<EObject> targets) {
		if (!setting.getEStructuralFeature().isMany()) {
			return false;
		}
		return ((List<?>) setting.get(true)).stream().anyMatch(v -> !targets.contains(v));
	}

	/** The line-level declaration an object belongs to: a member of a network, scenario, governance, canvas or exchange block. */
	static EObject line(EObject object) {
		EObject current = object;
		while (current.eContainer() != null && !isBlock(current.eContainer())) {
			current = current.eContainer();
		}
		return current.eContainer() == null ? null : current;
	}

	private static boolean isBlock(EObject object) {
		return object instanceof Network || object instanceof Scenario || object instanceof Governance || object instanceof Canvas
				|| object instanceof Exchange;
	}

	private static List<EObject> topmost(Set<EObject> deleted) {
		return deleted.stream().filter(o -> !EcoreUtil.isAncestor(deleted, o.eContainer())).toList();
	}
}
