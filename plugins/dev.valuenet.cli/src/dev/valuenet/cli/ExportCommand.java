package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;

import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;

/** {@code valuenet export --format json FILE}: the resolved model as JSON. */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "write the resolved model of a .vnet file as JSON";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet export --format json [--with PATH]... [--out FILE] FILE

				Writes the networks and scenarios of FILE, with every reference resolved, as JSON:
				actors, segments, roles, value objects, layers, ties, flows (with magnitudes normalized
				to yearly amounts in the network currency), exchanges, governance, partner canvases and
				scenario edits. Names are fully qualified (network.Name). See docs/export-json.md.

				The other .vnet files in FILE's folder are loaded too, so references into them resolve;
				--with adds more files or folders.

				Options:
				  --format json   the output format (json is the only one for now)
				  --with PATH     also load PATH (file or folder) to resolve references; repeatable as a
				                  comma-separated list
				  --out FILE      write to FILE (atomically) instead of stdout
				  --help          this help

				Exit codes: 0 exported, 1 FILE has errors (they are listed, nothing is written),
				2 usage or I/O failure.

				Example: valuenet export --format json examples/auto/car-network.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--format", true, "--with", true, "--out", true);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		arguments.choice("--format", "json", "json");
		if (arguments.paths().size() != 1) {
			throw new Arguments.UsageException("give exactly one .vnet file to export");
		}
		Path file = arguments.paths().get(0);
		if (!Files.isRegularFile(file)) {
			throw new IOException("no such file: " + file);
		}
		Set<Path> toLoad = new LinkedHashSet<>();
		toLoad.add(file);
		Path folder = file.toAbsolutePath().getParent();
		toLoad.addAll(ValuenetWorkspace.collect(List.of(folder)).stream().filter(p -> p.getParent().equals(folder)).toList());
		for (String extra : arguments.option("--with", "").split(",")) {
			if (!extra.isBlank()) {
				toLoad.addAll(ValuenetWorkspace.collect(List.of(Path.of(extra))));
			}
		}
		List<Path> files = dedupe(toLoad);
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(files);
		Path key = files.get(0);
		List<Problem> errors = workspace.validate().stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR && sameFile(p.file(), file)).toList();
		if (!errors.isEmpty() || workspace.document(key) == null) {
			errors.forEach(err::println);
			err.println("valuenet export: " + file + " has errors; nothing exported");
			return Valuenet.PROBLEMS;
		}
		String json = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create()
				.toJson(JsonExport.of(workspace.document(key)));
		if (arguments.option("--out", null) != null) {
			FormatCommand.writeAtomically(Path.of(arguments.option("--out", null)), json + "\n");
		} else {
			out.println(json);
		}
		return Valuenet.OK;
	}

	private static boolean sameFile(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}

	/** Keeps the first spelling of each file so the exported file keeps the name the user gave. */
	private static List<Path> dedupe(Set<Path> paths) {
		List<Path> result = new ArrayList<>();
		Set<Path> seen = new LinkedHashSet<>();
		for (Path path : paths) {
			if (seen.add(path.toAbsolutePath().normalize())) {
				result.add(path);
			}
		}
		return result;
	}
}
