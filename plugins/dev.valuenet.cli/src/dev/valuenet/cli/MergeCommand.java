package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.valuenet.compare.ModelMerge;
import dev.valuenet.compare.Version;

/** {@code valuenet merge BASE OURS THEIRS}: three-way merge by element, usable as git's merge driver. */
final class MergeCommand implements Command {

	/** As git merge-file: the exit code counts conflicts up to 127; a failure is 255. */
	static final int FAILURE = 255;

	@Override
	public String name() {
		return "merge";
	}

	@Override
	public String summary() {
		return "three-way semantic merge of .vnet files (also git's merge driver)";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet merge [-o OUT | --git] [--ours-label L] [--theirs-label L] BASE OURS THEIRS

				Merges the changes THEIRS made since BASE into OURS, element by element (actors, ties,
				flows, exchanges and their lines, governance statements, canvases, scenario edits), not
				line by line: changes to different elements, or to different properties of one element,
				merge cleanly wherever they are in the file. The result keeps OURS' comments and those
				THEIRS added or changed, and is written in the canonical layout (valuenet format).

				A conflict is the same property of the same element changed to different values on
				both sides, an element deleted on one side and changed on the other, or the same new
				element added differently on both sides. It is written with git's markers around the
				smallest element (OURS' version first) and listed on stderr; the result is then left
				in OURS' layout, as it does not parse until the markers are resolved.

				Options:
				  -o, --out OUT      write the result to OUT (atomically); default: standard output
				  --git              git merge driver mode: write the result into OURS (git's %A)
				  --ours-label L     the label after <<<<<<< (default "ours")
				  --theirs-label L   the label after >>>>>>> (default "theirs")
				  --help             this help

				Exit codes (as git merge-file): 0 merged cleanly, N > 0 that many conflicts (at most
				127), 255 usage or I/O failure or a version with syntax errors; then OUT holds OURS
				and THEIRS in full between conflict markers, so nothing is lost.

				Git: in .gitattributes   *.vnet merge=vnet
				     git config merge.vnet.name "Valuenet semantic merge"
				     git config merge.vnet.driver "valuenet merge --git %O %A %B"

				Example: valuenet merge base.vnet mine.vnet theirs.vnet -o merged.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--out", true, "-o", true, "--git", false, "--ours-label", true, "--theirs-label", true);
	}

	@Override
	public int failureCode() {
		return FAILURE;
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		List<Path> paths = arguments.paths();
		if (paths.size() != 3 && !(arguments.flag("--git") && paths.size() == 4)) {
			throw new Arguments.UsageException("give three files: BASE OURS THEIRS");
		}
		String target = arguments.file("--out", "a file name, or leave -o away to write to standard output");
		if (arguments.flag("--git")) {
			if (target != null) throw new Arguments.UsageException("--git writes into OURS; do not give -o as well");
			target = paths.get(1).toString();
		}
		String oursLabel = label(arguments, "--ours-label", "ours");
		String theirsLabel = label(arguments, "--theirs-label", "theirs");
		String baseText = DiffCommand.read(paths.get(0));
		String oursText = DiffCommand.read(paths.get(1));
		String theirsText = DiffCommand.read(paths.get(2));
		long start = System.nanoTime();
		Version base = Version.parse(paths.get(0).toString(), "base.vnet", baseText);
		Version ours = Version.parse(paths.get(1).toString(), "ours.vnet", oursText);
		Version theirs = Version.parse(paths.get(2).toString(), "theirs.vnet", theirsText);
		String result;
		int exit;
		List<Version> broken = List.of(base, ours, theirs).stream().filter(Version::hasSyntaxErrors).toList();
		if (!broken.isEmpty()) {
			broken.forEach(v -> v.syntaxErrors().stream().limit(20).forEach(err::println));
			err.println("valuenet merge: " + broken.get(0).label()
					+ " has syntax errors; wrote OURS and THEIRS whole between conflict markers (nothing lost)");
			result = wholeFileConflict(oursText, theirsText, oursLabel, theirsLabel);
			exit = FAILURE;
		} else {
			ModelMerge.Result merged;
			try {
				merged = ModelMerge.merge(base, ours, theirs, oursLabel, theirsLabel);
			} catch (RuntimeException e) {
				err.println("valuenet merge: the element merge went wrong (" + e.getMessage()
						+ "); wrote OURS and THEIRS whole between conflict markers (nothing lost) -- please report it with the three files");
				write(target, wholeFileConflict(oursText, theirsText, oursLabel, theirsLabel), out);
				return FAILURE;
			}
			merged.conflicts().forEach(c -> err.println("conflict: " + c));
			result = merged.text();
			exit = Math.min(merged.conflictCount(), 127);
			err.printf("valuenet merge: %d conflict(s)%s in %.1f s%n", merged.conflictCount(),
					merged.formatted() ? ", result formatted" : "", (System.nanoTime() - start) / 1e9);
		}
		write(target, result, out);
		return exit;
	}

	/** A label ends its marker line: a line break in it would put a stray line into the result. */
	private static String label(Arguments arguments, String option, String fallback) {
		String label = arguments.option(option, fallback);
		if (label.contains("\n") || label.contains("\r")) {
			throw new Arguments.UsageException(option + " must be one line; give a label without line breaks, e.g. " + option + " \"" + fallback
					+ " (main)\"");
		}
		return label;
	}

	private static void write(String target, String text, PrintStream out) throws IOException {
		if (target == null) {
			out.print(text);
		} else {
			dev.valuenet.dsl.io.AtomicFileWriter.write(Path.of(target), text);
		}
	}

	static String wholeFileConflict(String ours, String theirs, String oursLabel, String theirsLabel) {
		return "<<<<<<< " + oursLabel + "\n" + (ours.endsWith("\n") || ours.isEmpty() ? ours : ours + "\n") + "=======\n"
				+ (theirs.endsWith("\n") || theirs.isEmpty() ? theirs : theirs + "\n") + ">>>>>>> " + theirsLabel + "\n";
	}
}
