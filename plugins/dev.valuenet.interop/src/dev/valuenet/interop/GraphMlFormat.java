package dev.valuenet.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/**
 * GraphML (graphml.graphdrawing.org), read by Gephi, yEd, Cytoscape and NetworkX
 * ({@code networkx.read_graphml}): one node per actor or segment (XML id = its name), one directed
 * edge per flow (XML id = the flow's name), every attribute of {@link Columns} as a declared key
 * with its {@code attr.name}; numbers are {@code double}, tangibility {@code boolean}. Missing
 * values are left out. Reading accepts any GraphML whose edges carry a {@code kind} attribute.
 */
final class GraphMlFormat implements TableFormat {

	static final String NS = "http://graphml.graphdrawing.org/xmlns";

	@Override
	public String name() {
		return "graphml";
	}

	@Override
	public String extension() {
		return ".graphml";
	}

	@Override
	public Map<String, byte[]> write(NetworkTables tables) throws IOException {
		XmlOut xml = new XmlOut();
		xml.start("graphml", "xmlns", NS);
		for (String graphKey : List.of("name", "title", "currency")) {
			xml.empty("key", "id", "g_" + graphKey, "for", "graph", "attr.name", graphKey, "attr.type", "string");
		}
		List<String> actorColumns = Columns.actorColumns(tables).stream().filter(c -> !c.equals("id")).toList();
		for (String column : actorColumns) {
			xml.empty("key", "id", "n_" + column, "for", "node", "attr.name", column, "attr.type", type(column));
		}
		List<String> flowColumns = Columns.FLOW.stream().filter(c -> !List.of("id", "from", "to").contains(c)).toList();
		for (String column : flowColumns) {
			xml.empty("key", "id", "e_" + column, "for", "edge", "attr.name", column, "attr.type", type(column));
		}
		xml.start("graph", "id", tables.name(), "edgedefault", "directed");
		data(xml, "g_name", tables.name());
		data(xml, "g_title", tables.title());
		data(xml, "g_currency", tables.currency());
		for (ActorRow actor : tables.actors()) {
			xml.start("node", "id", actor.id());
			Map<String, Object> cells = Columns.cells(actor, tables.metrics());
			for (String column : actorColumns) {
				data(xml, "n_" + column, cells.get(column));
			}
			xml.end();
		}
		for (FlowRow flow : tables.flows()) {
			xml.start("edge", "id", flow.id(), "source", flow.from(), "target", flow.to());
			Map<String, Object> cells = Columns.cells(flow);
			for (String column : flowColumns) {
				data(xml, "e_" + column, cells.get(column));
			}
			xml.end();
		}
		xml.end().end();
		return Map.of("", xml.finish());
	}

	private static String type(String column) {
		return column.equals("tangible") ? "boolean" : Columns.isNumber(column) ? "double" : "string";
	}

	private static void data(XmlOut xml, String key, Object value) throws IOException {
		if (value != null) {
			xml.text("data", Columns.text(value), "key", key);
		}
	}

	@Override
	public NetworkTables read(Path file) throws IOException {
		Map<String, String> keyNames = new HashMap<>();
		Map<String, String> graph = new HashMap<>();
		List<ActorRow> actors = new ArrayList<>();
		List<FlowRow> flows = new ArrayList<>();
		String graphId = null;
		boolean graphFound = false;
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = SafeXml.open(file, in);
			Map<String, String> current = null;
			String element = null;
			int edges = 0;
			while (reader.hasNext()) {
				int event = SafeXml.next(file, reader);
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = reader.getLocalName();
					int line = reader.getLocation().getLineNumber();
					switch (name) {
						case "key" -> {
							String id = reader.getAttributeValue(null, "id");
							String attrName = reader.getAttributeValue(null, "attr.name");
							if (id != null && attrName != null) {
								keyNames.put(id, attrName);
							}
						}
						case "graph" -> {
							if (!graphFound) { // the first graph; its id is optional in GraphML
								graphFound = true;
								graphId = reader.getAttributeValue(null, "id");
								current = graph;
								element = "graph";
							}
						}
						case "node" -> {
							current = new LinkedHashMap<>();
							current.put("id", reader.getAttributeValue(null, "id"));
							current.put("@line", Integer.toString(line));
							element = "node";
						}
						case "edge" -> {
							current = new LinkedHashMap<>();
							String id = reader.getAttributeValue(null, "id");
							current.put("id", id == null ? "flow" + (++edges) : id);
							current.put("from", reader.getAttributeValue(null, "source"));
							current.put("to", reader.getAttributeValue(null, "target"));
							current.put("@line", Integer.toString(line));
							element = "edge";
						}
						case "data" -> {
							String key = reader.getAttributeValue(null, "key");
							// keys without attr.name (yEd's graphics) may hold markup: not read
							if (current != null && key != null && keyNames.containsKey(key)) {
								current.put(keyNames.get(key), reader.getElementText());
							}
						}
						default -> {
						}
					}
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = reader.getLocalName();
					if (name.equals("node") && "node".equals(element)) {
						String where = file + ":" + current.get("@line");
						actors.add(Columns.actor(current, where));
						current = graph;
					} else if (name.equals("edge") && "edge".equals(element)) {
						String where = file + ":" + current.get("@line");
						flows.add(Columns.flow(current, where));
						current = graph;
					}
				}
			}
		} catch (XMLStreamException e) {
			throw SafeXml.bad(file, e);
		}
		if (!graphFound) {
			throw new BadInputException(file + ": no <graph> element; is this a GraphML file?");
		}
		String name = graph.getOrDefault("name", graphId != null ? graphId : file.getFileName().toString().replaceFirst("\\.graphml$", ""));
		return new NetworkTables(name, graph.get("title"), graph.get("currency"), actors, flows, List.of());
	}
}
