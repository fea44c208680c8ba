package dev.valuenet.ui.editor;

import org.eclipse.ui.IStartup;

/**
 * Starts the .vnet language server with the workbench (org.eclipse.ui.startup, called on a background
 * thread after the window is up), so its initial build fills the Problems view with every model's
 * findings before an editor is opened. Until then only the first editor started it.
 * <p>
 * Here rather than in the product bundle: whoever runs these workbench parts gets the markers.
 */
public class LanguageServerStartup implements IStartup {
	@Override
	public void earlyStartup() {
		VnetLanguageServer.start(); // returns at once; Guice and the initial build run on the server's start thread
	}
}
