package dev.valuenet.interop;

import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.model.*;

/**
 * The resolved model as JSON (format version 1, documented in docs/export-json.md). Field names
 * are stable: tools built on the export must not break when the language grows. A network is
 * exported whole: the elements of every file that declares it, not only those of the given file.
 * In a partner view ({@link PartnerView}) hidden elements, statements and canvases that mention
 * them, other partners' canvases, visibility statements and scenarios are left out, and withheld
 * amounts are null.
 */
public final class ModelJson {

	public static final int FORMAT_VERSION = 1;

	private final PartnerView view;

	private ModelJson(PartnerView view) {
		this.view = view;
	}

	/**
	 * The given networks and scenarios; a network split over several files of its model is exported
	 * once, with the declarations of all its parts.
	 */
	public static JsonObject of(List<AbstractNetwork> declared) {
		return new ModelJson(null).document(declared);
	}

	/** The given networks as {@code view}'s partner may see them (null: everything); no scenarios in a view. */
	public static JsonObject of(List<AbstractNetwork> declared, PartnerView view) {
		return new ModelJson(view).document(declared);
	}

	/** The networks and scenarios a document declares, each once (by name), whole. */
	public static List<AbstractNetwork> declared(Document document) {
		java.util.Map<String, AbstractNetwork> declared = new java.util.LinkedHashMap<>();
		for (AbstractNetwork network : document.getNetworks()) {
			if (network.getName() != null) {
				declared.putIfAbsent(network.getName(), network);
			}
		}
		return List.copyOf(declared.values());
	}

	/** Pretty-printed JSON text, as {@code valuenet export --format json} writes it. */
	public static String text(JsonObject json) {
		return NetworkExport.json(json); // strict: JSON has no NaN or Infinity
	}

	private boolean sees(EObject element) {
		return view == null || element == null || view.sees(element);
	}

	private boolean seesAll(EObject statement) {
		if (view == null) {
			return true;
		}
		if (!view.sees(statement)) {
			return false;
		}
		for (var it = statement.eAllContents(); it.hasNext();) {
			EObject content = it.next();
			for (EObject referenced : content.eCrossReferences()) {
				if (!view.sees(referenced)) {
					return false;
				}
			}
		}
		for (EObject referenced : statement.eCrossReferences()) {
			if (!view.sees(referenced)) {
				return false;
			}
		}
		return true;
	}

	private JsonObject document(List<AbstractNetwork> declared) {
		JsonObject json = new JsonObject();
		json.addProperty("valuenetExport", FORMAT_VERSION);
		JsonArray networks = new JsonArray();
		JsonArray scenarios = new JsonArray();
		for (AbstractNetwork network : declared) {
			if (network instanceof Network n) {
				networks.add(network(n));
			} else if (network instanceof Scenario s && view == null) {
				scenarios.add(scenario(s));
			}
		}
		if (view != null) {
			json.addProperty("partnerView", qualified(view.partner()));
		}
		json.add("networks", networks);
		json.add("scenarios", scenarios);
		return json;
	}

	private JsonObject network(Network network) {
		CurrencyTable currencies = CurrencyTable.of(network);
		JsonObject json = header(network);
		json.addProperty("currency", currencies.currency());
		JsonArray rates = new JsonArray();
		List<Network> parts = Networks.parts(network);
		for (Rate rate : parts.stream().flatMap(p -> p.getRates().stream()).toList()) {
			JsonObject r = new JsonObject();
			r.addProperty("currency", rate.getCurrency());
			r.addProperty("factor", rate.getFactor());
			r.addProperty("into", rate.getTarget());
			rates.add(r);
		}
		json.add("rates", rates);
		JsonArray layers = new JsonArray(), values = new JsonArray(), roles = new JsonArray(), actors = new JsonArray(),
				segments = new JsonArray(), ties = new JsonArray(), flows = new JsonArray(), exchanges = new JsonArray(),
				governance = new JsonArray(), canvases = new JsonArray();
		for (Element element : parts.stream().flatMap(p -> p.getElements().stream()).toList()) {
			if (!sees(element)) {
				continue;
			}
			switch (element) {
				case Layer layer -> layers.add(layer(layer));
				case ValueObject value -> values.add(valueObject(value));
				case Role role -> roles.add(role(role));
				case Actor actor -> actors.add(actor(actor));
				case Segment segment -> segments.add(segment(segment));
				case Tie tie -> {
					if (sees(tie.getA()) && sees(tie.getB())) {
						ties.add(tie(tie));
					}
				}
				case Flow flow -> flows.add(flow(flow, network, currencies));
				case Exchange exchange -> {
					exchanges.add(exchange(exchange));
					exchange.getFlows().stream().filter(this::sees).forEach(f -> flows.add(flow(f, network, currencies)));
				}
				case Governance g -> g.getStatements().stream()
						.filter(s -> view == null || !(s instanceof Visibility) && seesAll(s)).forEach(s -> governance.add(statement(s)));
				case Canvas canvas -> {
					if (view == null || canvas.getPartner() == view.partner()) {
						canvases.add(canvas(canvas));
					}
				}
				default -> {
				}
			}
		}
		json.add("layers", layers);
		json.add("valueObjects", values);
		json.add("roles", roles);
		json.add("actors", actors);
		json.add("segments", segments);
		json.add("ties", ties);
		json.add("flows", flows);
		json.add("exchanges", exchanges);
		json.add("governance", governance);
		json.add("canvases", canvases);
		return json;
	}

