/**
 * Connectivity on the undirected view: articulation points, bridges and
 * connected components, all iterative (no recursion, safe on deep graphs).
 */
package dev.valuenet.metrics.connectivity;
