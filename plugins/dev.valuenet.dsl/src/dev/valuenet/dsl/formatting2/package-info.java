/** The canonical, idempotent layout of .vnet files. */
package dev.valuenet.dsl.formatting2;
