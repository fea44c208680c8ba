package dev.valuenet.analysis;

/**
 * Network-level metrics of one layer.
 *
 * @param layer             layer name or "all"
 * @param actors            nodes (actors and segments)
 * @param edges             directed simple edges
 * @param flows             flows merged into those edges
 * @param density           m / (n (n - 1))
 * @param reciprocity       share of edges whose reverse edge exists
 * @param diameter          longest shortest path over reachable ordered pairs (hops)
 * @param averagePathLength mean shortest path over reachable ordered pairs
 * @param bridges           bridges of the undirected view
 * @param communities       Leiden communities
 * @param modularity        modularity of that partition
 */
public record NetworkSummary(String layer, int actors, int edges, int flows, double density, double reciprocity, int diameter,
		double averagePathLength, int bridges, int communities, double modularity) {
}
