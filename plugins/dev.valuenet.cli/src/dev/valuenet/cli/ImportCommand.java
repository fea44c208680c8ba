package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.valuenet.dsl.io.AtomicFileWriter;
import dev.valuenet.interop.Formats;
import dev.valuenet.interop.NetworkTables;
import dev.valuenet.interop.RecordImport;
import dev.valuenet.interop.TableFormat;
import dev.valuenet.interop.VnetText;

/** {@code valuenet import FILE -o model.vnet}: a network from GraphML, GEXF, Kumu JSON, CSV or XLSX. */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "turn GraphML, GEXF, Kumu JSON, CSV or XLSX into a formatted .vnet model";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet import [--format FORMAT] [--force] --out MODEL.vnet FILE
				       valuenet import [--network NAME] [--report FILE] --out MODEL.vnet AGGREGATE.jsonl
				       valuenet import [--aliases FILE] [--rates FILE] [--period P] [--currency C]
				                       [--column FIELD=NAME]... [--keep-duplicates] [--report FILE]
				                       [--network NAME] [--force] --out MODEL.vnet RECORDS.csv|RECORDS.jsonl

				Reads the actors and flows of FILE and writes them as a formatted, checked .vnet network
				(see docs/interop.md). The format follows FILE's extension unless --format is given:
				  graphml   .graphml (nodes = actors, directed edges = flows; edges need a 'kind')
				  gexf      .gexf
				  kumu      .kumu.json (elements and connections)
				  kumu-csv  NAME.connections.csv with NAME.elements.csv beside it (Kumu's sheets)
				  csv       NAME.flows.csv with NAME.actors.csv and NAME.network.csv beside it
				  xlsx      .xlsx with sheets Network, Actors and Flows
				Names that are not .vnet names are made valid (spaces to _, keywords escaped with ^);
				every change, and every row that could not be imported, is listed on standard error.
				XML files with a DTD (<!DOCTYPE ...>) are refused: entities could read local files.

				Interaction records (a .csv that is not a table export, or JSON lines .jsonl/.ndjson,
				or --format records): one record per line with date, from, to, kind (a value kind, or
				the name of a value object), amount and unit (a currency or a unit). Names are resolved
				through the aliases and near-duplicate spellings are merged (Acme Corp. = ACME corp);
				currencies are converted with the rates, kg/g to t, l to m3, kWh/GWh to MWh; exact
				duplicate records are dropped; records are summed per giver, receiver, value and unit
				into flows with the yearly amount over the period and the frequency they occurred at.
				A report lists what was merged, dropped or skipped (unknown unit or currency, self-flows,
				gaps of 2+ months in flows recorded monthly or more often), each with its record number.
				If MODEL.vnet exists, the flows it has get their magnitudes updated and the others are
				added; its comments and order are kept. A progress line goes to standard error.

				A record aggregate (written by the Spark job in spark/, see docs/interop.md; or
				--format aggregate) becomes the very model its records would have given; the options
				that shape the aggregation (--aliases, --rates, --period, --currency, --column,
				--keep-duplicates) were given to the job and do not apply here.

				Options:
				  --format FORMAT       graphml, gexf, kumu, kumu-csv, csv, xlsx, records or aggregate
				  --aliases FILE        lines "spelling = name" (or CSV spelling,name)
				  --rates FILE          lines "USD = 0.92 EUR" (or CSV currency,factor,into)
				  --period P            the period counted: 2024, 2024-01..2024-06, 2024-01-01..2024-12-31
				                        (default: first to last record date)
				  --currency C          the network currency (default: the rates' target, else EUR)
				  --column FIELD=NAME   the column (or JSON key) of a field: date, from, to, kind,
				                        amount, unit; repeatable
				  --keep-duplicates     do not drop exact duplicate records
				  --report FILE         write the report there instead of standard error
				  --network NAME        the network's name (default: the file name)
				  --out FILE, -o FILE   the .vnet file to write (atomically)
				  --force               replace FILE if it exists
				  --help                this help

				Exit codes: 0 imported, 2 usage error or input that cannot be imported (the message
				names the line or record; nothing is written).

				Example: valuenet export -o car.graphml examples/auto/car-network.vnet
				         valuenet import -o car.vnet car.graphml
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.ofEntries(Map.entry("--format", true), Map.entry("--out", true), Map.entry("--force", false), Map.entry("--aliases", true),
				Map.entry("--rates", true), Map.entry("--period", true), Map.entry("--currency", true), Map.entry("--network", true),
				Map.entry("--column", true), Map.entry("--keep-duplicates", false), Map.entry("--report", true));
	}

	/** The formats import reads: the table formats that read (not dot or mermaid), records and aggregates. */
	private static List<String> readable() {
		List<String> names = new ArrayList<>(Formats.ALL.stream().filter(TableFormat::reads).map(TableFormat::name).toList());
		names.addAll(List.of("records", "aggregate"));
		return names;
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		if (arguments.paths().size() != 1) {
			throw new Arguments.UsageException("give exactly one file to import");
		}
		Path file = arguments.paths().get(0);
		String target = arguments.option("--out", null);
		if (target == null) {
			throw new Arguments.UsageException("give the .vnet file to write with --out MODEL.vnet");
		}
		if (!target.endsWith(".vnet")) {
			throw new Arguments.UsageException("--out must name a .vnet file, not '" + target + "'");
		}
		Path output = Path.of(target);
		String formatName = arguments.option("--format", null);
		if (formatName != null && !readable().contains(formatName)) {
			throw new Arguments.UsageException((Formats.named(formatName) != null ? formatName + " is export only" : "unknown format '" + formatName + "'")
					+ "; import reads " + String.join(", ", readable()));
		}
		if (!Files.isRegularFile(file)) {
			throw new IOException("no such file: " + file);
		}
		if (Records.isAggregate(file, formatName)) {
			return Records.runAggregate(file, output, arguments, err);
		}
		if (RecordImport.isRecords(file, formatName)) {
			return Records.run(file, output, arguments, err);
		}
		if (Files.exists(output) && !arguments.flag("--force")) {
			throw new Arguments.UsageException(output + " exists; choose a new file or add --force to replace it");
		}
		TableFormat format = formatName != null ? Formats.named(formatName) : Formats.of(file);
		if (format == null) {
			throw new Arguments.UsageException("cannot tell the format of " + file.getFileName() + " from its extension; give --format, one of "
					+ String.join(", ", readable()));
		}
		if (!format.reads()) {
			throw new Arguments.UsageException(format.name() + " is export only; import reads " + String.join(", ", readable()));
		}
		NetworkTables tables = format.read(file);
		VnetText.Result result = VnetText.of(tables, output);
		AtomicFileWriter.write(output, result.text().getBytes(StandardCharsets.UTF_8));
		result.notes().forEach(note -> err.println("valuenet import: " + note));
		err.println("valuenet import: " + tables.actors().size() + " actors and " + tables.flows().size() + " flows of " + file
				+ " written to " + output + (result.notes().isEmpty() ? "" : " (" + result.notes().size() + " notes above)"));
		return Valuenet.OK;
	}
}
