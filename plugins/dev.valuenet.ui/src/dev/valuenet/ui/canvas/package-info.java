/**
 * The Partnership Canvas view: a form over the partner canvases of the active .vnet editor that
 * edits its text through {@link dev.valuenet.dsl.canvas.CanvasEdits} (one undo step per action) and
 * follows the text as it is typed.
 */
package dev.valuenet.ui.canvas;
