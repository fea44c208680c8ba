package dev.valuenet.dsl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples are the regression corpus: every one is clean, already in canonical layout,
 * formats idempotently and survives serialize -> parse with an equal model.
 */
class ExamplesTest {

	private static ValuenetWorkspace workspace;
	private static List<Problem> problems;

	static List<Path> examples() throws IOException {
		return ValuenetWorkspace.collect(List.of(Models.examples()));
	}

	@BeforeAll
	static void loadAll() throws IOException {
		workspace = ValuenetWorkspace.create().load(examples());
		problems = workspace.validate();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void isClean(Path example) {
		List<Problem> own = problems.stream().filter(p -> p.file().equals(example)).toList();
		assertEquals(List.of(), own, () -> own.stream().map(Problem::toString).collect(Collectors.joining("\n")));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void isFormattedAndFormatsIdempotently(Path example) throws IOException {
		String text = Files.readString(example, StandardCharsets.UTF_8);
		assertEquals(text, workspace.formatted(example), "run ./valuenet format " + example);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void survivesSerializeAndParse(Path example) {
		EObject original = workspace.document(example);
		String serialized = workspace.serialized(example);
		assertFalse(serialized.isBlank());
		// parse the serialized text in place of the original, next to the other examples
		ValuenetWorkspace copy = ValuenetWorkspace.create();
		for (Path other : workspace.resources().keySet()) {
			if (!other.equals(example)) {
				copy.loadText(other.toString(), text(other));
			}
		}
		XtextResource reparsed = copy.loadText(example.toString(), serialized);
		assertFalse(reparsed.getParseResult().hasSyntaxErrors(), () -> "serialized text does not parse:\n" + serialized);
		EcoreUtil.resolveAll(copy.resourceSet());
		EcoreUtil.resolveAll(workspace.resourceSet());
		assertTrue(new ByNameEquality().equals(original, reparsed.getContents().get(0)),
				() -> "models differ after serialize -> parse:\n" + serialized);
	}

	private static String text(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Structural equality where a cross reference is equal when both ends point at elements with the
	 * same name and type (the two models live in different resource sets).
	 */
	private static final class ByNameEquality extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualReference(EObject a, EObject b, org.eclipse.emf.ecore.EReference reference) {
			if (reference.isContainment()) {
				return super.haveEqualReference(a, b, reference);
			}
			Object x = a.eGet(reference);
			Object y = b.eGet(reference);
			if (reference.isMany()) {
				List<?> xs = (List<?>) x;
				List<?> ys = (List<?>) y;
				if (xs.size() != ys.size()) {
					return false;
				}
				for (int i = 0; i < xs.size(); i++) {
					if (!sameTarget((EObject) xs.get(i), (EObject) ys.get(i))) {
						return false;
					}
				}
				return true;
			}
			return sameTarget((EObject) x, (EObject) y);
		}

		private static boolean sameTarget(EObject x, EObject y) {
			if (x == null || y == null) {
				return x == y;
			}
			return x.eClass() == y.eClass() && !x.eIsProxy() && !y.eIsProxy()
					&& String.valueOf(x.eGet(x.eClass().getEStructuralFeature("name")))
							.equals(String.valueOf(y.eGet(y.eClass().getEStructuralFeature("name"))));
		}
	}
}
