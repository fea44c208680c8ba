package dev.valuenet.dsl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.dsl.validation.IssueCodes;

/** Bad input becomes a located problem, never an exception. */
class ValuenetWorkspaceTest {

	@TempDir
	Path folder;

	private List<Problem> check(Path file) throws IOException {
		return ValuenetWorkspace.create().load(ValuenetWorkspace.collect(List.of(file))).validate();
	}

	@Test
	void binaryGarbage() throws IOException {
		Path file = folder.resolve("garbage.vnet");
		Files.write(file, new byte[] { 'n', 'e', 't', '\n', 0, 1, 2, (byte) 0xFF, 0x7F });
		List<Problem> problems = check(file);
		assertEquals(1, problems.size());
		assertEquals(IssueCodes.UNREADABLE_FILE, problems.get(0).code());
		assertEquals(2, problems.get(0).line());
		assertEquals(1, problems.get(0).column());
	}

	@Test
	void notUtf8() throws IOException {
		Path file = folder.resolve("latin1.vnet");
		Files.write(file, "network a {\n  actor Caf\u00e9 : firm\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		List<Problem> problems = check(file);
		assertEquals(1, problems.size());
		assertEquals(IssueCodes.UNREADABLE_FILE, problems.get(0).code());
		assertEquals(2, problems.get(0).line());
		assertEquals(12, problems.get(0).column());
	}

	@Test
	void hugeFileIsRefusedQuickly() throws IOException {
		Path file = folder.resolve("huge.vnet");
		byte[] line = "  // padding padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write("network a {\n".getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
				out.write(line);
			}
			out.write("}\n".getBytes(StandardCharsets.UTF_8));
		}
		List<Problem> problems = check(file);
		assertEquals(1, problems.size());
		assertEquals(IssueCodes.UNREADABLE_FILE, problems.get(0).code());
		// the size and the limit in the same unit (it said "52.4 MB" against a limit of "20 MB" that was 20 MiB)
		assertTrue(problems.get(0).message().contains("is 50.0 MiB; .vnet files are limited to 20 MiB"), problems.get(0).message());
	}

	/** Windows' "Unicode" text (UTF-16, with or without its byte order mark) is named, not called binary. */
	@Test
	void utf16IsNamed() throws IOException {
		for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16)) {
			Path file = folder.resolve("utf16-" + charset.name() + ".vnet");
			Files.write(file, "network a {\n  actor A : firm\n}\n".getBytes(charset));
			List<Problem> problems = check(file);
			assertEquals(1, problems.size(), problems::toString);
			assertTrue(problems.get(0).message().contains("UTF-16 text") && problems.get(0).message().contains("iconv -f utf-16 -t utf-8"),
					problems.get(0).message());
		}
	}

	@Test
	void truncatedFileGivesSyntaxErrorsWithPositions() throws IOException {
		Path file = folder.resolve("cut.vnet");
		Files.writeString(file, "network a {\n  actor A : firm\n  flow f : goods A -> ");
		Problem first = check(file).stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().orElseThrow();
		assertEquals(IssueCodes.SYNTAX, first.code());
		assertEquals(3, first.line());
	}

	/**
	 * The files are parsed in parallel: each keeps its own diagnostics and its place in the order, and
	 * references and duplicates across the files of a split network are found as before.
	 */
	@Test
	void filesParsedTogetherKeepTheirOrderAndTheirOwnProblems() throws IOException {
		List<Path> files = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Path file = folder.resolve("part-" + i + ".vnet");
			String body = switch (i) {
				case 2 -> "  actor Twice : firm\n  flow broken : data A0 -> \n"; // no receiver: '}' on line 5 is unexpected
				case 4 -> "  actor Twice : firm\n  flow loop : data A4 -> A4\n"; // self-flow on line 4
				default -> "  flow f" + i + " : data A" + i + " -> A" + ((i + 1) % 6) + "\n";
			};
			Files.writeString(file, "network split {\n  actor A" + i + " : firm\n" + body + "}\n");
			files.add(file);
		}
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		List<Problem> problems = workspace.load(files).validate();
		assertEquals(files, List.copyOf(workspace.resources().keySet()));
		List<String> errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR)
				.map(p -> p.file().getFileName() + ":" + p.line() + ":" + p.code()).distinct().sorted().toList();
		assertEquals(List.of("part-2.vnet:3:" + IssueCodes.DUPLICATE_NAME, "part-2.vnet:5:" + IssueCodes.SYNTAX,
				"part-4.vnet:3:" + IssueCodes.DUPLICATE_NAME, "part-4.vnet:4:" + IssueCodes.SELF_FLOW), errors);
	}

	/** Two networks importing each other's namespace: references resolve both ways, nothing loops. */
	@Test
	void mutualImportsResolve() throws IOException {
		Files.writeString(folder.resolve("a.vnet"), "import b.*\nnetwork a {\n  actor A : firm\n  flow toB : data A -> B\n}\n");
		Files.writeString(folder.resolve("b.vnet"), "import a.*\nnetwork b {\n  actor B : firm\n  flow toA : data B -> A\n}\n");
		assertEquals(List.of(), check(folder));
	}

	/** A keyword inside a network name ('network' here) is a syntax error, never an internal one. */
	@Test
	void keywordInNetworkNameIsASyntaxError() throws IOException {
		Path file = folder.resolve("kw.vnet");
		Files.writeString(file, "network my.network {\n  actor A : firm\n  actor B : firm\n  flow f : data A -> B\n"
				+ "  governance {\n    rule r : betweenness(A) <= 1\n  }\n}\n");
		List<Problem> problems = check(file);
		assertEquals(IssueCodes.SYNTAX, problems.get(0).code());
		assertEquals(1, problems.get(0).line());
		assertEquals(List.of(), problems.stream().filter(p -> p.message().contains("could not be checked")).toList());
	}

	@Test
	void editorTextsOverrideTheDisk() throws IOException {
		Path a = folder.resolve("a.vnet");
		Path b = folder.resolve("b.vnet");
		Files.writeString(a, "network n {\n  actor A : firm\n  actor B : firm\n}\n");
		Files.writeString(b, "network n {\n  flow f : money A -> B\n}\n");
		// the editor of a.vnet renamed A (unsaved), and a new editor c.vnet was never saved
		Map<Path, String> editors = Map.of(a, "network n {\n  actor X : firm\n  actor B : firm\n}\n", folder.resolve("c.vnet"),
				"network n {\n  flow g : money B -> X\n}\n");
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(ValuenetWorkspace.collect(List.of(folder)), editors);
		List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(b, errors.get(0).file());
		assertEquals(2, errors.get(0).line());
		assertEquals(IssueCodes.UNRESOLVED, errors.get(0).code());
		assertEquals(3, workspace.resources().size());
		assertEquals("network n {\n  actor A : firm\n  actor B : firm\n}\n", Files.readString(a), "the disk is not touched");
	}
}
