package dev.valuenet.dsl.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.Actor;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Network;
import dev.valuenet.model.ValuenetPackage;

/**
 * After an edit of some elements, the references elsewhere keep their targets unless the edit can have
 * changed them: a target taken out, or a name declared or removed; they then resolve as in a whole parse.
 */
class ValuenetLinkerTest {
	private static final String TEXT = """
			network n {
			  currency EUR
			  actor A : firm "the A"
			  actor A2 : firm
			  actor A3 : firm
			  actor B : firm
			  actor C : firm
			  actor D : firm
			  actor E : firm
			  actor F : firm
			  flow ab : money A -> B
			  flow bc : goods B -> C
			  flow cd : goods C -> D
			}
			""";

	private final Injector language = language();

	@Test
	void referencesFarFromTheEditKeepTheirTargetsWithoutResolvingAgain() {
		XtextResource resource = load(TEXT);
		EcoreUtil.resolveAll(resource);
		Flow ab = flow(resource, "ab");
		EObject a = ab.getFrom(), b = ab.getTo();
		resource.update(TEXT.indexOf("  actor E"), 0, "  actor X : firm\n"); // D to F parsed again
		assertSame(a, ab.eGet(ValuenetPackage.Literals.FLOW__FROM, false), "kept, not a proxy to resolve again");
		assertSame(b, ab.eGet(ValuenetPackage.Literals.FLOW__TO, false));
		assertTrue(((EObject) flow(resource, "cd").eGet(ValuenetPackage.Literals.FLOW__TO, false)).eIsProxy(), "D was parsed again");
		resource.update(resource.getParseResult().getRootNode().getText().lastIndexOf('}'), 0, "  flow xa : money X -> A\n");
		Flow xa = flow(resource, "xa");
		assertTrue(((EObject) xa.eGet(ValuenetPackage.Literals.FLOW__FROM, false)).eIsProxy(), "a new element is linked");
		assertEquals("X", ((Actor) xa.getFrom()).getName());
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
	}

	@Test
	void aNameDeclaredAgainBeforeItsFirstDeclarationTakesItsReferencesAsInAWholeParse() {
		XtextResource resource = load(TEXT);
		EcoreUtil.resolveAll(resource);
		resource.update(TEXT.indexOf("  actor A2"), 0, "  actor B : partner \"the first B\"\n"); // A to A3 parsed again, B kept
		EcoreUtil.resolveAll(resource);
		// a whole parse links a name declared twice to its first declaration
		assertEquals("the first B", ((Actor) flow(resource, "ab").getTo()).getTitle());
		assertEquals("the first B", ((Actor) flow(resource, "bc").getFrom()).getTitle());
	}

	@Test
	void aRenamedDeclarationLeavesItsReferencesUnresolvedAndItsNewNameResolves() {
		XtextResource resource = load(TEXT);
		EcoreUtil.resolveAll(resource);
		resource.update(TEXT.indexOf("D : firm"), 1, "Q");
		EcoreUtil.resolveAll(resource);
		assertTrue(flow(resource, "cd").getTo().eIsProxy());
		assertEquals(1, resource.getErrors().size(), resource.getErrors().toString());
		assertTrue(resource.getErrors().get(0).getMessage().contains("D"), resource.getErrors().get(0).getMessage());
		resource.update(TEXT.indexOf("C -> D") + 5, 1, "Q");
		EcoreUtil.resolveAll(resource);
		assertEquals("Q", ((Actor) flow(resource, "cd").getTo()).getName());
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
	}

	private static Flow flow(XtextResource resource, String name) {
		Network network = (Network) ((dev.valuenet.model.Document) resource.getContents().get(0)).getNetworks().get(0);
		return network.getElements().stream().filter(e -> e instanceof Flow f && name.equals(f.getName())).map(Flow.class::cast).findFirst().orElseThrow();
	}

	private XtextResource load(String text) {
		XtextResourceSet set = language.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI("/work/test.vnet"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	private static Injector language() {
		AtomicReference<Injector> language = new AtomicReference<>();
		ValuenetWorkspace.create(language::set);
		return language.get();
	}
}
