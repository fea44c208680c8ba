package dev.valuenet.dsl.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.Scopes;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.valuenet.dsl.conversion.ValuenetValueConverters;
import dev.valuenet.dsl.linking.ValuenetLinkingService;
import dev.valuenet.dsl.load.Models;
import dev.valuenet.dsl.load.ValuenetWorkspace;

/**
 * The language's quicker qualified names and reading of referenced names give exactly what Xtext's own
 * give, on every element and every reference of every example, and on references written with comments,
 * escapes and qualified names.
 */
class QualifiedNamesTest {

	@Test
	void everyExampleElementAndReferenceReadsAsXtextReadsIt() throws IOException {
		AtomicReference<Injector> language = new AtomicReference<>();
		ValuenetWorkspace workspace = ValuenetWorkspace.create(language::set).load(ValuenetWorkspace.collect(List.of(Models.examples())));
		IQualifiedNameProvider ours = language.get().getInstance(IQualifiedNameProvider.class);
		assertTrue(ours instanceof ValuenetQualifiedNameProvider, ours.getClass().getName());
		IQualifiedNameProvider xtexts = language.get().getInstance(DefaultDeclarativeQualifiedNameProvider.class);
		IValueConverterService converters = language.get().getInstance(IValueConverterService.class);
		QualifiedNameValueConverter xtextsConverter = language.get().getInstance(QualifiedNameValueConverter.class);
		DefaultLinkingService linking = (DefaultLinkingService) language.get().getInstance(ILinkingService.class);
		assertTrue(linking instanceof ValuenetLinkingService, linking.getClass().getName());
		LinkingHelper xtextsLinking = language.get().getInstance(LinkingHelper.class);
		int named = 0;
		int references = 0;
		for (XtextResource resource : workspace.resources().values()) {
			for (EObject object : (Iterable<EObject>) resource::getAllContents) {
				assertEquals(xtexts.getFullyQualifiedName(object), ours.getFullyQualifiedName(object), () -> object.toString());
				named += ours.getFullyQualifiedName(object) == null ? 0 : 1;
				for (INode node : referenceNodes(object)) {
					String text = NodeModelUtils.getTokenText(node);
					assertEquals(xtextsConverter.toValue(text, node), converters.toValue(text, "QualifiedName", node), text);
					assertEquals(xtextsLinking.getCrossRefNodeAsString(node, true), linking.getCrossRefNodeAsString(node), text);
					references++;
				}
			}
		}
		assertTrue(named > 1000, named + " named elements");
		assertTrue(references > 1000, references + " references");
	}

	/**
	 * The scope provider takes a file's own names from its resource description: the description lists
	 * exactly the objects and names Xtext's local scope would (every object with a qualified name).
	 */
	@Test
	void everyExampleFileDescribesExactlyTheNamesItsLocalScopeSees() throws IOException {
		AtomicReference<Injector> language = new AtomicReference<>();
		ValuenetWorkspace workspace = ValuenetWorkspace.create(language::set).load(ValuenetWorkspace.collect(List.of(Models.examples())));
		IQualifiedNameProvider names = language.get().getInstance(IQualifiedNameProvider.class);
		IResourceDescription.Manager descriptions = language.get().getInstance(IResourceDescription.Manager.class);
		for (XtextResource resource : workspace.resources().values()) {
			List<String> xtexts = new ArrayList<>();
			Scopes.scopedElementsFor(() -> resource.getAllContents(), names)
					.forEach(d -> xtexts.add(d.getName() + " " + d.getEObjectOrProxy().eClass().getName() + " " + d.getEObjectURI()));
			List<String> described = new ArrayList<>();
			descriptions.getResourceDescription(resource).getExportedObjects()
					.forEach(d -> described.add(d.getName() + " " + d.getEClass().getName() + " " + d.getEObjectURI()));
			xtexts.sort(null);
			described.sort(null);
			assertEquals(xtexts, described, resource.getURI().toString());
			assertFalse(described.isEmpty(), resource.getURI().toString());
		}
	}

	@Test
	void referencesWithCommentsEscapesAndQualifiedNamesReadAsXtextReadsThem() {
		String text = """
				network n {
				  actor a : firm
				  actor layer_b : firm
				  flow f1 : money /* before */ a /* inside */ -> ^layer_b // after
				  flow f2 : money n.a -> n . layer_b
				  flow f3 : money
				    a
				    -> layer_b
				}
				""";
		AtomicReference<Injector> language = new AtomicReference<>();
		ValuenetWorkspace workspace = ValuenetWorkspace.create(language::set);
		workspace.loadText("n.vnet", text);
		DefaultLinkingService linking = (DefaultLinkingService) language.get().getInstance(ILinkingService.class);
		LinkingHelper xtextsLinking = language.get().getInstance(LinkingHelper.class);
		List<String> names = new ArrayList<>();
		for (XtextResource resource : workspace.resources().values()) {
			for (EObject object : (Iterable<EObject>) resource::getAllContents) {
				for (INode node : referenceNodes(object)) {
					String ours = linking.getCrossRefNodeAsString(node);
					assertEquals(xtextsLinking.getCrossRefNodeAsString(node, true), ours, node.getText());
					names.add(ours);
				}
			}
		}
		assertEquals(List.of("a", "layer_b", "n.a", "n.layer_b", "a", "layer_b"), names);
	}

	@Test
	void onlyPlainIdentifiersSkipXtextsConversion() {
		assertTrue(ValuenetValueConverters.isPlainIdentifier("Hub00_001"));
		assertTrue(ValuenetValueConverters.isPlainIdentifier("_x"));
		for (String other : List.of("", "^layer", "a.b", "1a", "a b", "a/*c*/", "\u00e9t\u00e9")) {
			assertFalse(ValuenetValueConverters.isPlainIdentifier(other), other);
		}
	}

	/** The nodes of {@code object}'s cross-references (not its containments), in the order of its references. */
	private static List<INode> referenceNodes(EObject object) {
		List<INode> nodes = new ArrayList<>();
		for (var reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				nodes.addAll(NodeModelUtils.findNodesForFeature(object, reference));
			}
		}
		return nodes;
	}
}
