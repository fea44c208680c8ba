package dev.valuenet.metrics.scoring;

import dev.valuenet.metrics.Cancellation;
import dev.valuenet.metrics.MetricsGraph;

/**
 * A score per node of a {@link MetricsGraph}.
 *
 * <p>Implementations are stateless apart from their configuration and may be
 * shared between threads. They never fail on an empty graph (they return an
 * empty array) or on a disconnected one.
 */
@FunctionalInterface
public interface NodeScoring {

	/**
	 * @param graph the graph to score
	 * @return one score per node, indexed by node id (length {@code graph.nodeCount()})
	 */
	double[] scores(MetricsGraph graph);

	/**
	 * As {@link #scores(MetricsGraph)}, stopping early when {@code cancel} is set. Scorings that
	 * take longer than linear time poll it while they run; the others check it once.
	 *
	 * @throws java.util.concurrent.CancellationException when cancelled
	 */
	default double[] scores(MetricsGraph graph, Cancellation cancel) {
		cancel.check();
		return scores(graph);
	}
}
