package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.model.AbstractNetwork;

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

				FILE's model is FILE and the other .vnet files of its folder (docs/cli.md, "Which files
				make a model"), so a network split over files is exported whole; --with adds more files
				or folders.

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
		List<Path> with = new ArrayList<>();
		for (String extra : arguments.option("--with", "").split(",")) {
			if (!extra.isBlank()) {
				with.add(Path.of(extra));
			}
		}
		ModelSession session = Models.session(arguments, with, err);
		if (session == null) {
			err.println("valuenet export: nothing exported");
			return Valuenet.PROBLEMS;
		}
		Map<String, AbstractNetwork> declared = new LinkedHashMap<>();
		for (AbstractNetwork network : session.document(session.file()).getNetworks()) {
			if (network.getName() != null) {
				declared.putIfAbsent(network.getName(), network);
			}
		}
		String json = Json.write(JsonExport.of(List.copyOf(declared.values())));
		if (arguments.option("--out", null) != null) {
			dev.valuenet.dsl.io.AtomicFileWriter.write(Path.of(arguments.option("--out", null)), json + "\n");
		} else {
			out.println(json);
		}
		return Valuenet.OK;
	}
}
