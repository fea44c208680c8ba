/**
 * The workbench's diagrams: the network map of the active .vnet editor, drawn by a Sprotty client in
 * an SWT Browser from a layout computed in Java ({@code dev.valuenet.diagram}), synchronized with the
 * editor's text in both directions.
 */
package dev.valuenet.diagram.ui;
