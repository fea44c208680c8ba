package dev.valuenet.dsl.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

/**
 * The language's resource, with EMF's URI fragments ({@code //@networks.0/@elements.4711}) computed in one
 * walk of the model instead of one search per object: EMF finds an element's index in its network's list
 * with {@code indexOf}, so the fragments of all 31,000 elements of the 5,200-actor example cost a
 * quadratic 0.8 s each time the language server unloaded the old text after an edit, and again when it
 * indexed the new one. The fragments are the same strings EMF computes (no IDs or keys in the model).
 */
public class ValuenetResource extends LazyLinkingResource {

	/** Below this many objects EMF's own search is as fast as building the table. */
	private static final int TABLE_FROM = 2_000;

	/** The fragments of the model's state, dropped on any change of it (proxy resolution is not one). */
	private static final OnChangeEvictingCache FRAGMENTS = new OnChangeEvictingCache();

	/** The fragments of the objects being unloaded, taken before EMF detaches them. */
	private volatile Map<EObject, String> unloading;

	@Override
	public String getURIFragment(EObject object) {
		Map<EObject, String> table = unloading;
		if (table == null && object.eResource() == this && getContents().size() == 1) {
			table = FRAGMENTS.get(FRAGMENTS, this, () -> isLarge() ? fragments() : Map.<EObject, String> of());
		}
		String fragment = table == null ? null : table.get(object);
		return fragment != null ? fragment : super.getURIFragment(object);
	}

	@Override
	protected void doUnload() {
		// unloading turns every object into a proxy whose URI holds its fragment
		unloading = getContents().size() == 1 && isLarge() ? fragments() : null;
		try {
			super.doUnload();
		} finally {
			unloading = null;
		}
	}

	private boolean isLarge() {
		EObject root = getContents().get(0);
		int count = 0;
		for (EObject child : root.eContents()) {
			if (++count >= TABLE_FROM) {
				return true;
			}
			for (var grandChildren = child.eContents().iterator(); grandChildren.hasNext(); grandChildren.next()) {
				if (++count >= TABLE_FROM) {
					return true;
				}
			}
		}
		return false;
	}

	/** Every contained object's fragment, as {@code ResourceImpl.getURIFragment} writes it for a single root ("/"). */
	private Map<EObject, String> fragments() {
		Map<EObject, String> table = new HashMap<>();
		EObject root = getContents().get(0);
		table.put(root, "/");
		walk(root, "/", table);
		return table;
	}

	@SuppressWarnings("unchecked")
	private static void walk(EObject container, String path, Map<EObject, String> table) {
		for (EReference feature : container.eClass().getEAllContainments()) {
			if (!container.eIsSet(feature)) {
				continue;
			}
			String prefix = path + "/@" + feature.getName();
			if (feature.isMany()) {
				List<EObject> children = (List<EObject>) container.eGet(feature, false);
				for (int i = 0; i < children.size(); i++) {
					String fragment = prefix + "." + i;
					table.put(children.get(i), fragment);
					walk(children.get(i), fragment, table);
				}
			} else if (container.eGet(feature, false) instanceof EObject child) {
				table.put(child, prefix);
				walk(child, prefix, table);
			}
		}
	}
}
