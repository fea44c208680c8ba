package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.valuenet.dsl.io.AtomicFileWriter;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;

/** {@code valuenet format [--check] PATH...}: rewrite files in canonical layout, atomically. */
final class FormatCommand implements Command {

	@Override
	public String name() {
		return "format";
	}

	@Override
	public String summary() {
		return "rewrite .vnet files in canonical layout (--check only reports)";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet format [--check] PATH...

				Rewrites each .vnet file (and every .vnet file under the folders given) in the canonical
				layout: one declaration per line, two-space indentation, single spaces, comments kept.
				A file is written to a temporary file next to it and then renamed over the original, so
				it is never left half-written. Files with syntax errors are reported and left untouched,
				and a file is only rewritten when the formatted text parses back to the same model.

				Options:
				  --check   change nothing; list the files that are not formatted (for CI)
				  --help    this help

				Output: one line per file that was (or, with --check, would be) reformatted.
				Exit codes: 0 all files formatted, 1 files not formatted (--check) or with syntax
				errors, 2 usage or I/O failure.

				Example: valuenet format --check examples/
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--check", false);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		if (arguments.paths().isEmpty()) {
			throw new Arguments.UsageException("give at least one .vnet file or folder");
		}
		boolean check = arguments.flag("--check");
		List<Path> files = ValuenetWorkspace.collect(arguments.paths());
		ValuenetWorkspace workspace = ModelSession.create().openPaths(files).workspace();
		int unformatted = 0;
		int failed = 0;
		for (Path file : files) {
			if (workspace.hasSyntaxErrors(file)) {
				workspace.validate().stream().filter(p -> p.file().equals(file) && p.severity() == Problem.Severity.ERROR)
						.limit(20).forEach(err::println);
				err.println(file + ": not formatted: fix the syntax errors first");
				failed++;
				continue;
			}
			if (workspace.document(file) == null) {
				// empty, blank or only comments: no declaration to lay out, and the comments stay as written
				continue;
			}
			String original = Files.readString(file, StandardCharsets.UTF_8);
			// a byte order mark is not part of the text (the parser never sees it) but stays in the file
			String mark = original.startsWith("\uFEFF") ? "\uFEFF" : "";
			original = original.substring(mark.length());
			String formatted = workspace.formatted(file);
			if (formatted.equals(original)) {
				continue;
			}
			unformatted++;
			if (check) {
				out.println(file + ": not formatted");
			} else if (workspace.sameTokens(file, formatted)) {
				AtomicFileWriter.write(file, mark + formatted);
				out.println(file + ": formatted");
			} else {
				err.println(file + ": left unchanged: the formatted text would not parse back to the same model;"
						+ " please report this with the file attached");
				failed++;
			}
		}
		err.printf("valuenet format: %d file(s), %d %s, %d failed%n", files.size(), unformatted,
				check ? "not formatted" : "reformatted", failed);
		return failed > 0 || (check && unformatted > 0) ? Valuenet.PROBLEMS : Valuenet.OK;
	}
}
