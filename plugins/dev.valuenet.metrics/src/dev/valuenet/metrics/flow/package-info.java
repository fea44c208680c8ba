/**
 * Flow efficiency along value paths: fastest path to a segment by lead time,
 * with its total cost, end-to-end accuracy and bottleneck step.
 */
package dev.valuenet.metrics.flow;
