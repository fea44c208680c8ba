package dev.valuenet.metrics.clustering;

import dev.valuenet.metrics.MetricsGraph;

/**
 * A community detection algorithm: assigns every node of a graph to one community.
 */
@FunctionalInterface
public interface Clustering {

	/**
	 * @param graph the graph to partition
	 * @return the partition and its modularity
	 */
	Partition partition(MetricsGraph graph);
}
