package dev.valuenet.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results of the costly metrics, kept for the last few graphs by content: the same actors and flows
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
	/** How many distinct graphs keep their results: a model's layers and the states an edit goes back and forth between. */
	static final int GRAPHS = 8;

	private static final Map<Key, Map<String, Object>> BY_GRAPH = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Map<String, Object>> eldest) {
			return size() > GRAPHS;
		}
	};

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
				BY_GRAPH.computeIfAbsent(new Key(graph), k -> new HashMap<>()).putIfAbsent(name, value);
				return (T) BY_GRAPH.get(new Key(graph)).get(name);
			}
		}
		return value;
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
