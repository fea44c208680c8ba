package dev.valuenet.dsl.linking;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;

import dev.valuenet.model.Document;
import dev.valuenet.model.NamedElement;

/**
 * What a reparse of some network elements changed (dev.valuenet.dsl.parsing.NetworkElementReparser), for
 * the linking that follows it ({@link ValuenetLinker}): the new elements, and every name declared in the old
 * or the new ones. Kept on the document until that linking takes it; a whole parse makes a new document,
 * which has none.
 */
public final class ElementEdit extends AdapterImpl {
	private final Set<EObject> inserted;
	private final Set<String> names = new HashSet<>();

	private ElementEdit(Collection<? extends EObject> removed, Collection<? extends EObject> inserted) {
		this.inserted = Set.copyOf(inserted);
		removed.forEach(this::addNames);
		inserted.forEach(this::addNames);
	}

	/** Records on {@code document} that {@code inserted} replace {@code removed} (read before they are unloaded). */
	public static void record(Document document, Collection<? extends EObject> removed, Collection<? extends EObject> inserted) {
		take(document);
		document.eAdapters().add(new ElementEdit(removed, inserted));
	}

	/** The edit recorded on {@code model}, if any, without taking it. */
	static ElementEdit of(EObject model) {
		for (var adapter : model.eAdapters()) {
			if (adapter instanceof ElementEdit edit) {
				return edit;
			}
		}
		return null;
	}

	/** The edit recorded on {@code model}, if any, removed from it. */
	static ElementEdit take(EObject model) {
		ElementEdit edit = of(model);
		if (edit != null) {
			model.eAdapters().remove(edit);
		}
		return edit;
	}

	boolean isInserted(EObject object) {
		return inserted.contains(object);
	}

	/**
	 * Whether {@code object}, outside the new elements, links as it did: every reference of it points to an
	 * object still in a resource, named differently from every element the edit took out or put in. A name
	 * resolves to another object only if an object of that name came or went; the target's name is the
	 * last segment of the reference's text, whatever import or network name completed it.
	 */
	boolean keepsLinks(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
					|| reference.isTransient()) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (value instanceof InternalEList<?> list) {
				for (Iterator<?> targets = list.basicIterator(); targets.hasNext();) {
					if (!stillLinked((EObject) targets.next())) {
						return false;
					}
				}
			} else if (value instanceof EObject target && !stillLinked(target)) {
				return false;
			}
		}
		return true;
	}

	private boolean stillLinked(EObject target) {
		return !target.eIsProxy() && target.eResource() != null && !(target instanceof NamedElement named && names.contains(named.getName()));
	}

	private void addNames(EObject element) {
		if (element instanceof NamedElement named) {
			names.add(named.getName());
		}
		for (Iterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof NamedElement named) {
				names.add(named.getName());
			}
		}
	}
}
