/** Quick fixes (textDocument/codeAction) for the main issue codes. */
package dev.valuenet.dsl.ide.quickfix;
