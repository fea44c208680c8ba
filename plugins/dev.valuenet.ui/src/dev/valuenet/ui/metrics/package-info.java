/**
 * The Metrics view: the actors x metrics table of the active .vnet editor's network, computed with
 * {@link dev.valuenet.analysis.NetworkAnalysis} (as {@code valuenet metrics}) in a background job
 * from the saved files, never on the UI thread.
 */
package dev.valuenet.ui.metrics;
