package dev.valuenet.metrics.attribution;

/**
 * Shapley values of a set of players.
 *
 * @param players      node ids of the players, in the order of {@code values}
 * @param values       Shapley value of each player
 * @param halfWidth95  half-width of the 95% confidence interval of each value
 *                     (0 when exact; {@code +Infinity} after a single permutation)
 * @param permutations number of sampled permutations (0 when exact)
 * @param exact        whether the values were computed by full enumeration
 * @param grandValue   {@code v(N)}, the value of the grand coalition; the values
 *                     sum to it (efficiency), also when sampled
 */
public record ShapleyResult(int[] players, double[] values, double[] halfWidth95, long permutations, boolean exact,
		double grandValue) {

	/** Copies the arrays. */
	public ShapleyResult {
		players = players.clone();
		values = values.clone();
		halfWidth95 = halfWidth95.clone();
	}

	/** @return a copy of the player ids */
	@Override
	public int[] players() {
		return players.clone();
	}

	/** @return a copy of the values */
	@Override
	public double[] values() {
		return values.clone();
	}

	/** @return a copy of the confidence half-widths */
	@Override
	public double[] halfWidth95() {
		return halfWidth95.clone();
	}
}
