/**
 * Community detection behind {@link dev.valuenet.metrics.clustering.Clustering}
 * (Leiden via CWTS networkanalysis) and the modularity of a partition.
 */
package dev.valuenet.metrics.clustering;
