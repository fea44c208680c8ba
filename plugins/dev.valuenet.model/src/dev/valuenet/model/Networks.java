package dev.valuenet.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** Navigation over networks that several files contribute to. */
public final class Networks {

	private Networks() {
	}

	/**
	 * All declarations of the network named like {@code network} in its resource set (one per file
	 * that contributes to it), the given one included.
	 */
	public static List<Network> parts(Network network) {
		List<Network> parts = new ArrayList<>();
		Resource own = network.eResource();
		ResourceSet set = own == null ? null : own.getResourceSet();
		if (set == null || network.getName() == null) {
			parts.add(network);
			return parts;
		}
		for (Resource resource : List.copyOf(set.getResources())) {
			for (var root : resource.getContents()) {
				if (root instanceof Document document) {
					for (AbstractNetwork candidate : document.getNetworks()) {
						if (candidate instanceof Network other && network.getName().equals(other.getName())) {
							parts.add(other);
						}
					}
				}
			}
		}
		if (!parts.contains(network)) {
			parts.add(network);
		}
		return parts;
	}
}