	private static JsonObject header(AbstractNetwork network) {
		JsonObject json = new JsonObject();
		json.addProperty("name", network.getName());
		json.addProperty("title", network.getTitle());
		return json;
	}

	private static JsonObject named(NamedElement element) {
		JsonObject json = new JsonObject();
		json.addProperty("name", element.getName());
		json.addProperty("qualifiedName", qualified(element));
		return json;
	}

	private JsonObject layer(Layer layer) {
		JsonObject json = named(layer);
		JsonArray kinds = new JsonArray();
		layer.getKinds().forEach(k -> kinds.add(k.getLiteral()));
		layer.getValues().stream().filter(this::sees).forEach(v -> kinds.add(qualified(v)));
		json.add("kinds", kinds);
		return json;
	}

	private static JsonObject valueObject(ValueObject value) {
		JsonObject json = named(value);
		json.addProperty("kind", value.getKind().getLiteral());
		json.addProperty("title", value.getTitle());
		json.addProperty("unit", value.getUnit());
		return json;
	}

	private static JsonObject role(Role role) {
		JsonObject json = named(role);
		json.addProperty("baseKind", role.getBaseKind() == ActorKind.UNSPECIFIED ? null : role.getBaseKind().getLiteral());
		json.addProperty("title", role.getTitle());
		return json;
	}

	private static JsonObject actor(Actor actor) {
		JsonObject json = named(actor);
		json.addProperty("kind", actor.getRole() != null ? actor.getRole().getName() : actor.getKind().getLiteral());
		json.addProperty("customRole", actor.getRole() != null);
		json.addProperty("title", actor.getTitle());
		return json;
	}

	private static JsonObject segment(Segment segment) {
		JsonObject json = named(segment);
		json.addProperty("title", segment.getTitle());
		json.add("size", segment.isSetSize() ? new JsonPrimitive(segment.getSize()) : JsonNull.INSTANCE);
		return json;
	}

	private static JsonObject tie(Tie tie) {
		JsonObject json = named(tie);
		json.addProperty("kind", tie.getKind().getLiteral());
		json.addProperty("a", qualified(tie.getA()));
		json.addProperty("b", qualified(tie.getB()));
		json.addProperty("title", tie.getTitle());
		json.add("since", tie.isSetSince() ? new JsonPrimitive(tie.getSince()) : JsonNull.INSTANCE);
		json.add("until", tie.isSetUntil() ? new JsonPrimitive(tie.getUntil()) : JsonNull.INSTANCE);
		json.addProperty("strength", literal(tie.getStrength()));
		return json;
	}

