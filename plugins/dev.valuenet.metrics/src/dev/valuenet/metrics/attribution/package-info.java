/**
 * Value attribution: Shapley values of actors for the value delivered to the
 * customer segments (exact or sampled with a confidence interval), and
 * input-output (Leontief) attribution from money flows.
 */
package dev.valuenet.metrics.attribution;
