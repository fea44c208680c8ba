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
	 * The layer of a flow: the one it names, else the first layer (in the network and its scenario
	 * bases) that groups its value kind or value object; null when none does.
	 */
	public static Layer layerOf(Flow flow, AbstractNetwork network) {
		if (flow.getLayer() != null && !flow.getLayer().eIsProxy()) {
			return flow.getLayer();
		}
		ValueKind kind = Flows.kind(flow);
		java.util.Set<AbstractNetwork> seen = new java.util.HashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			if (n instanceof Network declared) {
				for (Network part : parts(declared)) {
					for (Element element : part.getElements()) {
						if (element instanceof Layer layer
								&& (layer.getKinds().contains(kind) || (flow.getValue() != null && layer.getValues().contains(flow.getValue())))) {
							return layer;
						}
					}
				}
			}
		}
		return null;
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
