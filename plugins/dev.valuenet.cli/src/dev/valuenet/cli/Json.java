package dev.valuenet.cli;

import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The one way the CLI writes JSON: pretty-printed and strict (RFC 8259). A number that is not finite
 * (NaN for "unknown", an infinite half-width) is written as {@code null}, never as the
 * {@code NaN}/{@code Infinity} tokens that strict parsers (Python's {@code json} with
 * {@code parse_constant} checks, JavaScript's {@code JSON.parse}, jq) reject.
 */
final class Json {

	private Json() {
	}

	/** {@code json} as strict, pretty-printed JSON text; an unknown (NaN, null) is written as {@code null}, not left out. */
	static String write(JsonElement json) {
		// without serializeSpecialFloatingPointValues Gson throws on a non-finite number we missed
		return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(strict(json));
	}

	/** A copy of {@code json} with every non-finite number replaced by null. */
	static JsonElement strict(JsonElement json) {
		if (json == null || json.isJsonNull()) {
			return JsonNull.INSTANCE;
		}
		if (json.isJsonObject()) {
			JsonObject copy = new JsonObject();
			for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject().entrySet()) {
				copy.add(entry.getKey(), strict(entry.getValue()));
			}
			return copy;
		}
		if (json.isJsonArray()) {
			JsonArray copy = new JsonArray();
			json.getAsJsonArray().forEach(e -> copy.add(strict(e)));
			return copy;
		}
		JsonPrimitive primitive = json.getAsJsonPrimitive();
		if (primitive.isNumber() && primitive.getAsNumber() instanceof Number n
				&& (n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
			return JsonNull.INSTANCE;
		}
		return primitive;
	}
}
