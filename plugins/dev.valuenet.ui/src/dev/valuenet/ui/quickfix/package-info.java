/** Quick fixes (Ctrl+1) of the .vnet editor, from the language server's textDocument/codeAction. */
package dev.valuenet.ui.quickfix;
