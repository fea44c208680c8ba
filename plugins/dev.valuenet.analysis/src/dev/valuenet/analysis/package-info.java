/**
 * From the EMF model to the metrics engine: a network or scenario is resolved (scenario edits
 * applied, exchanges expanded, magnitudes normalized per year), turned into one graph per layer,
 * and measured. Results are cached per model state.
 */
package dev.valuenet.analysis;
