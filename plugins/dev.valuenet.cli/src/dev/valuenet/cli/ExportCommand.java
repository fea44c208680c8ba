package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.valuenet.dsl.io.AtomicFileWriter;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.interop.Formats;
import dev.valuenet.interop.NetworkExport;
import dev.valuenet.interop.PartnerView;
import dev.valuenet.interop.TableFormat;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;

/** {@code valuenet export [--format F] [--for PARTNER] FILE}: the model as JSON or an exchange format. */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "write the model as JSON, GraphML, GEXF, Kumu, CSV, XLSX, DOT or Mermaid";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet export [--format FORMAT] [--for PARTNER] [--scenario S] [--metrics]
				                       [--with PATH]... [--out FILE] FILE

				Writes the network of FILE in one of these formats (see docs/interop.md). FILE's model
				is FILE and the other .vnet files of its folder (docs/cli.md, "Which files make a
				model"), so a network split over files is exported whole; --with adds more.
				  json      the resolved model: every declaration, magnitudes normalized to yearly
				            amounts in the network currency (docs/export-json.md)
				  graphml   nodes and directed edges with attributes: Gephi, yEd, Cytoscape, NetworkX
				  gexf      Gephi's format; edge weight = yearly value in the network currency
				  kumu      Kumu JSON (elements and connections), file name *.kumu.json
				  kumu-csv  Kumu's spreadsheet sheets as two CSV files: FILE.elements.csv (Label,
				            Type, Description, ...) and FILE.connections.csv (From, To, Type, ...)
				  csv       spreadsheet tables: FILE.actors.csv, FILE.flows.csv, FILE.network.csv
				  xlsx      one workbook, one sheet per table (Network, Actors, Flows)
				  dot       Graphviz, for docs (export only)
				  mermaid   Mermaid flowchart for Markdown, *.mmd (export only)
				Without --format, the format follows the extension of --out (json when none).
				Table formats (all but json) carry per actor: id, type, kind, title, size; per flow:
				id, from, to, kind, valueObject, tangible, amount, unit, per, frequency,
				amountPerYear, yearlyUnit, valuePerYear, layer, exchange. `valuenet import` reads
				graphml, gexf, kumu, kumu-csv, csv and xlsx back.

				Options:
				  --format FORMAT  json, graphml, gexf, kumu, kumu-csv, csv, xlsx, dot or mermaid
				  --for PARTNER    the model as PARTNER may see it (visibility statements): confidential
				                   elements only for their audience, flows of confidential value objects
				                   without amounts, no metrics, no other partners' canvases
				  --scenario S     export scenario S resolved (its edits applied) instead of FILE's first
				                   network (table formats)
				  --metrics        add actor metrics (degree, strength, betweenness, closeness,
				                   eigenvector, pagerank, community) as actor columns (table formats)
				  --with PATH      also load PATH (file or folder) to resolve references; repeatable
				  --out FILE, -o FILE  write to FILE (atomically, umask permissions) instead of standard output
				  --help           this help

				Exit codes: 0 exported, 1 FILE has errors (they are listed, nothing is written),
				2 usage or I/O failure.

				Examples: valuenet export --format json examples/auto/car-network.vnet
				          valuenet export -o car.graphml examples/auto/car-network.vnet
				          valuenet export --for Denso -o denso.xlsx examples/toyota/keiretsu.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.of("--format", true, "--with", true, "--out", true, "--for", true, "--scenario", true, "--metrics", false);
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		String target = arguments.file("--out", "a file name, or leave --out away to write to standard output");
		String formatName = arguments.option("--format", null);
		if (formatName == null) {
			TableFormat byExtension = target == null ? null : Formats.of(Path.of(target));
			formatName = byExtension == null ? "json" : byExtension.name();
		}
		TableFormat format = Formats.named(formatName);
		if (format == null && !formatName.equals("json")) {
			throw new Arguments.UsageException("option '--format' must be one of json, " + Formats.names() + ", not '" + formatName + "'");
		}
		if (arguments.paths().size() != 1) {
			throw arguments.missingFile("give exactly one .vnet file to export");
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
		Document document = session.document(session.file());
		if (document.getNetworks().isEmpty()) {
			throw new Arguments.UsageException(session.file() + " declares no network");
		}
		AbstractNetwork network = Models.choose(session, arguments.option("--scenario", null));
		PartnerView view = null;
		if (arguments.option("--for", null) != null) {
			try {
				view = PartnerView.of(network, arguments.option("--for", null));
			} catch (IllegalArgumentException e) {
				throw new Arguments.UsageException(e.getMessage());
			}
			if (arguments.flag("--metrics")) {
				err.println("valuenet export: metrics are left out of partner views (they would reveal what the partner may not see)");
			}
		}
		Path file = Path.of(target == null ? "-" : target);
		Map<Path, byte[]> files = NetworkExport.files(document, network, format == null ? NetworkExport.JSON : format.name(),
				arguments.flag("--metrics"), view, file);
		if (target == null) {
			if (files.size() > 1) {
				throw new Arguments.UsageException(formatName + " writes several files; give --out FILE" + NetworkExport.extension(formatName));
			}
			if (formatName.equals("xlsx")) {
				throw new Arguments.UsageException("xlsx is a binary format; give --out FILE.xlsx");
			}
			out.print(new String(files.get(file), StandardCharsets.UTF_8));
			out.flush();
			return Valuenet.OK;
		}
		List<Path> written = new ArrayList<>();
		for (var entry : files.entrySet()) {
			AtomicFileWriter.write(entry.getKey(), entry.getValue());
			written.add(entry.getKey());
		}
		err.println("valuenet export: " + network.getName() + (view == null ? "" : " as " + arguments.option("--for", null) + " sees it")
				+ " written to " + String.join(", ", written.stream().map(Path::toString).toList()));
		return Valuenet.OK;
	}
}
