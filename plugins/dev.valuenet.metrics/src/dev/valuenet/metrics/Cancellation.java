package dev.valuenet.metrics;

import java.util.concurrent.CancellationException;

/**
 * A flag that long computations poll so that a caller can stop them early: in the workbench a
 * newer save of a model makes the running analysis of the older text useless. The algorithms
 * whose cost is superlinear (one breadth-first search per node: betweenness, closeness, path
 * statistics; Leiden's iterations) poll it once per unit of work of about a millisecond on a
 * large graph and throw {@link CancellationException} when it is set; nothing they computed is
 * kept.
 *
 * <p>Plain Java on purpose (the metrics engine knows neither Xtext's {@code CancelIndicator} nor
 * Eclipse's progress monitors): callers adapt theirs with a lambda, {@code cancel::isCanceled}.
 */
@FunctionalInterface
public interface Cancellation {

	/** Never cancelled: the default of every algorithm. */
	Cancellation NONE = () -> false;

	/** @return whether the computation should stop; called from worker threads, so it must be thread-safe */
	boolean isCanceled();

	/**
	 * Throws when cancelled.
	 *
	 * @throws CancellationException if {@link #isCanceled()} is true
	 */
	default void check() {
		if (isCanceled()) {
			throw new CancellationException("metrics computation cancelled");
		}
	}
}
