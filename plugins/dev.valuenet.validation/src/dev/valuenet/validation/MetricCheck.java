package dev.valuenet.validation;

/**
 * One metric check. Implementations are stateless; they read the analysis from the context and
 * report through it. Register new checks in {@link MetricChecks#ALL}.
 */
public interface MetricCheck {

	/** How expensive a check is, so callers can choose when to run it. */
	enum Cost {
		/** Linear in the network size: runs on every save. */
		NORMAL,
		/** Sampling or exponential work under a time budget: runs on save, bounded. */
		EXPENSIVE
	}

	/** The issue code this check reports (see dev.valuenet.dsl.validation.IssueCodes). */
	String code();

	Cost cost();

	void check(CheckContext context);
}
