package dev.valuenet.rcp.internal;

import org.eclipse.ui.internal.ide.application.IDEApplication;

/**
 * The Valuenet Studio application: the Platform's IDE application (workspace locking, version check,
 * Project Explorer, Problems view, resource actions) branded by the product extension in plugin.xml.
 * Reusing it rather than writing a WorkbenchAdvisor keeps every IDE behaviour a modeler expects from
 * Eclipse; the product-specific parts are the perspective (dev.valuenet.ui) and {@link FirstStart}.
 */
@SuppressWarnings("restriction")
public class StudioApplication extends IDEApplication {
}
