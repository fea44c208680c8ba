/**
 * JMH benchmarks of {@code dev.valuenet.metrics} and the runner behind
 * {@code compare.sh} that times the same metrics on the same edge-list files as
 * igraph and NetworkX. Not part of the Tycho reactor and never run as unit tests.
 */
package dev.valuenet.bench;
