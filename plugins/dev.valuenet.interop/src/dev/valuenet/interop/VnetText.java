package dev.valuenet.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;
import dev.valuenet.model.ActorKind;
import dev.valuenet.model.Units;
import dev.valuenet.model.ValueKind;

/**
 * Tables turned into a .vnet network, formatted by the language's formatter and checked by its
 * validator before anyone sees it. Names that are not .vnet names become valid ones (spaces and
 * punctuation to {@code _}, keywords escaped with {@code ^}); magnitudes are written as they were
 * exported when they can stand alone, else as the yearly amount in the network currency (flows of
 * exchanges, foreign currencies whose rate the tables do not carry).
 */
public final class VnetText {

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Set<String> KEYWORDS = Set.of(("accuracy actor add alliance applies change confidential contract cost currency"
			+ " customer daily data desires error escalation every exchange extends firm flow for from goods governance hhi high"
			+ " hypothesis import incentive individual influence info informal intangible interface into invalidated joint knowledge"
			+ " layer lead low medium money monthly network norm offers once ownership partner path per platform public quarterly"
			+ " rate regulator remove replace reputation role rule scenario segment service severity share since size status"
			+ " strength supplier tangible testing tie to trust unit untested until validated value via visibility volume warning"
			+ " weekly with yearly"
			+ " chart colour exclude focus hops include view").split(" ")); // the words of 'view' statements

	private final NetworkTables tables;
	private final List<String> notes = new ArrayList<>();
	private final Map<String, String> names = new HashMap<>();
	private final Set<String> used = new java.util.HashSet<>();

	private VnetText(NetworkTables tables) {
		this.tables = tables;
	}

	/** The result: formatted .vnet text and what was changed on the way (renamed, skipped), for the user. */
	public record Result(String text, List<String> notes) {
	}

