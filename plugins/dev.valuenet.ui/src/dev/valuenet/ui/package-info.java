/**
 * The Valuenet Studio workbench: the bundle's life cycle and the "Valuenet" perspective. The .vnet
 * editor is in {@code dev.valuenet.ui.editor}, the wizards in {@code dev.valuenet.ui.wizards}.
 */
package dev.valuenet.ui;
