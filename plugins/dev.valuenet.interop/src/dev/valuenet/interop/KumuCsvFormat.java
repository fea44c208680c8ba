package dev.valuenet.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/**
 * Kumu's spreadsheet import (docs.kumu.io, "Import from a spreadsheet") as two CSV files, one per
 * sheet, since a CSV file holds one sheet: {@code NAME.elements.csv} with Kumu's element fields
 * {@code Label} (the actor's name, which connections refer to), {@code Type} (the kind) and
 * {@code Description} (the title), and {@code NAME.connections.csv} with {@code From}, {@code To},
 * {@code Type} (the value kind), {@code Direction} ({@code directed}) and {@code Label} (the flow's
 * name). Every other attribute of {@link Columns} is a custom field in Kumu's title-case spelling
 * ({@code valueObject} is {@code Value Object}, {@code amountPerYear} {@code Amount Per Year}).
 * <p>
 * Reading takes Kumu's own sheets too: field names are matched in any case and spacing
 * ({@code amount per year}, {@code AmountPerYear}), a connection without {@code Label} gets a
 * {@code flowN} name, and the elements file may be missing (the elements are then the connections'
 * ends). The sheets have no place for the network: its name is the file name, its currency the
 * yearly unit of the money flows, its title is lost. Text cells are neutralised like plain CSV
 * ({@link Cells}).
 */
final class KumuCsvFormat implements TableFormat {

	static final String ELEMENTS = ".elements.csv";
	static final String CONNECTIONS = ".connections.csv";

	@Override
	public String name() {
		return "kumu-csv";
	}

	@Override
	public String extension() {
		return ".kumu.csv";
	}

	@Override
	public Map<String, byte[]> write(NetworkTables tables) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<String> elementColumns = new ArrayList<>(List.of("Label", "Type", "Description"));
		List<String> actorFields = new ArrayList<>(Columns.actorColumns(tables));
		actorFields.removeAll(List.of("id", "type", "kind", "title")); // a segment's kind is "segment"
		actorFields.forEach(field -> elementColumns.add(kumuName(field)));
		List<List<Object>> elements = new ArrayList<>();
		for (ActorRow actor : tables.actors()) {
			Map<String, Object> cells = Columns.cells(actor, tables.metrics());
			List<Object> row = new ArrayList<>(List.of(actor.id(), actor.kind()));
			row.add(actor.title());
			actorFields.forEach(field -> row.add(cells.get(field)));
			elements.add(row);
		}
		files.put(ELEMENTS, CsvFormat.csv(elementColumns, elements));

		List<String> connectionColumns = new ArrayList<>(List.of("From", "To", "Type", "Direction", "Label"));
		List<String> flowFields = new ArrayList<>(Columns.FLOW);
		flowFields.removeAll(List.of("id", "from", "to", "kind"));
		flowFields.forEach(field -> connectionColumns.add(kumuName(field)));
		List<List<Object>> connections = new ArrayList<>();
		for (FlowRow flow : tables.flows()) {
			Map<String, Object> cells = Columns.cells(flow);
			List<Object> row = new ArrayList<>(List.of(flow.from(), flow.to(), flow.kind(), "directed", flow.id()));
			flowFields.forEach(field -> row.add(cells.get(field)));
			connections.add(row);
		}
		files.put(CONNECTIONS, CsvFormat.csv(connectionColumns, connections));
		return files;
	}

	/** Kumu's spelling of a column: {@code amountPerYear} -> {@code Amount Per Year}. */
	static String kumuName(String column) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < column.length(); i++) {
			char c = column.charAt(i);
			if (i == 0) {
				name.append(Character.toUpperCase(c));
			} else {
				if (Character.isUpperCase(c)) {
					name.append(' ');
				}
				name.append(c);
			}
		}
		return name.toString();
	}

	/** Our spelling of a Kumu field: {@code Amount Per Year}, {@code amount_per_year} -> {@code amountPerYear}. */
	static String columnName(String field) {
		String[] words = field.trim().split("[\\s_]+");
		StringBuilder name = new StringBuilder();
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			if (word.equals(word.toUpperCase(Locale.ROOT))) {
				word = word.toLowerCase(Locale.ROOT);
			}
			name.append(name.isEmpty() ? Character.toLowerCase(word.charAt(0)) : Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return name.toString();
	}

	/** The base name of a sheet file: {@code dir/model} for {@code dir/model.connections.csv} or {@code dir/model.kumu.csv}. */
	static String base(Path file) {
		String name = file.toString();
		for (String suffix : List.of(ELEMENTS, CONNECTIONS, ".kumu.csv")) {
			if (name.endsWith(suffix)) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name.replaceFirst("\\.csv$", "");
	}

	@Override
	public NetworkTables read(Path file) throws IOException {
		String base = base(file);
		Path elementsFile = Path.of(base + ELEMENTS);
		Path connectionsFile = Path.of(base + CONNECTIONS);
		if (!Files.isRegularFile(connectionsFile) && !Files.isRegularFile(elementsFile)) {
			throw new BadInputException(file + ": Kumu sheets are read from " + elementsFile.getFileName() + " and "
					+ connectionsFile.getFileName() + "; neither is there");
		}
		List<ActorRow> actors = new ArrayList<>();
		if (Files.isRegularFile(elementsFile)) {
			for (CsvFormat.Row row : CsvFormat.rows(elementsFile)) {
				Map<String, String> cells = ours(row.cells());
				cells.put("id", cells.remove("label"));
				cells.put("kind", cells.remove("type"));
				cells.put("title", cells.remove("description"));
				actors.add(Columns.actor(cells, elementsFile + ":" + row.line()));
			}
		}
		List<FlowRow> flows = new ArrayList<>();
		if (Files.isRegularFile(connectionsFile)) {
			for (CsvFormat.Row row : CsvFormat.rows(connectionsFile)) {
				Map<String, String> cells = ours(row.cells());
				String label = Columns.blankToNull(cells.remove("label"));
				cells.put("id", label != null ? label : "flow" + (flows.size() + 1));
				cells.put("kind", cells.remove("type"));
				String direction = Columns.blankToNull(cells.remove("direction"));
				if (direction != null && !direction.equalsIgnoreCase("directed")) {
					throw new BadInputException(connectionsFile + ":" + row.line() + ": a value flow has a direction; Direction '"
							+ Columns.shorten(direction) + "' must be 'directed' (or empty)");
				}
				flows.add(Columns.flow(cells, connectionsFile + ":" + row.line()));
			}
		}
		return new NetworkTables(Path.of(base).getFileName().toString(), null, null, actors, flows, List.of());
	}

	private static Map<String, String> ours(Map<String, String> kumu) {
		Map<String, String> cells = new LinkedHashMap<>();
		kumu.forEach((field, value) -> cells.put(columnName(field), value));
		return cells;
	}
}
