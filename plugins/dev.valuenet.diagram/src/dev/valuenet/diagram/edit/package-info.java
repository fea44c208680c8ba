/**
 * Diagram gestures as text edits: {@link dev.valuenet.diagram.edit.DiagramCommands} turns create,
 * delete, rename and reconnect requests on the ids of a {@link dev.valuenet.diagram.DiagramGraph}
 * into {@link dev.valuenet.dsl.edit.TextChange}s of the .vnet files, or a refusal message.
 */
package dev.valuenet.diagram.edit;
