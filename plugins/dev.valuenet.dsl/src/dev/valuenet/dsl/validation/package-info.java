/** Structural validation of .vnet models; each issue has a code in {@link dev.valuenet.dsl.validation.IssueCodes}. */
package dev.valuenet.dsl.validation;
