/**
 * Per-node scores behind {@link dev.valuenet.metrics.scoring.NodeScoring}:
 * degree and strength, Brandes betweenness, closeness, PageRank, eigenvector
 * centrality. Each class states the NetworkX function whose values it equals.
 */
package dev.valuenet.metrics.scoring;
