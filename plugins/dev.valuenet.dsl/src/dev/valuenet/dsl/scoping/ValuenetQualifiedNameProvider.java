package dev.valuenet.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import dev.valuenet.model.NamedElement;

/**
 * Xtext's qualified names (an element's name after the qualified name of its nearest named container),
 * computed without Xtext's reflective steps: the language declares no {@code qualifiedName} methods for
 * the declarative dispatcher to find, and every named element is a {@link NamedElement}, whose name EMF
 * gives directly. Indexing, scoping and the checks ask for the names of all 31,000 elements of the
 * 5,200-actor example on every build. Values are cached per model state, as Xtext's are.
 */
public class ValuenetQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	@Override
	protected QualifiedName computeFullyQualifiedName(EObject object) {
		if (!(object instanceof NamedElement named)) {
			// an element without a "name" attribute has no name; any other is left to Xtext
			return object.eClass().getEStructuralFeature("name") == null ? null : super.computeFullyQualifiedName(object);
		}
		String name = named.getName();
		if (name == null || name.isEmpty()) {
			return null;
		}
		QualifiedName own = getConverter().toQualifiedName(name);
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			QualifiedName outer = getFullyQualifiedName(container);
			if (outer != null) {
				return outer.append(own);
			}
		}
		return own;
	}
}
