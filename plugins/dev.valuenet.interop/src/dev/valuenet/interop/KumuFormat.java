package dev.valuenet.interop;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/**
 * Kumu's JSON import format (docs.kumu.io, "JSON import"): {@code elements} with {@code label}
 * (the actor's name, which connections refer to), {@code type} (the kind) and {@code description}
 * (the title); {@code connections} with {@code from}, {@code to}, {@code type} (the value kind),
 * {@code direction: "directed"}; every other attribute of {@link Columns} as a field of the same
 * name. The network's name, title and currency go in a top-level {@code valuenet} object.
 */
final class KumuFormat implements TableFormat {

	@Override
	public String name() {
		return "kumu";
	}

	@Override
	public String extension() {
		return ".kumu.json";
	}

	@Override
	public Map<String, byte[]> write(NetworkTables tables) {
		JsonObject json = new JsonObject();
		JsonObject network = new JsonObject();
		network.addProperty("name", tables.name());
		network.addProperty("title", tables.title());
		network.addProperty("currency", tables.currency());
		json.add("valuenet", network);
		JsonArray elements = new JsonArray();
		for (ActorRow actor : tables.actors()) {
			JsonObject element = new JsonObject();
			element.addProperty("label", actor.id());
			element.addProperty("type", actor.kind());
			if (actor.title() != null) {
				element.addProperty("description", actor.title());
			}
			Map<String, Object> cells = Columns.cells(actor, tables.metrics());
			cells.keySet().removeAll(List.of("id", "type", "kind", "title")); // a segment's kind is "segment"
			fields(element, cells);
			elements.add(element);
		}
		JsonArray connections = new JsonArray();
		for (FlowRow flow : tables.flows()) {
			JsonObject connection = new JsonObject();
			connection.addProperty("id", flow.id());
			connection.addProperty("from", flow.from());
			connection.addProperty("to", flow.to());
			connection.addProperty("type", flow.kind());
			connection.addProperty("direction", "directed");
			Map<String, Object> cells = Columns.cells(flow);
			cells.keySet().removeAll(List.of("id", "from", "to", "kind"));
			fields(connection, cells);
			connections.add(connection);
		}
		json.add("elements", elements);
		json.add("connections", connections);
		String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
		return Map.of("", text.getBytes(StandardCharsets.UTF_8));
	}

	private static void fields(JsonObject object, Map<String, Object> cells) {
		cells.forEach((name, value) -> {
			if (value instanceof Double d) {
				if (Double.isFinite(d)) { // JSON has no NaN or Infinity: an unknown number is left out, as an empty cell is
					object.addProperty(name, d);
				}
			} else if (value != null) {
				object.addProperty(name, value.toString());
			}
		});
	}

	@Override
	public NetworkTables read(Path file) throws IOException {
		JsonObject json;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonElement parsed = JsonParser.parseReader(reader);
			if (!parsed.isJsonObject()) {
				throw new BadInputException(file + ": not a Kumu JSON object (expected {\"elements\": [...], \"connections\": [...]})");
			}
			json = parsed.getAsJsonObject();
		} catch (JsonParseException e) {
			if (e.getCause() instanceof java.nio.charset.CharacterCodingException) { // Gson wraps the reader's error
				throw TextInput.notUtf8(file, TextInput.badLine(file));
			}
			throw notJson(file, e);
		} catch (java.nio.charset.CharacterCodingException e) {
			throw TextInput.notUtf8(file, TextInput.badLine(file));
		}
		List<ActorRow> actors = new ArrayList<>();
		JsonArray elements = array(json, "elements", file);
		for (int i = 0; i < elements.size(); i++) {
			Map<String, String> cells = cells(elements.get(i), file, "element", i);
			cells.put("id", cells.remove("label"));
			cells.put("kind", cells.remove("type"));
			cells.put("title", cells.remove("description"));
			actors.add(Columns.actor(cells, file + ": element " + (i + 1)));
		}
		List<FlowRow> flows = new ArrayList<>();
		JsonArray connections = array(json, "connections", file);
		for (int i = 0; i < connections.size(); i++) {
			Map<String, String> cells = cells(connections.get(i), file, "connection", i);
			cells.putIfAbsent("id", "flow" + (i + 1));
			cells.put("kind", cells.remove("type"));
			flows.add(Columns.flow(cells, file + ": connection " + (i + 1)));
		}
		JsonObject network = json.has("valuenet") && json.get("valuenet").isJsonObject() ? json.getAsJsonObject("valuenet") : new JsonObject();
		String name = string(network.get("name"));
		return new NetworkTables(name != null ? name : file.getFileName().toString().replaceFirst("\\.kumu\\.json$|\\.json$", ""),
				string(network.get("title")), string(network.get("currency")), actors, flows, List.of());
	}

	/** Gson's message in plain words, at the line it names: no exception class names, no JSON paths. */
	static BadInputException notJson(Path file, JsonParseException e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;

		String message = cause.getMessage() == null ? "" : cause.getMessage();
		Matcher at = Pattern.compile(" at line (\\d+) column (\\d+)").matcher(message);
		boolean located = at.find();
		String where = located ? file + ":" + at.group(1) : file.toString();
		String column = located ? " (column " + at.group(2) + ")" : "";
		if (cause instanceof java.io.EOFException) {
			return new BadInputException(where + ": the JSON ends early" + column + "; the file is truncated (an object, array or text is never closed)");
		}
		if (message.startsWith("Nesting limit")) {
			return new BadInputException(where + ": the JSON nests objects or arrays too deeply" + column
					+ "; a Kumu file has elements and connections, each a flat object");
		}
		// "Unterminated string", "Expected ':'", ...; "Use JsonReader.setStrictness(...)" is advice for programmers
		String reason = message.replaceFirst("(?s) at line \\d+ column .*", "").replaceFirst("^Use JsonReader\\.\\S+ to accept malformed JSON", "malformed JSON");
		return new BadInputException(where + ": not valid JSON" + column + ": " + reason + " (truncated or damaged?)");
	}

	private static JsonArray array(JsonObject json, String name, Path file) throws BadInputException {
		JsonElement element = json.get(name);
		if (element == null || element.isJsonNull()) {
			return new JsonArray();
		}
		if (!element.isJsonArray()) {
			throw new BadInputException(file + ": \"" + name + "\" must be an array");
		}
		return element.getAsJsonArray();
	}

	private static Map<String, String> cells(JsonElement element, Path file, String what, int index) throws BadInputException {
		if (!element.isJsonObject()) {
			throw new BadInputException(file + ": " + what + " " + (index + 1) + " is not an object");
		}
		Map<String, String> cells = new LinkedHashMap<>();
		for (var entry : element.getAsJsonObject().entrySet()) {
			cells.put(entry.getKey(), string(entry.getValue()));
		}
		return cells;
	}

	private static String string(JsonElement value) {
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (value instanceof JsonPrimitive primitive) {
			// 1e999 is Infinity as a double: its text is kept, so that Columns.parse refuses it like "-Infinity"
			return primitive.isNumber() && Double.isFinite(primitive.getAsDouble()) ? Columns.plain(primitive.getAsDouble()) : primitive.getAsString();
		}
		return value.toString();
	}
}
