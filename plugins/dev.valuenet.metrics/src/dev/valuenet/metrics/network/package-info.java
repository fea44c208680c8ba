/**
 * Network-level measures: density, reciprocity, diameter and average shortest
 * path length.
 */
package dev.valuenet.metrics.network;
