package dev.valuenet.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.valuenet.analysis.ValuePath;

/** {@code valuenet metrics --paths}: flow efficiency per value path as a table, JSON or CSV. */
final class ValuePathReport {

	/** The CSV columns and JSON fields, in order: stable names, documented in docs/metrics.md. */
	static final List<String> FIELDS = List.of("from", "segment", "steps", "leadDays", "cost", "accuracy", "slowestFrom", "slowestTo",
			"slowestDays", "stepsWithoutLead", "path");

	private static final int TABLE_ROWS = 10;

	private ValuePathReport() {
	}

	static void print(String network, List<ValuePath> paths, String format, PrintStream out) {
		switch (format) {
			case "json" -> out.println(Json.write(json(network, paths)));
			case "csv" -> csv(paths, out);
			default -> table(network, paths, out);
		}
	}

	private static Object[] values(ValuePath p) {
		return new Object[] { p.from(), p.segment(), p.steps(), p.leadDays(), p.cost(), p.accuracy(), p.slowestFrom(), p.slowestTo(),
				p.slowestDays(), p.stepsWithoutLead(), String.join(" > ", p.path()) };
	}

	private static JsonObject json(String network, List<ValuePath> paths) {
		JsonObject json = new JsonObject();
		json.addProperty("network", network);
		JsonArray list = new JsonArray();
		for (ValuePath p : paths) {
			JsonObject item = new JsonObject();
			Object[] values = values(p);
			for (int i = 0; i < FIELDS.size(); i++) {
				if (FIELDS.get(i).equals("path")) {
					JsonArray nodes = new JsonArray();
					p.path().forEach(nodes::add);
					item.add("path", nodes);
				} else if (values[i] instanceof Number number) {
					item.addProperty(FIELDS.get(i), number);
				} else {
					item.addProperty(FIELDS.get(i), String.valueOf(values[i]));
				}
			}
			list.add(item);
		}
		json.add("paths", list);
		return json;
	}

	private static void csv(List<ValuePath> paths, PrintStream out) {
		out.println(String.join(",", FIELDS));
		for (ValuePath p : paths) {
			out.println(java.util.Arrays.stream(values(p)).map(v -> csvCell(String.valueOf(v))).collect(Collectors.joining(",")));
		}
	}

	private static String csvCell(String text) {
		return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private static void table(String network, List<ValuePath> paths, PrintStream out) {
		Map<String, List<ValuePath>> bySegment = paths.stream()
				.collect(Collectors.groupingBy(ValuePath::segment, java.util.LinkedHashMap::new, Collectors.toList()));
		out.printf(Locale.ROOT, "%s: %d value paths into %d segments (goods and services; fastest path per actor)%n", network, paths.size(),
				bySegment.size());
		for (Map.Entry<String, List<ValuePath>> entry : bySegment.entrySet()) {
			List<ValuePath> slowest = entry.getValue().stream().sorted(Comparator.comparingDouble(ValuePath::leadDays).reversed()).limit(TABLE_ROWS)
					.toList();
			out.printf(Locale.ROOT, "%n%s: %d actors reach it; the %d slowest paths%n", entry.getKey(), entry.getValue().size(), slowest.size());
			int width = Math.max(4, slowest.stream().mapToInt(p -> p.from().length()).max().orElse(4));
			out.printf(Locale.ROOT, "%-" + width + "s %5s %9s %12s %8s  %s%n", "from", "steps", "lead d", "cost", "accuracy", "slowest step");
			for (ValuePath p : slowest) {
				out.printf(Locale.ROOT, "%-" + width + "s %5d %9.1f %12.2f %8.3f  %s -> %s (%.1f d)%s%n", p.from(), p.steps(), p.leadDays(),
						p.cost(), p.accuracy(), p.slowestFrom(), p.slowestTo(), p.slowestDays(),
						p.stepsWithoutLead() > 0 ? ", " + p.stepsWithoutLead() + " steps without lead time" : "");
			}
		}
	}
}
