/** The outline's symbols (textDocument/documentSymbol). */
package dev.valuenet.dsl.ide.symbols;
