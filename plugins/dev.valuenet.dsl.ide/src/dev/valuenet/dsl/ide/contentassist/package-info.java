/** Content assist of .vnet models beyond what Xtext generates. */
package dev.valuenet.dsl.ide.contentassist;
