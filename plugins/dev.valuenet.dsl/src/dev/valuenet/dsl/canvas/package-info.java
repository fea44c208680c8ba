/**
 * Partner canvases for forms: reading a file's canvases next to the flows of the model, and form
 * actions as precise, canonical text changes (no UI: the workbench applies them to its documents).
 */
package dev.valuenet.dsl.canvas;
