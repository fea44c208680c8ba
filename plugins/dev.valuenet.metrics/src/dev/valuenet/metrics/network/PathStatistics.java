package dev.valuenet.metrics.network;

/**
 * Shortest-path statistics over the reachable ordered pairs of a directed graph.
 *
 * @param diameter                  longest shortest-path length over reachable pairs (0 if none)
 * @param averagePathLength         mean shortest-path length over reachable pairs (0 if none)
 * @param reachablePairs            number of ordered pairs {@code (u,v)}, {@code u != v}, with a path
 * @param allPairs                  {@code n (n-1)}; equal to {@code reachablePairs} iff the graph
 *                                  is strongly connected (or has fewer than 2 nodes)
 */
public record PathStatistics(int diameter, double averagePathLength, long reachablePairs, long allPairs) {

	/** @return whether every ordered pair is connected by a path, i.e. NetworkX would not raise */
	public boolean stronglyConnected() {
		return reachablePairs == allPairs;
	}
}
