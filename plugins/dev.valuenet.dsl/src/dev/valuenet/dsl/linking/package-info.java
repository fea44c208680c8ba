/** Linking of .vnet references: diagnostics with .vnet issue codes, names read from the text. */
package dev.valuenet.dsl.linking;
