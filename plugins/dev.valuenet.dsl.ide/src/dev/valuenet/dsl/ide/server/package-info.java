/**
 * The .vnet language server outside the workbench: Xtext's {@code LanguageServerImpl} wired for one
 * language without {@code ServiceLoader} (which does not see other bundles in OSGi), connected over a
 * pair of streams (stdio for {@code valuenet lsp}, pipes in tests).
 */
package dev.valuenet.dsl.ide.server;
