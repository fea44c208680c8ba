/**
 * Data in and out of a value network, headless: the model as JSON ({@link ModelJson}), and the
 * network as tables of actors and flows ({@link NetworkTables}) written to and read from exchange
 * formats ({@link TableFormat}: GraphML, GEXF, Kumu JSON, CSV, XLSX; DOT and Mermaid for docs), and
 * tables turned back into formatted .vnet text ({@link VnetText}). Used by the command line and the
 * workbench wizards; docs/interop.md describes the formats.
 */
package dev.valuenet.interop;
