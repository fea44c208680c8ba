package dev.valuenet.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results of the costly metrics, kept for the graphs used last, by content: the same actors and flows
 * give the same betweenness, whatever else changed in the model. Most edits of a large model (a
 * description, a unit, a rule, a comment, an error) leave its graphs as they were, yet every edit is
 * a new model state: in the workbench each save of the 5,200-actor example computed its exact
 * betweenness again (half a second on two cores, the larger part of the save's checks).
 * <p>
 * Only deterministic computations belong here (seeded sampling included): a result must depend on
 * the graph and the name it is kept under, nothing else. Results are shared, so they must not be
 * changed by their users. Values are computed outside the lock: two threads asking at once may both
 * compute, and one result is kept. A computation that throws (cancelled) keeps nothing.
 */
public final class GraphResults {
	/**
	 * How large the kept graphs may be together, in nodes plus edges: the graphs of every layer of every
	 * network open in the workbench (its examples have about forty, 31,000 for the 5,200-actor model's
	 * largest) and some six layer graphs of the 50,000-actor model (310,000 each, some 20 MB with their
	 * results). Kept by count, eight graphs, the examples' layers pushed the 5,200-actor model's graph out.
	 */
	static final long SIZE = 2_000_000;

	/** {@link #SIZE}, smaller in tests. */
	static long limit = SIZE;

	/** The kept results by graph, eldest use first. */
	private static final LinkedHashMap<Key, Map<String, Object>> BY_GRAPH = new LinkedHashMap<>(16, 0.75f, true);
	private static long size;

	private GraphResults() {
	}

	/** The result {@code name} of {@code graph} or of a graph with the same content, computed when there is none. */
	@SuppressWarnings("unchecked")
	public static <T> T get(MetricsGraph graph, String name, Supplier<T> compute) {
		Object known = peek(graph, name);
		if (known != null) {
			return (T) known;
		}
		T value = compute.get();
		if (value != null) {
			synchronized (BY_GRAPH) {
				Map<String, Object> results = BY_GRAPH.get(new Key(graph));
				if (results == null) {
					results = new HashMap<>();
					BY_GRAPH.put(new Key(graph), results);
					size += size(graph);
					dropEldest();
				}
				return (T) results.computeIfAbsent(name, k -> value);
			}
		}
		return value;
	}

	/** Drops the graphs used longest ago while the kept ones are larger than the limit, keeping the latest. */
	private static void dropEldest() {
		var eldest = BY_GRAPH.keySet().iterator();
		while (size > limit && BY_GRAPH.size() > 1) {
			size -= size(eldest.next().graph());
			eldest.remove();
		}
	}

	private static long size(MetricsGraph graph) {
		return (long) graph.nodeCount() + graph.edgeCount();
	}

	/** The result {@code name} kept for a graph with the content of {@code graph}, or null. */
	public static Object peek(MetricsGraph graph, String name) {
		synchronized (BY_GRAPH) {
			Map<String, Object> results = BY_GRAPH.get(new Key(graph));
			return results == null ? null : results.get(name);
		}
	}

	/** Forgets every result (tests that count computations start from nothing). */
	public static void clear() {
		synchronized (BY_GRAPH) {
			BY_GRAPH.clear();
			size = 0;
		}
	}

	/** A graph compared by content. */
	private record Key(MetricsGraph graph) {
		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && graph.sameContent(key.graph);
		}

		@Override
		public int hashCode() {
			return graph.contentHash();
		}
	}
}
