package dev.valuenet.dsl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import com.google.common.collect.Lists;

/**
 * A file's description lists the references that leave it (rename and "find references" in other files
 * rely on them), whether or not the file is alone in its resource set: alone, it has none to list.
 */
class ReferenceDescriptionsTest {

	private static List<IReferenceDescription> references(XtextResource resource) {
		IResourceDescription description = resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource);
		return Lists.newArrayList(description.getReferenceDescriptions());
	}

	@Test
	void referencesIntoAnotherFileAreDescribed() {
		ValuenetWorkspace workspace = Models.load(Map.of(
				"actors.vnet", "network shop {\n  currency EUR\n  actor Baker : firm\n  actor Mill : supplier\n}\n",
				"flows.vnet", "network shop {\n  flow flour : goods Mill -> Baker { 10 t/year }\n  flow pay : money Baker -> Mill { 5k EUR/year }\n}\n"));
		List<IReferenceDescription> flows = references(workspace.resources().get(Path.of("flows.vnet")));
		assertEquals(4, flows.size(), "from and to of both flows point into actors.vnet: " + flows);
		assertTrue(flows.stream().allMatch(r -> r.getTargetEObjectUri().trimFragment().lastSegment().equals("actors.vnet")));
		assertEquals(List.of(), references(workspace.resources().get(Path.of("actors.vnet"))));
	}

	@Test
	void aFileAloneHasNoneToDescribe() {
		ValuenetWorkspace workspace = Models.load(Map.of("shop.vnet",
				"network shop {\n  currency EUR\n  actor Baker : firm\n  actor Mill : supplier\n  flow flour : goods Mill -> Baker { 10 t/year }\n}\n"));
		assertEquals(List.of(), references(workspace.resources().get(Path.of("shop.vnet"))));
	}
}
