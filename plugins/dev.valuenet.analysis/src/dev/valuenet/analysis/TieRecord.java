package dev.valuenet.analysis;

import dev.valuenet.model.Tie;

/**
 * A tie of a resolved network, after scenario edits.
 *
 * @param source the declaring tie
 * @param a      qualified name of one end
 * @param b      qualified name of the other end
 */
public record TieRecord(Tie source, String a, String b) {

	/** Its stated strength (low 1, medium 2, high 3), NaN when none is stated. */
	public double strength() {
		return Weight.strength(source.getStrength());
	}
}
