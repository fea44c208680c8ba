package dev.valuenet.validation.checks;

import dev.valuenet.validation.MetricCheck;

/** A check with a fixed issue code and cost. */
abstract class BasicCheck implements MetricCheck {

	private final String code;
	private final Cost cost;

	BasicCheck(String code, Cost cost) {
		this.code = code;
		this.cost = cost;
	}

	@Override
	public final String code() {
		return code;
	}

	@Override
	public final Cost cost() {
		return cost;
	}
}
