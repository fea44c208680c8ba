package dev.valuenet.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Xtext's build of one request, except that a file that was alone in its project's resource set is
 * dropped without being unloaded. Unloading turns each of the old text's objects into a proxy, so that
 * the other files' references to them resolve again to the new text; with no other file there is no
 * such reference, and the old text is garbage once dropped (its unloading took 0.08 s of each build of
 * the 5,200-actor file, alone in its folder).
 */
public class AloneFileBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected void unloadResource(URI uri) {
		XtextResourceSet resourceSet = getRequest().getResourceSet();
		Resource resource = resourceSet.getResource(uri, false);
		if (resource != null && resourceSet.getResources().size() == 1) {
			resourceSet.getResources().remove(resource);
			return;
		}
		super.unloadResource(uri);
	}
}
