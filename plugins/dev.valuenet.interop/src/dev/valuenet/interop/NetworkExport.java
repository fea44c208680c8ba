package dev.valuenet.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;
import dev.valuenet.model.Scenario;

/**
 * One export, as {@code valuenet export} and the workbench's export wizard both make it: the files
 * (by path) that a format writes for a network, in memory, so a failure writes nothing.
 */
public final class NetworkExport {

	/** The name of the model-as-JSON format, next to {@link Formats#ALL}. */
	public static final String JSON = "json";

	private NetworkExport() {
	}

	/** Every format name: json, then the table formats. */
	public static List<String> formatNames() {
		List<String> names = new java.util.ArrayList<>();
		names.add(JSON);
		Formats.ALL.forEach(format -> names.add(format.name()));
		return names;
	}

	/** The file extension of a format ({@code .json}, {@code .graphml}, {@code .kumu.csv}...). */
	public static String extension(String format) {
		return format.equals(JSON) ? ".json" : Formats.named(format).extension();
	}

	/**
	 * The files of an export to {@code target}.
	 *
	 * @param document the document of the file exported (JSON exports its declarations, whole)
	 * @param network  the network or scenario exported (table formats; resolved: all files, edits applied)
	 * @param format   {@link #JSON} or a name of {@link Formats#ALL}
	 * @param metrics  add actor metrics (table formats; never in a partner view)
	 * @param view     the partner's view, or null for everything
	 * @param target   the file asked for; formats of several files write siblings ({@link Formats#fileFor})
	 * @throws IllegalArgumentException for an unknown format
	 */
	public static Map<Path, byte[]> files(Document document, AbstractNetwork network, String format, boolean metrics, PartnerView view,
			Path target) throws IOException {
		Map<Path, byte[]> files = new LinkedHashMap<>();
		if (format.equals(JSON)) {
			JsonObject json = ModelJson.of(ModelJson.declared(document), view);
			if (network instanceof Scenario) {
				// a scenario is declared as edits of its base; what it amounts to is the resolved network
				json.add("resolved", resolved(NetworkTables.of(network, false, view)));
			}
			files.put(target, json(json).getBytes(StandardCharsets.UTF_8));
			return files;
		}
		TableFormat table = Formats.named(format);
		if (table == null) {
			throw new IllegalArgumentException("unknown format '" + format + "'; one of " + String.join(", ", formatNames()));
		}
		for (Map.Entry<String, byte[]> file : table.write(NetworkTables.of(network, metrics && view == null, view)).entrySet()) {
			files.put(Formats.fileFor(target, file.getKey()), file.getValue());
		}
		return files;
	}

	/** The resolved network's tables as JSON: name, title, currency, actors and flows as their table rows. */
	private static JsonObject resolved(NetworkTables tables) {
		com.google.gson.Gson gson = new GsonBuilder().serializeSpecialFloatingPointValues().create();
		JsonObject json = new JsonObject();
		json.addProperty("name", tables.name());
		json.addProperty("title", tables.title());
		json.addProperty("currency", tables.currency());
		JsonArray actors = new JsonArray();
		for (NetworkTables.ActorRow actor : tables.actors()) {
			JsonObject row = gson.toJsonTree(actor).getAsJsonObject();
			row.remove("metrics");
			actors.add(row);
		}
		json.add("actors", actors);
		json.add("flows", gson.toJsonTree(tables.flows()));
		return json;
	}

	/** Pretty-printed JSON with every non-finite number as null (JSON has no NaN), ending in a newline. */
	public static String json(JsonElement json) {
		return new GsonBuilder().setPrettyPrinting().create().toJson(strict(json)) + "\n";
	}

	private static JsonElement strict(JsonElement json) {
		if (json == null || json.isJsonNull()) {
			return JsonNull.INSTANCE;
		}
		if (json.isJsonObject()) {
			JsonObject copy = new JsonObject();
			json.getAsJsonObject().entrySet().forEach(entry -> copy.add(entry.getKey(), strict(entry.getValue())));
			return copy;
		}
		if (json.isJsonArray()) {
			JsonArray copy = new JsonArray();
			json.getAsJsonArray().forEach(element -> copy.add(strict(element)));
			return copy;
		}
		if (json.getAsJsonPrimitive().isNumber()) {
			double value = json.getAsDouble();
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return JsonNull.INSTANCE;
			}
		}
		return json;
	}
}
