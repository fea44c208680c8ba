package dev.valuenet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.OnChangeEvictingCache;

/**
 * Values computed from a whole network (its analysis, an index of its flows), kept once per model
 * state. A network split over several files has one declaration per file and each file's
 * validation asks for the same value: keyed on the declaration, the 50,000-actor model of seven
 * files computed its betweenness seven times (53% of its check time). Here the key is the resource
 * set and the network's name, and the value is reused while none of the files declaring the network
 * has changed since it was computed.
 * <p>
 * A file's state is a stamp object that Xtext's {@link OnChangeEvictingCache} keeps per resource
 * and drops on any change of it (proxy resolution is not a change). A network or scenario of one
 * file is cached in that file's resource, as before. Values are computed outside any lock: two
 * threads asking at once may both compute, and the later one is kept.
 */
public final class NetworkCache {

	private static final OnChangeEvictingCache PER_RESOURCE = new OnChangeEvictingCache();
	private static final Object STAMP = new Object();

	private NetworkCache() {
	}

	/**
	 * The value of {@code key} for {@code network} (all files declaring it), computed by
	 * {@code compute} when missing or when one of those files changed since.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(Object key, AbstractNetwork network, Supplier<T> compute) {
		Resource resource = network.eResource();
		if (resource == null) {
			return compute.get();
		}
		ResourceSet set = resource.getResourceSet();
		List<Network> parts = network instanceof Network declared && set != null && declared.getName() != null
				? Networks.parts(declared)
				: List.of();
		List<Resource> files = new ArrayList<>();
		for (Network part : parts) {
			if (part.eResource() != null && !files.contains(part.eResource())) {
				files.add(part.eResource());
			}
		}
		if (files.size() <= 1) {
			return PER_RESOURCE.get(List.of(key, network), resource, compute::get);
		}
		List<Object> stamps = new ArrayList<>(files.size());
		files.forEach(file -> stamps.add(PER_RESOURCE.get(STAMP, file, Object::new)));
		Map<List<Object>, Entry> entries = Shared.of(set).entries;
		List<Object> entryKey = List.of(key, network.getName());
		Entry entry = entries.get(entryKey);
		if (entry != null && entry.sameState(stamps)) {
			return (T) entry.value;
		}
		T value = compute.get();
		entries.put(entryKey, new Entry(stamps, value));
		return value;
	}

	/**
	 * Attaches what {@link #get} keeps in {@code set} now, so that threads reading the model at once
	 * later never add it to the set's adapters while another reads them (EMF's lists are not thread-safe).
	 */
	public static void prepare(ResourceSet set) {
		if (set != null) {
			Shared.of(set);
		}
	}

	/** A value and the stamps of the files it was computed from. */
	private record Entry(List<Object> stamps, Object value) {
		boolean sameState(List<Object> now) {
			if (now.size() != stamps.size()) {
				return false;
			}
			for (int i = 0; i < now.size(); i++) {
				if (now.get(i) != stamps.get(i)) {
					return false;
				}
			}
			return true;
		}
	}

	/** The entries of one resource set, held by an adapter so that they go away with it. */
	private static final class Shared extends AdapterImpl {
		final Map<List<Object>, Entry> entries = new ConcurrentHashMap<>();

		static synchronized Shared of(ResourceSet set) {
			for (var adapter : set.eAdapters()) {
				if (adapter instanceof Shared shared) {
					return shared;
				}
			}
			Shared shared = new Shared();
			set.eAdapters().add(shared);
			return shared;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Shared.class;
		}
	}
}
