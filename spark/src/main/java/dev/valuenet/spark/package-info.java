/**
 * The interaction-record aggregation of {@code valuenet import} as an Apache Spark job
 * ({@link dev.valuenet.spark.RecordAggregation}) and its command line
 * ({@link dev.valuenet.spark.AggregateRecords}); the rules are the interop bundle's
 * ({@code dev.valuenet.interop.records}), compiled from its sources.
 */
package dev.valuenet.spark;
