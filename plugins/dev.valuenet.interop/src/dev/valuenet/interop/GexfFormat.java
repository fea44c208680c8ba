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
 * GEXF 1.2 (gexf.net), Gephi's own format, also read by {@code networkx.read_gexf}: nodes with
 * {@code label} = the actor's title (else its name), edges with {@code weight} = the yearly value
 * in the network currency when known (Gephi sizes edges by weight; flows without a value get none,
 * i.e. Gephi's 1.0), and every attribute of {@link Columns} declared in {@code <attributes>}.
 */
final class GexfFormat implements TableFormat {

	static final String NS = "http://www.gexf.net/1.2draft";

	@Override
	public String name() {
		return "gexf";
	}

	@Override
	public String extension() {
		return ".gexf";
	}

	@Override
	public Map<String, byte[]> write(NetworkTables tables) throws IOException {
		XmlOut xml = new XmlOut();
		xml.start("gexf", "xmlns", NS, "version", "1.2");
		xml.start("meta");
		xml.text("creator", "Valuenet Studio");
		xml.text("description", tables.name() + (tables.title() == null ? "" : " - " + tables.title())
				+ (tables.currency() == null ? "" : " (values in " + tables.currency() + ")"));
		xml.end();
		xml.start("graph", "defaultedgetype", "directed", "mode", "static");
		List<String> actorColumns = Columns.actorColumns(tables).stream().filter(c -> !c.equals("id")).toList();
		List<String> flowColumns = Columns.FLOW.stream().filter(c -> !List.of("id", "from", "to").contains(c)).toList();
		xml.start("attributes", "class", "node");
		for (String column : actorColumns) {
			xml.empty("attribute", "id", column, "title", column, "type", type(column));
		}
		xml.end();
		xml.start("attributes", "class", "edge");
		for (String column : flowColumns) {
			xml.empty("attribute", "id", column, "title", column, "type", type(column));
		}
		xml.end();
		xml.start("nodes");
		for (ActorRow actor : tables.actors()) {
			xml.start("node", "id", actor.id(), "label", actor.title() != null ? actor.title() : actor.id());
			values(xml, Columns.cells(actor, tables.metrics()), actorColumns);
			xml.end();
		}
		xml.end();
		xml.start("edges");
		for (FlowRow flow : tables.flows()) {
			xml.start("edge", "id", flow.id(), "source", flow.from(), "target", flow.to(), "label", flow.id(), "weight",
					Double.isNaN(flow.valuePerYear()) ? null : Columns.plain(flow.valuePerYear()));
			values(xml, Columns.cells(flow), flowColumns);
			xml.end();
		}
		xml.end();
		xml.end().end();
		return Map.of("", xml.finish());
	}

	private static void values(XmlOut xml, Map<String, Object> cells, List<String> columns) throws IOException {
		xml.start("attvalues");
		for (String column : columns) {
			Object value = cells.get(column);
			if (value != null) {
				xml.empty("attvalue", "for", column, "value", Columns.text(value));
			}
		}
		xml.end();
	}

	private static String type(String column) {
		return column.equals("tangible") ? "boolean" : Columns.isNumber(column) ? "double" : "string";
	}

	@Override
	public NetworkTables read(Path file) throws IOException {
		Map<String, String> attributeTitles = new HashMap<>();
		List<ActorRow> actors = new ArrayList<>();
		List<FlowRow> flows = new ArrayList<>();
		String description = null;
		boolean graphSeen = false;
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = SafeXml.open(file, in);
			Map<String, String> current = null;
			String attributeClass = null;
			int edges = 0;
			while (reader.hasNext()) {
				int event = SafeXml.next(file, reader);
				if (event == XMLStreamConstants.START_ELEMENT) {
					int line = reader.getLocation().getLineNumber();
					switch (reader.getLocalName()) {
						case "graph" -> graphSeen = true;
						case "description" -> description = reader.getElementText();
						case "attributes" -> attributeClass = reader.getAttributeValue(null, "class");
						case "attribute" -> attributeTitles.put(attributeClass + ":" + reader.getAttributeValue(null, "id"),
								reader.getAttributeValue(null, "title"));
						case "node" -> {
							current = new LinkedHashMap<>();
							current.put("@class", "node");
							current.put("id", reader.getAttributeValue(null, "id"));
							current.put("@label", reader.getAttributeValue(null, "label"));
							current.put("@line", Integer.toString(line));
						}
						case "edge" -> {
							current = new LinkedHashMap<>();
							current.put("@class", "edge");
							String id = reader.getAttributeValue(null, "id");
							current.put("id", id == null ? "flow" + (++edges) : id);
							current.put("from", reader.getAttributeValue(null, "source"));
							current.put("to", reader.getAttributeValue(null, "target"));
							current.put("@line", Integer.toString(line));
						}
						case "attvalue" -> {
							if (current != null) {
								String title = attributeTitles.get(current.get("@class") + ":" + reader.getAttributeValue(null, "for"));
								if (title != null) {
									current.put(title, reader.getAttributeValue(null, "value"));
								}
							}
						}
						default -> {
						}
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && current != null) {
					String where = file + ":" + current.get("@line");
					if (reader.getLocalName().equals("node")) {
						// our files carry the title as an attribute; other tools' labels are titles unless they repeat the id
						String label = current.get("@label");
						if (!current.containsKey("title") && label != null && !label.equals(current.get("id"))) {
							current.put("title", label);
						}
						actors.add(Columns.actor(current, where));
						current = null;
					} else if (reader.getLocalName().equals("edge")) {
						flows.add(Columns.flow(current, where));
						current = null;
					}
				}
			}
		} catch (XMLStreamException e) {
			throw SafeXml.bad(file, e);
		}
		if (!graphSeen) {
			throw new BadInputException(file + ": no <graph> element; is this a GEXF file?");
		}
		String name = file.getFileName().toString().replaceFirst("\\.gexf$", "");
		String title = null;
		String currency = null;
		if (description != null) {
			// written as "name - title (values in EUR)"
			var matcher = java.util.regex.Pattern.compile("^(\\S+)(?: - (.*?))?(?: \\(values in (\\S+)\\))?$").matcher(description);
			if (matcher.matches()) {
				name = matcher.group(1);
				title = matcher.group(2);
				currency = matcher.group(3);
			}
		}
		return new NetworkTables(name, title, currency, actors, flows, List.of());
	}
}
