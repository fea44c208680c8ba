package dev.valuenet.ui;

import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

import dev.valuenet.ui.editor.VnetLanguageServer;

/** Bundle life cycle: the in-process language server stops with the bundle. */
public class ValuenetUi extends Plugin {
	public static final String PLUGIN_ID = "dev.valuenet.ui";
	public static final String PERSPECTIVE_ID = PLUGIN_ID + ".perspective";

	@Override
	public void stop(BundleContext context) throws Exception {
		VnetLanguageServer.shutdown();
		super.stop(context);
	}
}