	private JsonObject flow(Flow flow, AbstractNetwork network, CurrencyTable currencies) {
		if (view != null && view.withholds(flow)) {
			return withheld(flow, network);
		}
		JsonObject json = new JsonObject();
		json.addProperty("name", flow.getName());
		json.addProperty("qualifiedName", flow.getName() == null ? null : qualified(flow));
		json.addProperty("kind", Flows.kind(flow).getLiteral());
		json.addProperty("valueObject", flow.getValue() == null ? null : qualified(flow.getValue()));
		json.addProperty("from", qualified(flow.getFrom()));
		json.addProperty("to", qualified(flow.getTo()));
		json.addProperty("tangible", !Flows.isIntangible(flow));
		json.add("quantity", quantity(flow.getQuantity()));
		json.addProperty("frequency", literal(flow.getFrequency()));
		OptionalDouble yearly = Flows.yearlyAmount(flow, currencies);
		JsonObject normalized = new JsonObject();
		normalized.add("amountPerYear", yearly.isPresent() ? new JsonPrimitive(yearly.getAsDouble()) : JsonNull.INSTANCE);
		String unit = flow.getQuantity() == null ? null
				: Units.isCurrency(flow.getQuantity().getUnit()) ? currencies.currency() : flow.getQuantity().getUnit();
		normalized.addProperty("unit", unit);
		// the value in the network currency, computed with the other flows of the network (reciprocal money)
		// not in a partner view: a flow valued by its reciprocal payment would reveal a confidential payment
		FlowRecord record = view != null ? null : NetworkAnalysis.of(network).network().record(flow);
		boolean valued = record != null && record.valued();
		normalized.add("valuePerYear", valued ? new JsonPrimitive(record.valuePerYear()) : JsonNull.INSTANCE);
		normalized.addProperty("valuation", record == null ? null : record.value().source().name().toLowerCase(java.util.Locale.ROOT));
		if (record != null && !valued) {
			normalized.addProperty("unvaluedBecause", record.value().note());
		}
		json.add("normalized", normalized);
		if (flow.getLead() != null) {
			OptionalDouble days = Units.daysPer(flow.getLead().getUnit());
			json.add("leadDays", days.isPresent() ? new JsonPrimitive(flow.getLead().getAmount() * days.getAsDouble()) : JsonNull.INSTANCE);
		} else {
			json.add("leadDays", JsonNull.INSTANCE);
		}
		json.add("cost", quantity(flow.getCost()));
		json.add("accuracy", flow.isSetAccuracy() ? new JsonPrimitive(flow.getAccuracy()) : JsonNull.INSTANCE);
		json.addProperty("via", flow.getVia() == null ? null : qualified(flow.getVia()));
		Layer layer = Networks.layerOf(flow, network);
		json.addProperty("layer", layer == null ? null : layer.getName());
		json.addProperty("strength", literal(flow.getStrength()));
		Exchange exchange = Flows.exchange(flow);
		json.addProperty("exchange", exchange == null ? null : qualified(exchange));
		return json;
	}

	/** A flow whose value object and amounts the partner may not see: who gives what kind to whom. */
	private static JsonObject withheld(Flow flow, AbstractNetwork network) {
		JsonObject json = new JsonObject();
		json.addProperty("name", flow.getName());
		json.addProperty("qualifiedName", flow.getName() == null ? null : qualified(flow));
		json.addProperty("kind", Flows.kind(flow).getLiteral());
		json.add("valueObject", JsonNull.INSTANCE);
		json.addProperty("from", qualified(flow.getFrom()));
		json.addProperty("to", qualified(flow.getTo()));
		json.addProperty("tangible", !Flows.isIntangible(flow));
		json.add("quantity", JsonNull.INSTANCE);
		json.add("normalized", JsonNull.INSTANCE);
		json.addProperty("withheld", true);
		Layer layer = Networks.layerOf(flow, network);
		json.addProperty("layer", layer == null ? null : layer.getName());
		return json;
	}

