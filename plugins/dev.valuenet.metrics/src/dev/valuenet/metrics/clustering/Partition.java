package dev.valuenet.metrics.clustering;

import java.util.Arrays;

/**
 * A partition of the nodes into communities {@code 0..communityCount-1}.
 *
 * @param membership     community of each node, indexed by node id (a defensive copy is kept)
 * @param communityCount number of communities
 * @param modularity     modularity of the partition, see {@link Modularity}
 */
public record Partition(int[] membership, int communityCount, double modularity) {

	/** Copies the membership array. */
	public Partition {
		membership = membership.clone();
	}

	/** @return a copy of the membership array */
	@Override
	public int[] membership() {
		return membership.clone();
	}

	/** @return the community of node {@code v} */
	public int community(int v) {
		return membership[v];
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Partition p && p.communityCount == communityCount
				&& Double.compare(p.modularity, modularity) == 0 && Arrays.equals(p.membership, membership);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(membership) * 31 + communityCount;
	}

	@Override
	public String toString() {
		return "Partition[communities=" + communityCount + ", modularity=" + modularity + "]";
	}
}
