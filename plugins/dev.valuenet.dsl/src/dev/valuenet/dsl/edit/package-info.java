/**
 * Precise text edits computed from the node model of parsed .vnet files: insert a member line,
 * delete an element's lines, replace a reference or a feature. Untouched lines and comments stay
 * byte-identical, and inserted lines are in the canonical layout of the formatter. Used by the
 * diagram commands and any form that edits the text.
 */
package dev.valuenet.dsl.edit;
