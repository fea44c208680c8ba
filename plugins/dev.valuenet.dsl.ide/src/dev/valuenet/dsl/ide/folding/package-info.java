/** Folding ranges of .vnet files for the language server. */
package dev.valuenet.dsl.ide.folding;
