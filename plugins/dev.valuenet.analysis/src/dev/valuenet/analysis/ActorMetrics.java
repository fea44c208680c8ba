package dev.valuenet.analysis;

/**
 * The metrics of one actor or segment on one layer. Field names are the stable names of the
 * JSON/CSV output (docs/metrics.md).
 *
 * @param actor             qualified name
 * @param kind              actor kind, custom role, or "segment"
 * @param inDegree          distinct givers
 * @param outDegree         distinct receivers
 * @param inStrength        sum of incoming yearly values in the network currency (flows without a value add nothing)
 * @param outStrength       sum of outgoing yearly values in the network currency
 * @param betweenness       NetworkX betweenness_centrality(G, normalized=True)
 * @param closeness         NetworkX closeness_centrality(G) (incoming distances)
 * @param eigenvector       NetworkX eigenvector_centrality_numpy on the undirected view
 * @param pagerank          NetworkX pagerank(G, alpha=0.85)
 * @param community         Leiden community index (modularity) on the undirected view
 * @param articulationPoint NetworkX articulation_points on the undirected view
 * @param suppliers         distinct givers of goods and services (redundancy)
 * @param hhi               Herfindahl-Hirschman concentration of goods/service inflows by value, 0..1; NaN when one
 *                          of those inflows has no value
 */
public record ActorMetrics(String actor, String kind, int inDegree, int outDegree, double inStrength, double outStrength,
		double betweenness, double closeness, double eigenvector, double pagerank, int community, boolean articulationPoint,
		int suppliers, double hhi) {
}
