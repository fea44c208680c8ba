/**
 * Valuenet Studio as a product: the application, its branding and the first-start setup. The
 * workbench parts themselves (editor, views, wizards) live in {@code dev.valuenet.ui}.
 */
package dev.valuenet.rcp;
