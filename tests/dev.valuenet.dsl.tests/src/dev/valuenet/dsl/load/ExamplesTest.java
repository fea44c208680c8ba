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

import dev.valuenet.dsl.validation.IssueCodes;

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
		for (Path other : neighbours(example)) {
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

	/**
	 * Errors injected into a copy of each example are found with their codes and lines: a second
	 * declaration of the first actor, a flow from it to itself, and a flow to an undeclared actor.
	 */
	@ParameterizedTest
	@MethodSource("examples")
	void injectedErrorsAreReportedWithCodesAndLines(Path example) {
		List<String> lines = new java.util.ArrayList<>(List.of(text(example).split("\n", -1)));
		int actorLine = -1;
		for (int i = 0; i < lines.size() && actorLine < 0; i++) {
			if (lines.get(i).trim().startsWith("actor ") && !lines.get(i).trim().startsWith("actor ^")) {
				actorLine = i;
			}
		}
		if (actorLine < 0) {
			return; // scenario-only files declare no actor of their own
		}
		String actor = lines.get(actorLine).trim().split("\\s+")[1];
		lines.add(actorLine + 1, "  actor " + actor + " : firm");
		lines.add(actorLine + 2, "  flow injectedSelf : data " + actor + " -> " + actor);
		lines.add(actorLine + 3, "  flow injectedGhost : data " + actor + " -> NoSuchActor");
		ValuenetWorkspace copy = ValuenetWorkspace.create();
		for (Path other : neighbours(example)) {
			copy.loadText(other.toString(), other.equals(example) ? String.join("\n", lines) : text(other));
		}
		List<Problem> found = copy.validate().stream().filter(p -> p.file().equals(example) && p.severity() == Problem.Severity.ERROR).toList();
		String all = found.stream().map(Problem::toString).collect(Collectors.joining("\n"));
		int first = actorLine + 1; // 1-based line of the original declaration
		assertTrue(found.stream().anyMatch(p -> p.code().equals(IssueCodes.DUPLICATE_NAME) && p.line() == first + 1), all);
		assertTrue(found.stream().anyMatch(p -> p.code().equals(IssueCodes.SELF_FLOW) && p.line() == first + 2), all);
		assertTrue(found.stream().anyMatch(p -> p.code().equals(IssueCodes.UNRESOLVED) && p.line() == first + 3), all);
	}

	/** The example and the files beside it: an example only refers to files of its own folder. */
	private static List<Path> neighbours(Path example) {
		return workspace.resources().keySet().stream().filter(p -> p.getParent().equals(example.getParent())).toList();
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
