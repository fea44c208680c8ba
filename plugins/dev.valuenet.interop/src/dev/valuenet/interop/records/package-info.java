/**
 * The rules of interaction-record import, in plain Java (no EMF, OSGi or Xtext, Java 17) so that
 * the single-machine import and the Spark job in spark/ compile the very same code: one record's
 * rules ({@link dev.valuenet.interop.records.RecordRules}), actor names
 * ({@link dev.valuenet.interop.records.NameResolver}), the order-independent exact sum
 * ({@link dev.valuenet.interop.records.ExactSum}), and the aggregate both produce
 * ({@link dev.valuenet.interop.records.RecordAggregate}) with its file format.
 */
package dev.valuenet.interop.records;
