package dev.valuenet.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/**
 * XLSX (Office Open XML spreadsheet) with one sheet per table: Network (name, title, currency),
 * Actors (with metric columns when asked) and Flows, the columns of {@link Columns}; numbers are
 * number cells, text cells are neutralised against formulas ({@link Cells}). Written with fastexcel
 * and read with fastexcel-reader (org.dhatim, Maven Central).
 */
final class XlsxFormat implements TableFormat {

	/** Larger workbooks are refused before they are unpacked. */
	static final long MAX_BYTES = 256L * 1024 * 1024;

	@Override
	public String name() {
		return "xlsx";
	}

	@Override
	public String extension() {
		return ".xlsx";
	}

	@Override
	public Map<String, byte[]> write(NetworkTables tables) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(bytes, "Valuenet Studio", "1.0");
		Worksheet network = workbook.newWorksheet("Network");
		List<Object> networkRow = new ArrayList<>();
		networkRow.add(tables.name());
		networkRow.add(tables.title());
		networkRow.add(tables.currency());
		sheet(network, List.of("name", "title", "currency"), List.of(networkRow));
		List<List<Object>> actorRows = new ArrayList<>();
		for (ActorRow actor : tables.actors()) {
			actorRows.add(new ArrayList<>(Columns.cells(actor, tables.metrics()).values()));
		}
		sheet(workbook.newWorksheet("Actors"), Columns.actorColumns(tables), actorRows);
		List<List<Object>> flowRows = new ArrayList<>();
		for (FlowRow flow : tables.flows()) {
			flowRows.add(new ArrayList<>(Columns.cells(flow).values()));
		}
		sheet(workbook.newWorksheet("Flows"), Columns.FLOW, flowRows);
		workbook.setActiveTab(2);
		workbook.finish();
		return Map.of("", bytes.toByteArray());
	}

	private static void sheet(Worksheet sheet, List<String> header, List<List<Object>> rows) {
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Object cell = row.get(c);
				if (cell instanceof Double d) {
					sheet.value(r + 1, c, d);
				} else if (cell != null) {
					sheet.value(r + 1, c, Cells.neutralise(cell.toString()));
				}
			}
		}
		sheet.freezePane(0, 1);
	}

	@Override
	public NetworkTables read(Path file) throws IOException {
		if (Files.size(file) > MAX_BYTES) {
			throw new BadInputException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; not imported");
		}
		if (!isZip(file)) {
			throw new BadInputException(file + ": not an .xlsx file (an .xlsx is a zip archive); save it from the spreadsheet as .xlsx,"
					+ " or export CSV and import that");
		}
		try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Map<String, String>> network = rows(workbook, "Network", file, false);
			List<ActorRow> actors = new ArrayList<>();
			for (Map<String, String> row : rows(workbook, "Actors", file, false)) {
				actors.add(Columns.actor(row, file + ": sheet Actors row " + row.get("@row")));
			}
			List<FlowRow> flows = new ArrayList<>();
			for (Map<String, String> row : rows(workbook, "Flows", file, true)) {
				flows.add(Columns.flow(row, file + ": sheet Flows row " + row.get("@row")));
			}
			Map<String, String> header = network.isEmpty() ? Map.of() : network.get(0);
			String name = Columns.blankToNull(header.get("name"));
			return new NetworkTables(name != null ? name : file.getFileName().toString().replaceFirst("\\.xlsx$", ""),
					Columns.blankToNull(header.get("title")), Columns.blankToNull(header.get("currency")), actors, flows, List.of());
		} catch (BadInputException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			// the zip and XML libraries' messages ("Error reading Zip content from a SeekableByteChannel") say nothing to a user
			throw new BadInputException(file + ": not a readable XLSX workbook: its zip archive or sheets are truncated or damaged;"
					+ " save it again from the spreadsheet as .xlsx, or export CSV and import that", e);
		}
	}

	/** Whether {@code file} starts as a zip archive does ("PK"). */
	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(2);
			return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
		}
	}

	/** A cell's text; empty for a cell that is not there (fastexcel omits empty cells). */
	private static String text(Row row, int column) {
		return row.getOptionalCell(column).map(cell -> cell.getText() == null ? "" : cell.getText()).orElse("");
	}

	private static List<Map<String, String>> rows(ReadableWorkbook workbook, String name, Path file, boolean required) throws IOException {
		Optional<Sheet> sheet = workbook.findSheet(name);
		if (sheet.isEmpty()) {
			if (required) {
				throw new BadInputException(file + ": no sheet named '" + name + "' (a Valuenet workbook has Network, Actors and Flows)");
			}
			return List.of();
		}
		List<Map<String, String>> result = new ArrayList<>();
		int last = 0;
		try (Stream<Row> stream = sheet.get().openStream()) {
			List<String> header = null;
			for (Row row : (Iterable<Row>) stream::iterator) {
				last = row.getRowNum();
				if (header == null) {
					header = new ArrayList<>();
					for (int c = 0; c < row.getCellCount(); c++) {
						header.add(text(row, c).trim());
					}
					continue;
				}
				if (result.size() >= CsvFormat.MAX_ROWS) {
					throw new BadInputException(file + ": sheet " + name + " has more than " + CsvFormat.MAX_ROWS + " rows");
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int c = 0; c < header.size() && c < row.getCellCount(); c++) {
					cells.put(header.get(c), Cells.restore(text(row, c)));
				}
				cells.put("@row", Integer.toString(row.getRowNum()));
				result.add(cells);
			}
		} catch (ExcelReaderException e) {
			// a cell typed as a number whose text is not one ("Cannot parse number : NaN"): name the row and the text
			if (e.getMessage() == null || !e.getMessage().startsWith("Cannot parse number")) {
				throw e;
			}
			String text = e.getMessage().replaceFirst("^Cannot parse number\\s*:\\s*", "");
			throw new BadInputException(file + ": sheet " + name + " row " + (last + 1) + ": a number cell holds '" + Columns.shorten(text)
					+ "', which is not a number; give a number or leave the cell empty", e);
		}
		return result;
	}
}
