/**
 * Structural comparison of two versions of a .vnet file: a {@link dev.valuenet.compare.ModelTree} of
 * keyed elements (actors, ties, flows, exchanges, governance statements, canvases, scenario edits),
 * a semantic {@link dev.valuenet.compare.ModelDiff diff} with the metric deltas of the actors that moved
 * most, a three-way {@link dev.valuenet.compare.ModelMerge merge} by element, and the
 * {@link dev.valuenet.compare.MetricHistory metric history} of a file over its git commits (JGit). Comparing a scenario
 * with its base (what a scenario changes in the analysis) is not here: this package compares texts.
 */
package dev.valuenet.compare;
