/** Converts .vnet tokens (numbers with k/M/B multipliers, percentages, years) to model values and back. */
package dev.valuenet.dsl.conversion;
