/**
 * Headless diagrams of value networks: the resolved network of {@code dev.valuenet.analysis} turned
 * into a node-link map (laid out with ELK layered), a Sankey of a layer's flows and an actor x actor
 * heatmap, each rendered to SVG in plain Java. No SWT, JFace or workbench code: the workbench and the
 * {@code valuenet render} command draw the same pictures from the same model.
 */
package dev.valuenet.diagram;
