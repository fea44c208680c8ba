/** Hover texts of .vnet models: an element's kind, title, documentation and connections. */
package dev.valuenet.dsl.ide.hover;
