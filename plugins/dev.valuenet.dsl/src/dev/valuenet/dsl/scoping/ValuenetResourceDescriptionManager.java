package dev.valuenet.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's resource descriptions, except that a file alone in its resource set describes no references.
 * A description lists the references that leave its file (what a rename or "find references" in another
 * file needs); finding them visits every element and every reference. Once all references are resolved,
 * any file one of them points to is in the resource set, so a file alone there points to no other: the
 * language server's build of the 5,200-actor example, alone in its folder, spent 0.1 s of each edit to
 * find none.
 */
public class ValuenetResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	protected IResourceDescription internalGetResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy) {
		return new DefaultResourceDescription(resource, strategy, getCache()) {
			@Override
			protected List<IReferenceDescription> computeReferenceDescriptions() {
				if (alone()) {
					EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl); // may load the files referred to
					if (alone()) {
						return new ArrayList<>();
					}
				}
				return super.computeReferenceDescriptions(); // which resolves them first
			}

			private boolean alone() {
				return resource.getResourceSet() != null && resource.getResourceSet().getResources().size() == 1;
			}
		};
	}
}
