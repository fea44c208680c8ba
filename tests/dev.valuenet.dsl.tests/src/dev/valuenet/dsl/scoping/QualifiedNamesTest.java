package dev.valuenet.dsl.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.valuenet.dsl.conversion.ValuenetValueConverters;
import dev.valuenet.dsl.load.Models;
import dev.valuenet.dsl.load.ValuenetWorkspace;

/**
 * The language's quicker qualified names and reading of referenced names give exactly what Xtext's own
 * give, on every element and every reference of every example.
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
		int named = 0;
		int references = 0;
		for (XtextResource resource : workspace.resources().values()) {
			for (EObject object : (Iterable<EObject>) resource::getAllContents) {
				assertEquals(xtexts.getFullyQualifiedName(object), ours.getFullyQualifiedName(object), () -> object.toString());
				named += ours.getFullyQualifiedName(object) == null ? 0 : 1;
				for (var reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
						String text = NodeModelUtils.getTokenText(node);
						assertEquals(xtextsConverter.toValue(text, node), converters.toValue(text, "QualifiedName", node), text);
						references++;
					}
				}
			}
		}
		assertTrue(named > 1000, named + " named elements");
		assertTrue(references > 1000, references + " references");
	}

	@Test
	void onlyPlainIdentifiersSkipXtextsConversion() {
		assertTrue(ValuenetValueConverters.isPlainIdentifier("Hub00_001"));
		assertTrue(ValuenetValueConverters.isPlainIdentifier("_x"));
		for (String other : List.of("", "^layer", "a.b", "1a", "a b", "a/*c*/", "\u00e9t\u00e9")) {
			assertFalse(ValuenetValueConverters.isPlainIdentifier(other), other);
		}
	}
}
