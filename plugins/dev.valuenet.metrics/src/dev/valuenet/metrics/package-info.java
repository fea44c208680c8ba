/**
 * Valuenet network metrics engine: plain Java, no EMF, OSGi or UI.
 *
 * <p>{@link dev.valuenet.metrics.MetricsGraph} is the one graph type every
 * algorithm consumes: an immutable directed weighted simple graph in CSR form,
 * with an {@link dev.valuenet.metrics.UndirectedView undirected view}. The
 * algorithms live in family sub-packages: {@code scoring} (per-node scores),
 * {@code connectivity} (articulation points, bridges), {@code network}
 * (network-level measures), {@code clustering} (Leiden, modularity),
 * {@code resilience} (what-if exit, redundancy, minimum cut), {@code flow}
 * (flow efficiency along paths) and {@code attribution} (Shapley, Leontief).
 *
 * <p>Where a metric has a NetworkX counterpart the Javadoc names it, and the
 * values are equal on the same {@code nx.DiGraph} (edge {@code A->B} when at least
 * one flow goes from A to B), so users can reproduce every number.
 */
package dev.valuenet.metrics;
