/**
 * Resilience: what-if exit of actors, supplier redundancy and concentration
 * (HHI), and minimum cuts between a supplier side and a segment.
 */
package dev.valuenet.metrics.resilience;
