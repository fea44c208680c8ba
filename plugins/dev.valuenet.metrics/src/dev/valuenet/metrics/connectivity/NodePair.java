package dev.valuenet.metrics.connectivity;

/**
 * An unordered pair of node ids, stored with {@code first < second}; ordered by
 * {@code first}, then {@code second}.
 *
 * @param first  the smaller node id
 * @param second the larger node id
 */
public record NodePair(int first, int second) implements Comparable<NodePair> {

	@Override
	public int compareTo(NodePair o) {
		int c = Integer.compare(first, o.first);
		return c != 0 ? c : Integer.compare(second, o.second);
	}
}
