package dev.valuenet.dsl.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

/**
 * The language's resource, with EMF's URI fragments ({@code //@networks.0/@elements.4711}) without a search
 * per object: EMF finds an element's index in its network's list with {@code indexOf}, so the fragments of
 * all 31,000 elements of the 5,200-actor example cost a quadratic 0.8 s each time the language server
 * unloaded the old text after an edit, and again when it indexed the new one. Long lists get a table of
 * positions per model state; an unload takes all fragments from one walk first. The fragments are the
 * same strings EMF computes (the model has no IDs or keys).
 */
public class ValuenetResource extends LazyLinkingResource {

	/** Below this many objects (in a list, or in the model to unload) EMF's own search is as fast as a table. */
	private static final int TABLE_FROM = 2_000;

	/** Per model state (dropped on any change of it; proxy resolution is not one), the index tables of long lists. */
	private static final OnChangeEvictingCache INDEXES = new OnChangeEvictingCache();

	/** The fragments of the objects being unloaded, taken before EMF detaches them. */
	private volatile Map<EObject, String> unloading;

	@Override
	public String getURIFragment(EObject object) {
		Map<EObject, String> table = unloading;
		if (table != null) {
			String fragment = table.get(object);
			return fragment != null ? fragment : super.getURIFragment(object);
		}
		if (object.eResource() != this || getContents().size() != 1 || object.eIsProxy()) {
			return super.getURIFragment(object);
		}
		// EMF's path ("/" then "/@feature.index" per level), with each index from a table of its list
		List<String> segments = new ArrayList<>();
		for (EObject child = object; child.eContainer() != null; child = child.eContainer()) {
			EReference feature = child.eContainmentFeature();
			segments.add(feature.isMany() ? "@" + feature.getName() + "." + indexIn(child.eContainer(), feature, child) : "@" + feature.getName());
		}
		StringBuilder fragment = new StringBuilder("/");
		for (int i = segments.size() - 1; i >= 0; i--) {
			fragment.append('/').append(segments.get(i));
		}
		return fragment.toString();
	}

	/** {@code child}'s index in its list: a search in short lists, a table (per model state) in long ones. */
	@SuppressWarnings("unchecked")
	private int indexIn(EObject container, EReference feature, EObject child) {
		List<EObject> list = (List<EObject>) container.eGet(feature, false);
		if (list.size() < TABLE_FROM) {
			return list.indexOf(child);
		}
		// keyed by the list's owner and feature: a list's own hashCode and equals visit all its elements
		Map<ListKey, Map<EObject, Integer>> tables = INDEXES.get(INDEXES, this, ConcurrentHashMap::new);
		Integer index = tables.computeIfAbsent(new ListKey(container, feature), key -> positions(list)).get(child);
		return index != null ? index : list.indexOf(child);
	}

	/** A containment list by identity: its owner and feature (EObjects hash by identity). */
	private record ListKey(EObject container, EReference feature) {
	}

	private static Map<EObject, Integer> positions(List<EObject> list) {
		Map<EObject, Integer> positions = new IdentityHashMap<>(list.size() * 2);
		for (int i = 0; i < list.size(); i++) {
			positions.put(list.get(i), i);
		}
		return positions;
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
