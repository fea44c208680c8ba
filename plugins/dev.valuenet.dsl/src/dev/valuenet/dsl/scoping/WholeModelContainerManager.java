package dev.valuenet.dsl.scoping;

import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.FlatResourceSetBasedAllContainersState;
import org.eclipse.xtext.resource.containers.IAllContainersState;
import org.eclipse.xtext.resource.containers.IContainerState;
import org.eclipse.xtext.resource.containers.StateBasedContainer;
import org.eclipse.xtext.resource.containers.StateBasedContainerManager;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;

/**
 * Xtext's container manager, except where a model is one resource set and its only container (the CLI
 * and the workbench's model sessions: {@code ModelSession}, one folder per resource set). There Xtext's
 * container still filters every name it finds by the URI of its file, and the URI of an element means
 * its index in its network's list of elements, a linear search: linking the 50,000-actor model (7 files)
 * spent most of its 10 s there. The index and the container hold the same files, so the filter is left
 * out. The language server's projects ({@code ProjectDescription}) are not affected.
 */
public class WholeModelContainerManager extends StateBasedContainerManager {

	@Override
	protected IContainer createContainer(IResourceDescriptions descriptions, IAllContainersState state, IContainerState containerState) {
		if (state instanceof FlatResourceSetBasedAllContainersState flat && descriptions instanceof ResourceSetBasedResourceDescriptions index
				&& index.getResourceSet() == flat.getResourceSet()
				&& ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(flat.getResourceSet()) == null) {
			return new StateBasedContainer(descriptions, containerState) {
				@Override
				protected Iterable<IEObjectDescription> filterByURI(Iterable<IEObjectDescription> unfiltered) {
					return unfiltered; // every file of the index is in this container
				}
			};
		}
		return super.createContainer(descriptions, state, containerState);
	}
}
