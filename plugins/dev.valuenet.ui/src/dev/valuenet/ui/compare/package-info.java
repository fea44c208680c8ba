/** The Scenario Comparison view: what a scenario of the active model changes in its base. */
package dev.valuenet.ui.compare;
