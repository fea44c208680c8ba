package dev.valuenet.interop;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/**
 * Plain CSV (RFC 4180, UTF-8, header row) for spreadsheets: {@code NAME.actors.csv} (with metric
 * columns when asked), {@code NAME.flows.csv} and {@code NAME.network.csv} (name, title, currency).
 * Writing to {@code model.csv} writes {@code model.actors.csv}, {@code model.flows.csv} and
 * {@code model.network.csv}; importing any of the three reads all of them. Text cells that a
 * spreadsheet would run as a formula are neutralised ({@link Cells}).
 */
final class CsvFormat implements TableFormat {

	static final String ACTORS = ".actors.csv";
	static final String FLOWS = ".flows.csv";
	static final String NETWORK = ".network.csv";
	/** More rows are refused: they are interaction records, for {@code valuenet import} of records. */
	static final int MAX_ROWS = 2_000_000;

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public String extension() {
		return ".csv";
	}

	@Override
	public Map<String, byte[]> write(NetworkTables tables) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<String> actorColumns = Columns.actorColumns(tables);
		List<List<Object>> actorRows = new ArrayList<>();
		for (ActorRow actor : tables.actors()) {
			actorRows.add(new ArrayList<>(Columns.cells(actor, tables.metrics()).values()));
		}
		files.put(ACTORS, csv(actorColumns, actorRows));
		List<List<Object>> flowRows = new ArrayList<>();
		for (FlowRow flow : tables.flows()) {
			flowRows.add(new ArrayList<>(Columns.cells(flow).values()));
		}
		files.put(FLOWS, csv(Columns.FLOW, flowRows));
		List<Object> network = new ArrayList<>();
		network.add(tables.name());
		network.add(tables.title());
		network.add(tables.currency());
		files.put(NETWORK, csv(List.of("name", "title", "currency"), List.of(network)));
		return files;
	}

	static byte[] csv(List<String> header, List<List<Object>> rows) throws IOException {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
			printer.printRecord(header);
			for (List<Object> row : rows) {
				List<String> cells = new ArrayList<>();
				for (Object cell : row) {
					cells.add(cell instanceof String s ? Cells.neutralise(s) : Columns.text(cell));
				}
				printer.printRecord(cells);
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The base name of a table file: {@code dir/model} for {@code dir/model.flows.csv}. */
	static String base(Path file) {
		String name = file.toString();
		for (String suffix : List.of(ACTORS, FLOWS, NETWORK)) {
			if (name.endsWith(suffix)) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name.replaceFirst("\\.csv$", "");
	}

	@Override
	public NetworkTables read(Path file) throws IOException {
		String base = base(file);
		Path actorsFile = Path.of(base + ACTORS);
		Path flowsFile = Path.of(base + FLOWS);
		Path networkFile = Path.of(base + NETWORK);
		if (!Files.isRegularFile(flowsFile)) {
			throw new BadInputException(file + ": a CSV table export is read from " + flowsFile.getFileName() + " (and "
					+ actorsFile.getFileName() + "); " + flowsFile + " is missing");
		}
		List<ActorRow> actors = new ArrayList<>();
		if (Files.isRegularFile(actorsFile)) {
			for (var row : rows(actorsFile)) {
				actors.add(Columns.actor(row.cells(), actorsFile + ":" + row.line()));
			}
		}
		List<FlowRow> flows = new ArrayList<>();
		for (var row : rows(flowsFile)) {
			flows.add(Columns.flow(row.cells(), flowsFile + ":" + row.line()));
		}
		String name = Path.of(base).getFileName().toString(), title = null, currency = null;
		if (Files.isRegularFile(networkFile)) {
			List<Row> network = rows(networkFile);
			if (!network.isEmpty()) {
				Map<String, String> cells = network.get(0).cells();
				name = Columns.blankToNull(cells.get("name")) != null ? cells.get("name") : name;
				title = Columns.blankToNull(cells.get("title"));
				currency = Columns.blankToNull(cells.get("currency"));
			}
		}
		return new NetworkTables(name, title, currency, actors, flows, List.of());
	}

	/** A data row: its cells by header name (apostrophes of neutralised cells removed) and its first line. */
	record Row(Map<String, String> cells, long line) {
	}

	static List<Row> rows(Path file) throws IOException {
		List<Row> rows = new ArrayList<>();
		long line = 1;
		try (Reader reader = TextInput.open(file);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
			List<String> header = parser.getHeaderNames();
			try {
				for (CSVRecord record : parser) {
					if (rows.size() >= MAX_ROWS) {
						throw new BadInputException(file + ":" + parser.getCurrentLineNumber() + ": more than " + MAX_ROWS
								+ " rows; a table export is smaller (interaction records are imported with valuenet import --records)");
					}
					Map<String, String> cells = new LinkedHashMap<>();
					for (int i = 0; i < header.size() && i < record.size(); i++) {
						cells.put(header.get(i), Cells.restore(record.get(i)));
					}
					rows.add(new Row(cells, line + 1));
					line = parser.getCurrentLineNumber();
				}
			} catch (UncheckedIOException e) {
				if (e.getCause() instanceof CharacterCodingException) {
					throw TextInput.notUtf8(file, TextInput.badLine(file));
				}
				throw notCsv(file, line + 1, e.getCause());
			}
		} catch (CharacterCodingException e) {
			throw TextInput.notUtf8(file, TextInput.badLine(file));
		} catch (IllegalArgumentException | IllegalStateException e) {
			throw new BadInputException(file + ": " + e.getMessage());
		}
		return rows;
	}

	/** Commons CSV's message for a broken record starting at {@code line}, in plain words. */
	static BadInputException notCsv(Path file, long line, IOException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		if (message.contains("EOF reached before encapsulated token finished")) {
			return new BadInputException(file + ":" + line + ": a quoted field opened on line " + line
					+ " is never closed; add the closing \" (a quote inside a field is written \"\") or remove the opening one");
		}
		if (message.contains("invalid char between encapsulated token and delimiter")) {
			return new BadInputException(file + ":" + line + ": text follows the closing \" of a quoted field; quote the whole field"
					+ " (a quote inside a field is written \"\")");
		}
		return new BadInputException(file + ":" + line + ": not readable as CSV: " + message.replaceFirst("^\\((start)?line \\d+\\)\\s*", ""));
	}
}
