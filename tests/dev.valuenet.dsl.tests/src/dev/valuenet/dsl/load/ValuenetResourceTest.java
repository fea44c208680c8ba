package dev.valuenet.dsl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
/**
 * {@link ValuenetResource}'s fragments, from its table, are EMF's: compared with EMF's own fragment
 * segments ({@code eURIFragmentSegment}) for every object of a model large enough for the table and of
 * every example, and after an unload every object is a proxy to the same fragment.
 */
class ValuenetResourceTest {

	/** EMF's fragment of an object of a single-root resource, from EMF's segments: "/" then "/segment" per level. */
	private static String emfFragment(EObject object) {
		List<String> segments = new ArrayList<>();
		for (EObject child = object; child.eContainer() != null; child = child.eContainer()) {
			segments.add(0, ((InternalEObject) child.eContainer()).eURIFragmentSegment(child.eContainingFeature(), child));
		}
		return "/" + segments.stream().map(s -> "/" + s).reduce("", String::concat);
	}

	private static void assertFragmentsAndUnload(XtextResource resource) {
		assertTrue(resource instanceof ValuenetResource, resource.getClass().getName());
		Map<EObject, String> expected = new LinkedHashMap<>();
		resource.getAllContents().forEachRemaining(o -> expected.put(o, emfFragment(o)));
		for (Map.Entry<EObject, String> e : expected.entrySet()) {
			assertEquals(e.getValue(), resource.getURIFragment(e.getKey()));
		}
		resource.unload();
		for (Map.Entry<EObject, String> e : expected.entrySet()) {
			assertTrue(e.getKey().eIsProxy());
			assertEquals(e.getValue(), ((InternalEObject) e.getKey()).eProxyURI().fragment());
		}
	}

	/** 1,500 actors and 1,500 flows: more objects than EMF's search is left for. */
	@Test
	void aLargeModelsFragmentsAreEmfsBeforeAndAfterUnload() {
		StringBuilder text = new StringBuilder("network big.net {\n  currency EUR\n");
		for (int i = 0; i < 1500; i++) {
			text.append("  actor A").append(i).append(" : firm\n");
		}
		for (int i = 0; i < 1500; i++) {
			text.append("  flow f").append(i).append(" : goods A").append(i).append(" -> A").append((i + 1) % 1500)
					.append(" { ").append(i + 1).append(" units/year price 2 EUR/unit }\n");
		}
		text.append("}\n");
		ValuenetWorkspace workspace = Models.load(Map.of("big.vnet", text.toString()));
		XtextResource resource = workspace.resources().get(Path.of("big.vnet"));
		assertTrue(resource.getContents().get(0).eAllContents().hasNext());
		assertFragmentsAndUnload(resource);
	}

	@Test
	void everyExamplesFragmentsAreEmfs() throws java.io.IOException {
		List<Path> files = ValuenetWorkspace.collect(List.of(Models.examples())).stream().filter(p -> !p.toString().contains("large")).toList();
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(files);
		workspace.validate();
		for (XtextResource resource : List.copyOf(workspace.resources().values())) {
			assertFragmentsAndUnload(resource);
		}
	}
}
