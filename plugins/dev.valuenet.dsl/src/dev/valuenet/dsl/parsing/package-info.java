/** Parsing of edited .vnet text: only the network elements an edit touches are parsed again. */
package dev.valuenet.dsl.parsing;
