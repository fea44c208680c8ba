/**
 * Implementation helpers of the metrics engine; not API, may change without notice.
 */
package dev.valuenet.metrics.internal;
