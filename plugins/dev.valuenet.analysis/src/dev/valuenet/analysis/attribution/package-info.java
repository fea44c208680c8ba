/**
 * Who creates the value a network delivers: Shapley values of the supply game and input-output
 * multipliers of the money flows, with one budget policy for every front end ({@link ValueAttribution}).
 */
package dev.valuenet.analysis.attribution;