	/**
	 * The .vnet text of {@code tables}, formatted and validated as the file {@code target}.
	 *
	 * @throws BadInputException when the text would not be a valid model (the problems are listed)
	 */
	public static Result of(NetworkTables tables, Path target) throws BadInputException {
		VnetText writer = new VnetText(tables);
		String text = writer.render();
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		Path key = target.toAbsolutePath().normalize();
		workspace.load(List.of(key), Map.of(key, text));
		List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			StringBuilder message = new StringBuilder("the imported network would not be a valid model:");
			errors.stream().limit(20).forEach(p -> message.append("\n  ").append(p.message()).append(" [").append(p.code()).append("]"));
			throw new BadInputException(message.toString());
		}
		return new Result(workspace.formatted(key), writer.notes);
	}

	/** The unformatted text (for tests of the naming rules). */
	static String render(NetworkTables tables) {
		return new VnetText(tables).render();
	}

	private String render() {
		String currency = tables.currency();
		if (currency == null) {
			currency = tables.flows().stream().map(FlowRow::yearlyUnit).filter(u -> u != null && Units.isCurrency(u)).findFirst().orElse(null);
		}
		StringBuilder text = new StringBuilder();
		text.append("network ").append(qualified(tables.name() == null ? "imported" : tables.name()));
		if (tables.title() != null) {
			text.append(' ').append(string(tables.title()));
		}
		text.append(" {\n");
		if (currency != null) {
			text.append("  currency ").append(unit(currency)).append('\n');
		}
		// layers: each with the kinds of its flows, in order of first appearance
		Map<String, Set<String>> layers = new LinkedHashMap<>();
		for (FlowRow flow : tables.flows()) {
			if (flow.layer() != null && kind(flow.kind()) != null) {
				layers.computeIfAbsent(flow.layer(), k -> new LinkedHashSet<>()).add(kind(flow.kind()));
			}
		}
		layers.forEach((layer, kinds) -> text.append("  layer ").append(name(layer)).append(" { ").append(String.join(", ", kinds)).append(" }\n"));
		Map<String, String> values = new LinkedHashMap<>();
		for (FlowRow flow : tables.flows()) {
			if (flow.valueObject() != null && kind(flow.kind()) != null) {
				values.putIfAbsent(flow.valueObject(), kind(flow.kind()));
			}
		}
		values.forEach((value, kind) -> text.append("  value ").append(name(value)).append(" : ").append(kind).append('\n'));
		Set<String> roles = new LinkedHashSet<>();
		for (ActorRow actor : tables.actors()) {
			if (!actor.isSegment() && actor.kind() != null && actorKind(actor.kind()) == null) {
				roles.add(actor.kind());
			}
		}
		roles.forEach(role -> text.append("  role ").append(name(role)).append('\n'));
		Set<String> declared = new java.util.HashSet<>();
		for (ActorRow actor : tables.actors()) {
			if (!declared.add(actor.id())) {
				notes.add("actor " + actor.id() + " is listed twice; kept the first");
				continue;
			}
			if (actor.isSegment()) {
				text.append("  segment ").append(name(actor.id()));
			} else {
				String kind = actor.kind() == null ? "firm" : actorKind(actor.kind()) != null ? actorKind(actor.kind()) : name(actor.kind());
				text.append("  actor ").append(name(actor.id())).append(" : ").append(kind);
			}
			if (actor.title() != null) {
				text.append(' ').append(string(actor.title()));
			}
			if (actor.isSegment() && !Double.isNaN(actor.size()) && actor.size() >= 0) {
				text.append(" size ").append(Columns.plain(actor.size()));
			}
			text.append('\n');
		}
		for (FlowRow flow : tables.flows()) {
			for (String end : List.of(flow.from(), flow.to())) {
				if (declared.add(end)) {
					notes.add("flow " + flow.id() + " names " + end + ", which is not in the actor table; added it as a firm");
					text.append("  actor ").append(name(end)).append(" : firm\n");
				}
			}
		}
		Set<String> flowNames = new java.util.HashSet<>();
		for (FlowRow flow : tables.flows()) {
			String kind = kind(flow.kind());
			if (kind == null) {
				notes.add("flow " + flow.id() + ": unknown kind '" + flow.kind() + "'; not imported (kinds: goods, service, money, data,"
						+ " knowledge, reputation, trust, influence)");
				continue;
			}
			if (flow.from().equals(flow.to())) {
				notes.add("flow " + flow.id() + " goes from " + flow.from() + " to itself; not imported");
				continue;
			}
			if (!flowNames.add(flow.id())) {
				notes.add("flow " + flow.id() + " is listed twice; kept the first");
				continue;
			}
			String what = flow.valueObject() != null && kind.equals(values.get(flow.valueObject())) ? name(flow.valueObject()) : kind;
			text.append("  flow ").append(name(flow.id())).append(" : ").append(what).append(' ').append(name(flow.from())).append(" -> ")
					.append(name(flow.to()));
			List<String> properties = new ArrayList<>();
			String quantity = quantity(flow, currency);
			if (quantity != null) {
				properties.add(quantity);
			}
			boolean intangibleByDefault = Units.isIntangibleByDefault(ValueKind.get(kind));
			if (flow.tangible() == intangibleByDefault) {
				properties.add(flow.tangible() ? "tangible" : "intangible");
			}
			String firstLayer = null;
			for (var entry : layers.entrySet()) {
				if (entry.getValue().contains(kind)) {
					firstLayer = entry.getKey();
					break;
				}
			}
			if (flow.layer() != null && !flow.layer().equals(firstLayer)) {
				properties.add("layer " + name(flow.layer()));
			}
			if (!properties.isEmpty()) {
				text.append(" { ").append(String.join(" ", properties)).append(" }");
			}
			text.append('\n');
		}
		text.append("}\n");
		return text.toString();
	}

	private String quantity(FlowRow flow, String currency) {
		boolean standalone = flow.exchange() == null && !Double.isNaN(flow.amount()) && flow.unit() != null
				&& (flow.per() == null || Units.periodsPerYear(flow.per()).isPresent())
				&& (!Units.isCurrency(flow.unit()) || flow.unit().equals(currency)) && flow.amount() >= 0;
		if (standalone) {
			String written = Columns.plain(flow.amount()) + " " + unit(flow.unit()) + (flow.per() == null ? "" : "/" + unit(flow.per()));
			String frequency = flow.frequency() == null ? null : flow.frequency().toLowerCase(Locale.ROOT);
			if (flow.per() == null && frequency != null && List.of("once", "daily", "weekly", "monthly", "quarterly", "yearly").contains(frequency)) {
				written += " " + frequency;
			}
			return written;
		}
		if (!Double.isNaN(flow.amountPerYear()) && flow.yearlyUnit() != null && flow.amountPerYear() >= 0) {
			if (!Double.isNaN(flow.amount())) {
				notes.add("flow " + flow.id() + ": written as its yearly amount " + Columns.plain(flow.amountPerYear()) + " "
						+ flow.yearlyUnit() + "/year" + (flow.exchange() != null ? " (it was part of exchange " + flow.exchange() + ")" : ""));
			}
			return Columns.plain(flow.amountPerYear()) + " " + unit(flow.yearlyUnit()) + "/year";
		}
		if (!Double.isNaN(flow.amount())) {
			String magnitude = Columns.plain(flow.amount()) + (flow.unit() == null ? "" : " " + flow.unit()) + (flow.per() == null ? "" : "/" + flow.per());
			notes.add("flow " + flow.id() + ": its magnitude " + magnitude + " " + whyNotStated(flow, currency) + "; imported without magnitude");
		}
		return null;
	}

	/** Why a flow's own magnitude cannot be written, in the words of what the user can change. */
	private static String whyNotStated(FlowRow flow, String currency) {
		if (flow.amount() < 0) {
			return "is negative (a flow carries what it gives; turn the flow round instead)";
		}
		if (flow.exchange() == null && flow.unit() != null && Units.isCurrency(flow.unit())
				&& (flow.per() == null || Units.periodsPerYear(flow.per()).isPresent())) {
			return currency == null
					? "is money, but no currency is declared for the network (give it in the currency column of NAME.network.csv,"
							+ " of the Network sheet or of the graph)"
					: "is in " + flow.unit() + ", not the network currency " + currency + ", and the tables carry no exchange rate";
		}
		return "cannot be stated without its exchange or rate";
	}

	/** A value kind literal, or null when {@code kind} is none. */
	static String kind(String kind) {
		if (kind == null) {
			return null;
		}
		ValueKind value = ValueKind.get(kind.trim().toLowerCase(Locale.ROOT));
		return value == null || value == ValueKind.UNSPECIFIED ? null : value.getLiteral();
	}

	private static String actorKind(String kind) {
		ActorKind value = ActorKind.get(kind.trim().toLowerCase(Locale.ROOT));
		return value == null || value == ActorKind.UNSPECIFIED ? null : value.getLiteral();
	}

	/** A .vnet name for {@code original}, the same for the same original, distinct for distinct originals. */
	String name(String original) {
		String known = names.get(original);
		if (known != null) {
			return known;
		}
		String name = original.trim();
		if (!ID.matcher(name).matches()) {
			name = name.replaceAll("[^A-Za-z0-9_]+", "_");
			if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
				name = "_" + name;
			}
		}
		String base = name;
		for (int i = 2; !used.add(name); i++) {
			name = base + "_" + i;
		}
		if (!name.equals(original)) {
			notes.add("'" + original + "' is written as " + name);
		}
		String spelled = KEYWORDS.contains(name) ? "^" + name : name;
		names.put(original, spelled);
		return spelled;
	}

	/** A .vnet name for one name on its own: invalid characters to _, keywords escaped. */
	static String identifier(String original) {
		String name = original.trim();
		if (!ID.matcher(name).matches()) {
			name = name.replaceAll("[^A-Za-z0-9_]+", "_");
			if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
				name = "_" + name;
			}
		}
		return KEYWORDS.contains(name) ? "^" + name : name;
	}

	/** The text of one flow's magnitude as written in .vnet: plain amount and unit. */
	static String unitName(String unit) {
		return unit(unit);
	}

	private String qualified(String name) {
		List<String> parts = new ArrayList<>();
		for (String part : name.split("\\.")) {
			String clean = part.replaceAll("[^A-Za-z0-9_]+", "_");
			if (clean.isEmpty() || !Character.isLetter(clean.charAt(0)) && clean.charAt(0) != '_') {
				clean = "_" + clean;
			}
			parts.add(KEYWORDS.contains(clean) ? "^" + clean : clean);
		}
		return String.join(".", parts);
	}

	private static String unit(String unit) {
		String clean = unit.trim().replaceAll("[^A-Za-z0-9_]+", "_");
		if (clean.isEmpty() || !Character.isLetter(clean.charAt(0)) && clean.charAt(0) != '_') {
			clean = "_" + clean;
		}
		return clean;
	}

	static String string(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ") + "\"";
	}
}