	private static JsonElement quantity(Quantity quantity) {
		if (quantity == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject json = new JsonObject();
		json.addProperty("amount", quantity.getAmount());
		json.addProperty("unit", quantity.getUnit());
		json.addProperty("per", quantity.getPer());
		return json;
	}

	private static JsonObject exchange(Exchange exchange) {
		JsonObject json = named(exchange);
		json.addProperty("a", qualified(exchange.getA()));
		json.addProperty("b", qualified(exchange.getB()));
		json.addProperty("per", exchange.getPer());
		json.add("volume", quantity(exchange.getVolume()));
		return json;
	}

	private static JsonObject statement(GovernanceStatement statement) {
		JsonObject json = new JsonObject();
		json.addProperty("type", statement.eClass().getName().toLowerCase());
		json.addProperty("name", statement.getName());
		switch (statement) {
			case Rule rule -> {
				json.addProperty("expression", text(rule.getExpression()));
				json.addProperty("op", rule.getOp().getLiteral());
				json.addProperty("bound", rule.getBound());
				json.addProperty("unit", rule.isPercent() ? "%" : rule.getBoundUnit());
				json.addProperty("severity", rule.getSeverity() == Severity.UNSPECIFIED ? "error" : rule.getSeverity().getLiteral());
			}
			case Norm norm -> {
				json.addProperty("text", norm.getText());
				json.add("appliesTo", names(norm.getAppliesTo()));
			}
			case Incentive incentive -> {
				json.addProperty("text", incentive.getText());
				json.addProperty("for", qualified(incentive.getBeneficiary()));
				json.addProperty("from", incentive.getPayer() == null ? null : qualified(incentive.getPayer()));
			}
			case Escalation escalation -> {
				json.addProperty("from", qualified(escalation.getFrom()));
				json.addProperty("to", qualified(escalation.getTo()));
				json.addProperty("text", escalation.getText());
			}
			case Visibility visibility -> {
				json.addProperty("target", qualified(visibility.getTarget()));
				json.addProperty("level", visibility.getLevel().getLiteral());
				json.add("audience", names(visibility.getAudience()));
			}
			default -> {
			}
		}
		return json;
	}

	private static JsonObject canvas(Canvas canvas) {
		JsonObject json = new JsonObject();
		json.addProperty("partner", qualified(canvas.getPartner()));
		json.add("offers", strings(canvas.getOffers()));
		json.add("desires", strings(canvas.getDesires()));
		json.add("joint", strings(canvas.getJoint()));
		JsonArray hypotheses = new JsonArray();
		for (Hypothesis hypothesis : canvas.getHypotheses()) {
			JsonObject h = named(hypothesis);
			h.addProperty("text", hypothesis.getText());
			h.addProperty("status", hypothesis.getStatus() == HypothesisStatus.UNSPECIFIED ? "untested" : hypothesis.getStatus().getLiteral());
			hypotheses.add(h);
		}
		json.add("hypotheses", hypotheses);
		return json;
	}

	private JsonObject scenario(Scenario scenario) {
		JsonObject json = header(scenario);
		json.addProperty("extends", scenario.getBase() == null ? null : scenario.getBase().getName());
		CurrencyTable currencies = CurrencyTable.of(scenario);
		JsonArray edits = new JsonArray();
		for (ScenarioEdit edit : scenario.getEdits()) {
			JsonObject e = new JsonObject();
			switch (edit) {
				case AddEdit add -> {
					e.addProperty("edit", "add");
					e.add("element", switch (add.getElement()) {
						case Actor actor -> actor(actor);
						case Segment segment -> segment(segment);
						case Role role -> role(role);
						case Tie tie -> tie(tie);
						case Flow flow -> flow(flow, scenario, currencies);
						case Exchange exchange -> {
							JsonObject added = exchange(exchange);
							JsonArray flows = new JsonArray();
							exchange.getFlows().forEach(f -> flows.add(flow(f, scenario, currencies)));
							added.add("flows", flows);
							yield added;
						}
						default -> JsonNull.INSTANCE;
					});
					e.addProperty("type", add.getElement().eClass().getName().toLowerCase());
				}
				case RemoveEdit remove -> {
					e.addProperty("edit", "remove");
					e.addProperty("target", qualified(remove.getTarget()));
				}
				case ReplaceEdit replace -> {
					e.addProperty("edit", "replace");
					e.addProperty("target", qualified(replace.getTarget()));
					e.add("replacement", actor(replace.getReplacement()));
				}
				case ChangeEdit change -> {
					e.addProperty("edit", "change");
					e.addProperty("target", qualified(change.getTarget()));
					JsonObject patch = new JsonObject();
					patch.add("quantity", quantity(change.getPatch().getQuantity()));
					patch.addProperty("frequency", literal(change.getPatch().getFrequency()));
					patch.add("cost", quantity(change.getPatch().getCost()));
					patch.add("accuracy", change.getPatch().isSetAccuracy() ? new JsonPrimitive(change.getPatch().getAccuracy()) : JsonNull.INSTANCE);
					if (change.getPatch().getLead() != null) {
						patch.addProperty("lead", change.getPatch().getLead().getAmount() + " " + change.getPatch().getLead().getUnit());
					}
					e.add("patch", patch);
				}
				default -> {
				}
			}
			edits.add(e);
		}
		json.add("edits", edits);
		return json;
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null || value.getValue() == 0 ? null : value.getLiteral();
	}

	private static JsonArray names(List<? extends NamedElement> elements) {
		JsonArray json = new JsonArray();
		elements.forEach(e -> json.add(qualified(e)));
		return json;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray json = new JsonArray();
		values.forEach(json::add);
		return json;
	}

	private static String text(EObject object) {
		var node = NodeModelUtils.getNode(object);
		return node == null ? null : NodeModelUtils.getTokenText(node);
	}

	/** network.Name: every declaration lives directly in a network's namespace. */
	public static String qualified(NamedElement element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		AbstractNetwork network = EcoreUtil2.getContainerOfType(element.eContainer(), AbstractNetwork.class);
		return network == null ? element.getName() : network.getName() + "." + element.getName();
	}
}
