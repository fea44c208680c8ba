/**
 * The .vnet editor: the Platform generic editor, configured by plugin.xml, whose language services
 * all come from Xtext's LanguageServerImpl running in-process ({@link dev.valuenet.ui.editor.VnetLanguageServer}).
 * No service runs on the UI thread except lexical colouring; UI-thread callers wait for the server
 * with short timeouts, and the server never waits for the UI thread.
 */
package dev.valuenet.ui.editor;
