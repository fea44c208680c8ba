/** Loading, validating, formatting and serializing sets of .vnet files headlessly (CLI and tests). */
package dev.valuenet.dsl.load;
