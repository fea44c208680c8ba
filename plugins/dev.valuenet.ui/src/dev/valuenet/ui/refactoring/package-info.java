/** Rename and find references across files, through the in-process language server. */
package dev.valuenet.ui.refactoring;
