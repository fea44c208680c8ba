/** "New Value Network Project" and "New Model" wizards and their templates. */
package dev.valuenet.ui.wizards;
