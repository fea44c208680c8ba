package dev.valuenet.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/**
 * The attribute names every format uses for actors and flows (columns in CSV and XLSX, keys in
 * GraphML, attributes in GEXF, fields in Kumu), and the conversion of rows to cells and back.
 * A cell is a String, a Double or null (missing).
 */
public final class Columns {

	public static final List<String> ACTOR = List.of("id", "type", "kind", "title", "size");
	public static final List<String> FLOW = List.of("id", "from", "to", "kind", "valueObject", "tangible", "amount", "unit", "per",
			"frequency", "amountPerYear", "yearlyUnit", "valuePerYear", "layer", "exchange");
	/** Flow attributes that are numbers. */
	public static final List<String> FLOW_NUMBERS = List.of("amount", "amountPerYear", "valuePerYear");

	private Columns() {
	}

	/** Actor columns of {@code tables}: {@link #ACTOR} then its metrics. */
	public static List<String> actorColumns(NetworkTables tables) {
		List<String> columns = new ArrayList<>(ACTOR);
		columns.addAll(tables.metrics());
		return columns;
	}

	public static boolean isNumber(String column) {
		return column.equals("size") || FLOW_NUMBERS.contains(column) || NetworkTables.METRICS.contains(column);
	}

	/** The cells of an actor row, by column. */
	public static Map<String, Object> cells(ActorRow actor, List<String> metrics) {
		Map<String, Object> cells = new LinkedHashMap<>();
		cells.put("id", actor.id());
		cells.put("type", actor.type());
		cells.put("kind", actor.kind());
		cells.put("title", actor.title());
		cells.put("size", number(actor.size()));
		for (String metric : metrics) {
			cells.put(metric, number(actor.metrics().getOrDefault(metric, Double.NaN)));
		}
		return cells;
	}

	/** The cells of a flow row, by column. */
	public static Map<String, Object> cells(FlowRow flow) {
		Map<String, Object> cells = new LinkedHashMap<>();
		cells.put("id", flow.id());
		cells.put("from", flow.from());
		cells.put("to", flow.to());
		cells.put("kind", flow.kind());
		cells.put("valueObject", flow.valueObject());
		cells.put("tangible", Boolean.toString(flow.tangible()));
		cells.put("amount", number(flow.amount()));
		cells.put("unit", flow.unit());
		cells.put("per", flow.per());
		cells.put("frequency", flow.frequency());
		cells.put("amountPerYear", number(flow.amountPerYear()));
		cells.put("yearlyUnit", flow.yearlyUnit());
		cells.put("valuePerYear", number(flow.valuePerYear()));
		cells.put("layer", flow.layer());
		cells.put("exchange", flow.exchange());
		return cells;
	}

	/** An actor row from cells by column name; {@code where} locates it in messages ("line 4"). */
	public static ActorRow actor(Map<String, String> cells, String where) throws BadInputException {
		String id = required(cells, "id", where);
		String type = blankToNull(cells.get("type"));
		String kind = blankToNull(cells.get("kind"));
		boolean segment = "segment".equals(type) || "segment".equals(kind);
		Map<String, Double> metrics = new LinkedHashMap<>();
		for (String metric : NetworkTables.METRICS) {
			if (blankToNull(cells.get(metric)) != null) {
				metrics.put(metric, parse(cells.get(metric), metric, where));
			}
		}
		return new ActorRow(id, segment ? "segment" : "actor", segment ? "segment" : kind, blankToNull(Cells.restore(cells.get("title"))),
				parse(cells.get("size"), "size", where), metrics);
	}

	/** A flow row from cells by column name. */
	public static FlowRow flow(Map<String, String> cells, String where) throws BadInputException {
		return new FlowRow(required(cells, "id", where), required(cells, "from", where), required(cells, "to", where),
				required(cells, "kind", where), blankToNull(cells.get("valueObject")), !"false".equalsIgnoreCase(cells.get("tangible")),
				parse(cells.get("amount"), "amount", where), blankToNull(cells.get("unit")), blankToNull(cells.get("per")),
				blankToNull(cells.get("frequency")), parse(cells.get("amountPerYear"), "amountPerYear", where),
				blankToNull(cells.get("yearlyUnit")), parse(cells.get("valuePerYear"), "valuePerYear", where),
				blankToNull(cells.get("layer")), blankToNull(cells.get("exchange")));
	}

	static String required(Map<String, String> cells, String column, String where) throws BadInputException {
		String value = blankToNull(cells.get(column));
		if (value == null) {
			throw new BadInputException(where + ": no " + column + " (every row needs one)");
		}
		return value;
	}

	static double parse(String text, String column, String where) throws BadInputException {
		String value = blankToNull(text);
		if (value == null) {
			return Double.NaN;
		}
		double number;
		try {
			number = Double.parseDouble(value.trim());
		} catch (NumberFormatException e) {
			throw new BadInputException(where + ": " + column + " '" + shorten(value) + "' is not a number");
		}
		// NaN as well as Infinity: a NaN would silently read as "no value", an empty cell says that
		if (!Double.isFinite(number)) {
			throw new BadInputException(where + ": " + column + " '" + shorten(value) + "' is not a finite number; give a number or leave it empty");
		}
		return number;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static Double number(double value) {
		return Double.isNaN(value) ? null : value;
	}

	/** A number as plain decimal text (no exponent, no trailing zeros): 3200, 0.25. */
	public static String plain(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	/** A cell as text: numbers plain, null empty. */
	public static String text(Object cell) {
		return cell == null ? "" : cell instanceof Double d ? plain(d) : cell.toString();
	}

	static String shorten(String text) {
		return dev.valuenet.interop.records.RecordRules.shorten(text);
	}

	static String lower(String text) {
		return text == null ? null : text.toLowerCase(Locale.ROOT);
	}
}
