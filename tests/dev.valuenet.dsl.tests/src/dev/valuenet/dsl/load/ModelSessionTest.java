package dev.valuenet.dsl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;

/** The one rule for a file's model, the one rule for a network's name, and updates from unsaved text. */
class ModelSessionTest {

	@TempDir
	Path folder;

	private Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	@Test
	void aFilesModelIsItsFolderWithoutSubFolders() throws IOException {
		Path b = write("b.vnet", "network n { actor B : firm }\n");
		Path a = write("a.vnet", "network n { actor A : firm }\n");
		write("sub/c.vnet", "network n { actor A : firm }\n"); // a clash, if it were loaded
		write("notes.txt", "not a model");
		assertEquals(List.of(b, a), ModelSession.modelFiles(b));
		try (ModelSession session = ModelSession.create().open(b)) {
			assertEquals(List.of(), session.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList());
		}
	}

	@Test
	void theMultiFileExampleIsOneNetworkWhicheverFileIsOpened() throws IOException {
		Path folder = Models.examples().resolve("multi-file");
		for (String name : List.of("actors.vnet", "flows.vnet", "governance.vnet")) {
			try (ModelSession session = ModelSession.create().open(folder.resolve(name))) {
				assertEquals(3, session.files().size(), name);
				assertEquals(List.of(), session.errors(folder.resolve(name)), name);
				Network network = (Network) session.network(null);
				assertEquals("retail.grocery", network.getName(), name);
				assertEquals(3, Networks.parts(network).size(), name);
				long flows = Networks.parts(network).stream().flatMap(p -> p.getElements().stream()).filter(Flow.class::isInstance).count();
				assertTrue(flows > 40, name + ": " + flows + " flows");
			}
		}
	}

	@Test
	void networksAreFoundByQualifiedNameOrUniqueSuffix() throws IOException {
		Path file = write("m.vnet", "network a.shop { actor A : firm }\nnetwork b.shop { actor B : firm }\nnetwork b.depot { actor C : firm }\n");
		try (ModelSession session = ModelSession.create().open(file)) {
			assertEquals("a.shop", session.network(null).getName());
			assertEquals("b.shop", session.network("b.shop").getName());
			assertEquals("b.depot", session.network("depot").getName());
			var ambiguous = assertThrows(ModelSession.UnknownNetworkException.class, () -> session.network("shop"));
			assertTrue(ambiguous.getMessage().contains("a.shop or b.shop"), ambiguous.getMessage());
			var typo = assertThrows(ModelSession.UnknownNetworkException.class, () -> session.network("depto"));
			assertEquals("b.depot", typo.suggestion());
			assertTrue(typo.getMessage().contains("did you mean 'b.depot'?"), typo.getMessage());
			var unrelated = assertThrows(ModelSession.UnknownNetworkException.class, () -> session.network("zzzzzz"));
			assertEquals(null, unrelated.suggestion());
			assertTrue(unrelated.getMessage().contains("a.shop, b.shop, b.depot"), unrelated.getMessage());
		}
	}

	@Test
	void aFileWithoutNetworkSaysSo() throws IOException {
		Path file = write("empty.vnet", "// nothing yet\n");
		write("other.vnet", "network o { actor O : firm }\n");
		try (ModelSession session = ModelSession.create().open(file)) {
			var e = assertThrows(ModelSession.UnknownNetworkException.class, () -> session.network(null));
			assertTrue(e.getMessage().contains("declares no network"), e.getMessage());
			assertEquals("o", session.network("o").getName());
		}
	}

	@Test
	void unsavedTextReplacesTheFileAndTheOthersFollow() throws IOException {
		Path actors = write("actors.vnet", "network n {\n  currency EUR\n  actor A : firm\n}\n");
		Path flows = write("flows.vnet", "network n {\n  flow f : money A -> B { 1 EUR/year }\n}\n");
		try (ModelSession session = ModelSession.create().open(flows)) {
			assertEquals(List.of(IssueCodes.UNRESOLVED), session.errors(flows).stream().map(Problem::code).distinct().toList());
			session.update(actors, "network n {\n  currency EUR\n  actor A : firm\n  actor B : firm\n}\n");
			assertEquals(List.of(), session.errors(flows));
			assertEquals(List.of(), session.errors(actors));
			assertEquals("network n {\n  currency EUR\n  actor A : firm\n}\n", Files.readString(actors), "the disk is not touched");
			session.update(actors, "network n {\n  currency EUR\n  actor A : firm\n}\n");
			assertEquals(1, session.errors(flows).size());
		}
	}

	@Test
	void editorTextsOfTheModelAreUsedOthersIgnored() throws IOException {
		Path a = write("a.vnet", "network n { actor A : firm }\n");
		Path elsewhere = folder.resolve("sub/x.vnet");
		try (ModelSession session = ModelSession.create().open(a, List.of(), Map.of(a, "network n { actor Z : firm }\n",
				elsewhere, "network q { }\n"))) {
			assertEquals(1, session.files().size());
			assertEquals("Z", ((dev.valuenet.model.Actor) ((Network) session.network(null)).getElements().get(0)).getName());
			assertSame(null, session.document(elsewhere));
		}
	}
}
