/**
 * Linking of .vnet references: diagnostics with .vnet issue codes, names read from the text, and after an
 * edit of some network elements only what the edit can have changed linked again.
 */
package dev.valuenet.dsl.linking;
