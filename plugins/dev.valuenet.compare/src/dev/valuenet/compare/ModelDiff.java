package dev.valuenet.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.valuenet.analysis.ActorMetrics;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.compare.ModelTree.Node;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;

/**
 * The semantic difference between two versions of a .vnet text: elements added, removed and changed
 * (a changed element lists its properties old -> new), matched by key ({@link ModelTree}), whatever
 * their lines or order. Layout and comments are not differences.
 */
public final class ModelDiff {

	public enum Type {
		ADDED, REMOVED, CHANGED
	}

	/** A property of a changed element; {@code before} or {@code after} is null when the property is absent on that side. */
	public record PropertyChange(String property, String before, String after) {
	}

	/**
	 * One element added, removed or changed. {@code path} holds the keys of its containers ("network
	 * auto.oem", "governance"); {@code text} is the element as written (tokens), for added and removed ones.
	 */
	public record Change(Type type, List<String> path, String kind, String name, String text, List<PropertyChange> properties) {
		public String key() {
			return (kind + " " + name).trim();
		}
	}

	/**
	 * How an actor's centralities moved (layer "all"); {@code before} or {@code after} is null when the
	 * actor is missing on that side. {@code largestChange} is the largest absolute change among
	 * betweenness, closeness, eigenvector and PageRank (all dimensionless, 0..1), in {@code metric}.
	 */
	public record MetricDelta(String network, String actor, ActorMetrics before, ActorMetrics after, String metric, double largestChange) {
	}

	static final List<String> CENTRALITIES = List.of("betweenness", "closeness", "eigenvector", "pagerank");

	private final List<Change> changes = new ArrayList<>();

	private ModelDiff() {
	}

	/** The differences from {@code before} to {@code after}. */
	public static ModelDiff compare(Document before, Document after) {
		ModelDiff diff = new ModelDiff();
		diff.children(List.of(), ModelTree.of(before).root(), ModelTree.of(after).root());
		return diff;
	}

	public List<Change> changes() {
		return changes;
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	private void children(List<String> path, Node before, Node after) {
		for (String key : unionOrder(before, after)) {
			Node old = before.child(key);
			Node now = after.child(key);
			if (old == null) {
				changes.add(new Change(Type.ADDED, path, now.kind(), now.name(), ModelTree.written(now.element()), List.of()));
			} else if (now == null) {
				changes.add(new Change(Type.REMOVED, path, old.kind(), old.name(), ModelTree.written(old.element()), List.of()));
			} else if (!old.sameAs(now)) {
				List<PropertyChange> properties = properties(old.properties(), now.properties());
				if (!properties.isEmpty()) changes.add(new Change(Type.CHANGED, path, now.kind(), now.name(), null, properties));
				List<String> inner = new ArrayList<>(path);
				inner.add(key);
				children(List.copyOf(inner), old, now);
			}
		}
	}

	/**
	 * The keys of both versions' children in the new version's order, each removed one right after
	 * the element that preceded it in the old version (so a diff reads top to bottom like the file).
	 */
	static List<String> unionOrder(Node before, Node after) {
		// removed keys go after their old predecessor: collect them per predecessor, then weave them in
		Map<String, List<String>> removedAfter = new java.util.HashMap<>();
		String previous = "";
		for (Node old : before.children()) {
			if (after.child(old.key()) == null) {
				removedAfter.computeIfAbsent(previous, k -> new ArrayList<>()).add(old.key());
			}
			previous = old.key();
		}
		List<String> keys = new ArrayList<>();
		appendRemoved(keys, "", removedAfter);
		for (Node now : after.children()) {
			keys.add(now.key());
			appendRemoved(keys, now.key(), removedAfter);
		}
		return keys;
	}

	private static void appendRemoved(List<String> keys, String after, Map<String, List<String>> removedAfter) {
		for (String removed : removedAfter.getOrDefault(after, List.of())) {
			keys.add(removed);
			appendRemoved(keys, removed, removedAfter); // a run of removed elements keeps its order
		}
	}

	static List<PropertyChange> properties(Map<String, String> before, Map<String, String> after) {
		Set<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		List<PropertyChange> result = new ArrayList<>();
		for (String name : names) {
			if (!Objects.equals(before.get(name), after.get(name))) result.add(new PropertyChange(name, before.get(name), after.get(name)));
		}
		return result;
	}

	/**
	 * The actors of {@code before} and {@code after} (the same network in two versions) whose
	 * centralities on all layers moved most, largest first, at most {@code top}; unchanged actors are
	 * left out. Cost: the four centralities of both versions (betweenness dominates: O(V E) each).
	 */
	public static List<MetricDelta> metricDeltas(AbstractNetwork before, AbstractNetwork after, int top) {
		Map<String, ActorMetrics> old = byActor(NetworkAnalysis.of(before).actorMetrics(null));
		Map<String, ActorMetrics> now = byActor(NetworkAnalysis.of(after).actorMetrics(null));
		Set<String> actors = new LinkedHashSet<>(old.keySet());
		actors.addAll(now.keySet());
		List<MetricDelta> deltas = new ArrayList<>();
		for (String actor : actors) {
			ActorMetrics a = old.get(actor);
			ActorMetrics b = now.get(actor);
			String metric = null;
			double largest = 0;
			for (String m : CENTRALITIES) {
				double change = Math.abs(value(b, m) - value(a, m));
				if (change > largest + 1e-12) {
					largest = change;
					metric = m;
				}
			}
			if (metric != null) deltas.add(new MetricDelta(after.getName(), actor, a, b, metric, largest));
		}
		deltas.sort(Comparator.comparingDouble(MetricDelta::largestChange).reversed().thenComparing(MetricDelta::actor));
		return List.copyOf(deltas.subList(0, Math.min(top, deltas.size())));
	}

	/** A centrality of an actor; 0 for an actor that is not there (it lies on no path, has no rank). */
	public static double value(ActorMetrics metrics, String metric) {
		if (metrics == null) return 0;
		return switch (metric) {
			case "betweenness" -> metrics.betweenness();
			case "closeness" -> metrics.closeness();
			case "eigenvector" -> metrics.eigenvector();
			case "pagerank" -> metrics.pagerank();
			default -> throw new IllegalArgumentException(metric);
		};
	}

	private static Map<String, ActorMetrics> byActor(List<ActorMetrics> metrics) {
		Map<String, ActorMetrics> result = new LinkedHashMap<>();
		metrics.forEach(m -> result.put(m.actor(), m));
		return result;
	}
}
