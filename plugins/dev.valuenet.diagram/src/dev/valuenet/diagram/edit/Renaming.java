package dev.valuenet.diagram.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.edit.TextEdits;
import dev.valuenet.model.Document;
import dev.valuenet.model.Import;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Participant;
import dev.valuenet.model.ValuenetPackage.Literals;

/**
 * Renaming a declaration in every loaded file: its name, every cross-reference to it in the form it
 * is written, and imports of its qualified name. Like the language server's rename, but headless
 * and as one set of text changes.
 */
final class Renaming {

	private Renaming() {
	}

	/** The changes; the caller has checked that {@code newName} is free and valid. */
	static EditResult rename(NamedElement named, String newName) {
		String oldQualified = ResolvedNetwork.qualifiedName(named);
		String newQualified = oldQualified.substring(0, oldQualified.length() - named.getName().length()) + newName;
		List<TextChange> changes = new ArrayList<>();
		changes.add(TextEdits.replaceFeature(named, Literals.NAMED_ELEMENT__NAME, 0, newName));
		ResourceSet resources = named.eResource().getResourceSet();
		EcoreUtil.resolveAll(resources);
		for (Setting setting : EcoreUtil.UsageCrossReferencer.find(named, resources)) {
			EObject owner = setting.getEObject();
			EStructuralFeature reference = setting.getEStructuralFeature();
			if (reference.isMany()) {
				List<?> values = (List<?>) owner.eGet(reference);
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) == named) {
						changes.add(TextEdits.renameReference(owner, reference, i, newName));
					}
				}
			} else {
				changes.add(TextEdits.renameReference(owner, reference, 0, newName));
			}
		}
		for (Resource resource : List.copyOf(resources.getResources())) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Document document) {
					for (Import imported : document.getImports()) {
						if (oldQualified.equals(imported.getImportedNamespace())) {
							changes.add(TextEdits.replaceFeature(imported, Literals.IMPORT__IMPORTED_NAMESPACE, 0, newQualified));
						}
					}
				}
			}
		}
		return EditResult.of(changes, named instanceof Participant ? newQualified : newName);
	}
}
