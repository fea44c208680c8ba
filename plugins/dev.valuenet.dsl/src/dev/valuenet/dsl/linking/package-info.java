/** Linking diagnostics with .vnet issue codes. */
package dev.valuenet.dsl.linking;
