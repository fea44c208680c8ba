/** Semantic highlighting of .vnet models: what a name denotes, for editors that colour by meaning. */
package dev.valuenet.dsl.ide.highlighting;
