/** The built-in metric checks; thresholds and definitions are in docs/metrics.md. */
package dev.valuenet.validation.checks;
