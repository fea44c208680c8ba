package dev.valuenet.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.ValuenetWorkspace;

/**
 * Test helper: a set of .vnet texts loaded together, the commands on one of their networks, and
 * the texts after applying a result, checked to parse and link without errors and to be in the
 * formatter's canonical layout.
 */
final class Fixture {

	final Map<String, String> texts;
	final Map<String, Path> paths = new LinkedHashMap<>();
	final ModelSession session;
	final ValuenetWorkspace workspace;

	private Fixture(Map<String, String> texts, Path folder) {
		this.texts = texts;
		texts.keySet().forEach(name -> paths.put(name, folder.resolve(name).toAbsolutePath().normalize()));
		Map<Path, String> byPath = new LinkedHashMap<>();
		texts.forEach((name, text) -> byPath.put(paths.get(name), text));
		session = ModelSession.create().openTexts(byPath);
		workspace = session.workspace();
	}

	/** Texts given as name, text, name, text, ... (never written to disk). */
	static Fixture of(String... namesAndTexts) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			texts.put(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		return new Fixture(texts, Path.of("inline"));
	}

	/** The .vnet files of an examples folder, read from disk. */
	static Fixture example(String folder) throws IOException {
		Path dir = Path.of(System.getProperty("valuenet.examples", "../../examples")).resolve(folder);
		Map<String, String> texts = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".vnet")).sorted().toList()) {
				texts.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return new Fixture(texts, dir);
	}

	DiagramCommands commands(String network) {
		return DiagramCommands.of(session, network);
	}

	DiagramGraph map(String network) {
		return DiagramBuilder.map(commands(network).network(), DiagramOptions.DEFAULT);
	}

	URI uri(String name) {
		return URI.createFileURI(paths.get(name).toString());
	}

	/** The texts with the result applied; every file must still parse, link and be formatted. */
	Fixture apply(EditResult result) {
		assertTrue(result.ok(), () -> "refused: " + result.refusal());
		Map<String, String> changed = new LinkedHashMap<>();
		texts.forEach((name, text) -> changed.put(name, result.apply(uri(name), text)));
		assertEquals(texts.keySet().stream().filter(n -> !changed.get(n).equals(texts.get(n))).count(), result.byFile().size(),
				"every file of the result changes: " + result.byFile().keySet());
		Fixture after = new Fixture(changed, paths.values().iterator().next().getParent());
		List<Problem> errors = after.workspace.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		assertEquals(List.of(), errors, "errors after the edit");
		for (String name : changed.keySet()) {
			assertEquals(changed.get(name), after.workspace.formatted(after.paths.get(name)), name + " is not in canonical layout");
		}
		return after;
	}

	String text(String name) {
		return texts.get(name);
	}
}
