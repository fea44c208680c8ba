/**
 * Metric checks and governance rules as Xtext validation: each check is a {@link dev.valuenet.validation.MetricCheck}
 * registered once in {@link dev.valuenet.validation.MetricChecks}, run on save/build by the workbench and by
 * {@code valuenet check}, graded by cost.
 */
package dev.valuenet.validation;
