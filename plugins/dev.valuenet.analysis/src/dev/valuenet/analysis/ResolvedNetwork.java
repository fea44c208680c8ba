package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Actor;
import dev.valuenet.model.AddEdit;
import dev.valuenet.model.ChangeEdit;
import dev.valuenet.model.CurrencyTable;
import dev.valuenet.model.Element;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Flows;
import dev.valuenet.model.Layer;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Participant;
import dev.valuenet.model.Quantity;
import dev.valuenet.model.RemoveEdit;
import dev.valuenet.model.ReplaceEdit;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ScenarioEdit;
import dev.valuenet.model.Segment;
import dev.valuenet.model.Units;

/**
 * The participants and flows of a network, or of a scenario with its edits applied to its base:
 * <ul>
 * <li>{@code add} adds an actor, segment, flow or exchange;</li>
 * <li>{@code remove} drops a participant with every flow touching it, or a flow or exchange;</li>
 * <li>{@code replace A with B} puts B in A's place: A's flows now go from/to B;</li>
 * <li>{@code change f { ... }} overrides the properties the patch states.</li>
 * </ul>
 * Exchanges are expanded into their flows, counted per occurrence times the exchange volume.
 */
public final class ResolvedNetwork {

	private final AbstractNetwork network;
	private final Map<String, ParticipantRecord> participants;
	private final List<FlowRecord> flows;
	private final List<String> layers;
	private volatile Map<Flow, FlowRecord> bySource;

	private ResolvedNetwork(AbstractNetwork network, Map<String, ParticipantRecord> participants, List<FlowRecord> flows,
			List<String> layers) {
		this.network = network;
		this.participants = participants;
		this.flows = flows;
		this.layers = layers;
	}

	/** Resolves a network or scenario; a cyclic or unresolved base chain yields what could be resolved. */
	public static ResolvedNetwork of(AbstractNetwork network) {
		ResolvedNetwork resolved = resolve(network, network, new HashSet<>());
		return new ResolvedNetwork(resolved.network, resolved.participants, FlowValuation.value(resolved.flows), resolved.layers);
	}

	private static ResolvedNetwork resolve(AbstractNetwork network, AbstractNetwork root, Set<AbstractNetwork> visiting) {
		if (network instanceof Scenario scenario) {
			AbstractNetwork base = scenario.getBase();
			ResolvedNetwork resolvedBase = base == null || base.eIsProxy() || !visiting.add(scenario)
					? new ResolvedNetwork(scenario, new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>())
					: resolve(base, root, visiting);
			return resolvedBase.apply(scenario, root);
		}
		Map<String, ParticipantRecord> participants = new LinkedHashMap<>();
		List<FlowRecord> flows = new ArrayList<>();
		List<String> layers = new ArrayList<>();
		CurrencyTable currencies = CurrencyTable.of(root);
		for (Network part : Networks.parts((Network) network)) {
			for (Element element : part.getElements()) {
				if (element instanceof Participant participant) {
					add(participants, participant);
				} else if (element instanceof Layer layer) {
					layers.add(layer.getName());
				}
			}
		}
		for (Network part : Networks.parts((Network) network)) {
			for (Element element : part.getElements()) {
				if (element instanceof Flow flow) {
					addFlow(participants, flows, flow, root, currencies);
				} else if (element instanceof Exchange exchange) {
					exchange.getFlows().forEach(f -> addFlow(participants, flows, f, root, currencies));
				}
			}
		}
		return new ResolvedNetwork(network, participants, flows, layers);
	}

	private ResolvedNetwork apply(Scenario scenario, AbstractNetwork root) {
		Map<String, ParticipantRecord> newParticipants = new LinkedHashMap<>(participants);
		List<FlowRecord> newFlows = new ArrayList<>(flows);
		CurrencyTable currencies = CurrencyTable.of(root);
		for (ScenarioEdit edit : scenario.getEdits()) {
			switch (edit) {
				case AddEdit add -> {
					switch (add.getElement()) {
						case Participant participant -> add(newParticipants, participant);
						case Flow flow -> addFlow(newParticipants, newFlows, flow, root, currencies);
						case Exchange exchange -> exchange.getFlows().forEach(f -> addFlow(newParticipants, newFlows, f, root, currencies));
						default -> {
						}
					}
				}
				case RemoveEdit remove -> remove(remove.getTarget(), newParticipants, newFlows);
				case ReplaceEdit replace -> {
					if (resolved(replace.getTarget()) && replace.getReplacement() != null) {
						String old = qualifiedName(replace.getTarget());
						String replacement = qualifiedName(replace.getReplacement());
						Map<String, ParticipantRecord> reordered = new LinkedHashMap<>();
						newParticipants.forEach((name, record) -> {
							if (name.equals(old)) {
								reordered.put(replacement, record(replace.getReplacement()));
							} else {
								reordered.put(name, record);
							}
						});
						newParticipants.clear();
						newParticipants.putAll(reordered);
						newFlows.replaceAll(f -> f.withEnds(f.from().equals(old) ? replacement : f.from(), f.to().equals(old) ? replacement : f.to()));
					}
				}
				case ChangeEdit change -> {
					if (resolved(change.getTarget()) && change.getPatch() != null) {
						newFlows.replaceAll(f -> f.source() == change.getTarget() ? patched(f, change.getPatch(), currencies) : f);
					}
				}
				default -> {
				}
			}
		}
		return new ResolvedNetwork(scenario, newParticipants, newFlows, layers);
	}

	private static void remove(NamedElement target, Map<String, ParticipantRecord> participants, List<FlowRecord> flows) {
		if (!resolved(target)) {
			return;
		}
		if (target instanceof Participant participant) {
			String name = qualifiedName(participant);
			participants.remove(name);
			flows.removeIf(f -> f.from().equals(name) || f.to().equals(name));
		} else if (target instanceof Flow flow) {
			flows.removeIf(f -> f.source() == flow);
		} else if (target instanceof Exchange exchange) {
			flows.removeIf(f -> f.source().eContainer() == exchange);
		}
	}

	private static FlowRecord patched(FlowRecord original, Flow patch, CurrencyTable currencies) {
		double amount = original.amountPerYear();
		String unit = original.unit();
		if (patch.getQuantity() != null) {
			amount = yearly(patch, currencies);
			unit = unit(patch.getQuantity(), currencies);
		}
		Pricing pricing = original.pricing();
		if (patch.getPrice() != null || patch.getWorth() != null) {
			Pricing stated = pricing(original.source(), patch.getPrice(), true, patch.getWorth(), currencies);
			pricing = new Pricing(patch.getPrice() != null ? stated.unitPrice() : pricing.unitPrice(),
					patch.getPrice() != null ? stated.priceUnit() : pricing.priceUnit(),
					patch.getPrice() != null ? stated.priceSource() : pricing.priceSource(),
					patch.getWorth() != null ? stated.worthPerYear() : pricing.worthPerYear());
		}
		double lead = patch.getLead() != null ? days(patch) : original.leadDays();
		double cost = patch.getCost() != null ? money(patch.getCost(), currencies) : original.cost();
		double accuracy = patch.isSetAccuracy() ? patch.getAccuracy() : original.accuracy();
		return new FlowRecord(original.source(), original.from(), original.to(), original.kind(), original.layer(), amount, lead,
				cost, accuracy, unit, pricing, FlowValue.PENDING);
	}

	private static void add(Map<String, ParticipantRecord> participants, Participant participant) {
		participants.put(qualifiedName(participant), record(participant));
	}

	private static ParticipantRecord record(Participant participant) {
		String kind = participant instanceof Segment ? "segment"
				: participant instanceof Actor actor && actor.getRole() != null && !actor.getRole().eIsProxy() ? actor.getRole().getName()
						: ((Actor) participant).getKind().getLiteral();
		return new ParticipantRecord(qualifiedName(participant), participant, kind, participant instanceof Segment);
	}

	private static void addFlow(Map<String, ParticipantRecord> participants, List<FlowRecord> flows, Flow flow, AbstractNetwork root,
			CurrencyTable currencies) {
		if (!resolved(flow.getFrom()) || !resolved(flow.getTo()) || flow.getFrom() == flow.getTo()) {
			return;
		}
		// a participant of an imported network that a flow names takes part in this network through that flow
		participants.putIfAbsent(qualifiedName(flow.getFrom()), record(flow.getFrom()));
		participants.putIfAbsent(qualifiedName(flow.getTo()), record(flow.getTo()));
		Layer layer = Networks.layerOf(flow, root);
		double amount = flow.getQuantity() == null ? Double.NaN : yearly(flow, currencies);
		double lead = flow.getLead() == null ? Double.NaN : days(flow);
		double cost = flow.getCost() == null ? Double.NaN : money(flow.getCost(), currencies);
		double accuracy = flow.isSetAccuracy() ? flow.getAccuracy() : Double.NaN;
		String unit = flow.getQuantity() == null ? null : unit(flow.getQuantity(), currencies);
		flows.add(new FlowRecord(flow, qualifiedName(flow.getFrom()), qualifiedName(flow.getTo()), Flows.kind(flow),
				layer == null ? null : layer.getName(), amount, lead, cost, accuracy, unit,
				pricing(flow, Flows.price(flow), flow.getPrice() != null, flow.getWorth(), currencies), FlowValue.PENDING));
	}

	/** The unit of a yearly amount: the network currency for currency amounts (they are converted). */
	private static String unit(Quantity quantity, CurrencyTable currencies) {
		return Units.isCurrency(quantity.getUnit()) && currencies.currency() != null ? currencies.currency() : quantity.getUnit();
	}

	/**
	 * What {@code flow} states about its value, with {@code price} ({@code own}: the flow's or a scenario patch's,
	 * else its value object's) and {@code worth}.
	 */
	private static Pricing pricing(Flow flow, Quantity price, boolean own, Quantity worth, CurrencyTable currencies) {
		double unitPrice = Double.NaN;
		String priceUnit = null;
		Valuation priceSource = null;
		if (price != null) {
			priceSource = own ? Valuation.FLOW_PRICE : Valuation.OBJECT_PRICE;
			OptionalDouble rate = currencies.rate(price.getUnit());
			double perUnit = rate.isPresent() ? price.getAmount() * rate.getAsDouble() : Double.NaN;
			unitPrice = Double.isFinite(perUnit) && perUnit >= 0 ? perUnit : Double.NaN;
			priceUnit = price.getPer() != null || own ? price.getPer() : Flows.priceUnit(flow, price);
		}
		OptionalDouble worthPerYear = Flows.worthPerYear(flow, worth, currencies);
		return new Pricing(unitPrice, priceUnit, priceSource, worthPerYear.isPresent() ? worthPerYear.getAsDouble() : Double.NaN);
	}

	private static double yearly(Flow flow, CurrencyTable currencies) {
		OptionalDouble amount = Flows.yearlyAmount(flow, currencies);
		return amount.isPresent() && amount.getAsDouble() >= 0 ? amount.getAsDouble() : Double.NaN;
	}

	private static double days(Flow flow) {
		OptionalDouble days = Units.daysPer(flow.getLead().getUnit());
		return days.isPresent() ? flow.getLead().getAmount() * days.getAsDouble() : Double.NaN;
	}

	private static double money(Quantity quantity, CurrencyTable currencies) {
		OptionalDouble rate = currencies.rate(quantity.getUnit());
		return rate.isPresent() ? quantity.getAmount() * rate.getAsDouble() : Double.NaN;
	}

	private static boolean resolved(EObject object) {
		return object != null && !object.eIsProxy();
	}

	/** network.Name of a declaration (names live directly in their network's namespace). */
	public static String qualifiedName(NamedElement element) {
		EObject container = element.eContainer();
		while (container != null && !(container instanceof AbstractNetwork)) {
			container = container.eContainer();
		}
		return container == null ? element.getName() : ((AbstractNetwork) container).getName() + "." + element.getName();
	}

	public AbstractNetwork network() {
		return network;
	}

	/** Participants by qualified name, in declaration order. */
	public Map<String, ParticipantRecord> participants() {
		return participants;
	}

	public List<FlowRecord> flows() {
		return flows;
	}

	/** The resolved record of a declared flow, or null when the flow is not part of this network (removed, unresolved). */
	public FlowRecord record(Flow flow) {
		Map<Flow, FlowRecord> index = bySource;
		if (index == null) {
			index = new IdentityHashMap<>();
			for (FlowRecord record : flows) {
				index.putIfAbsent(record.source(), record);
			}
			bySource = index;
		}
		return index.get(flow);
	}

	/** Names of the declared layers. */
	public List<String> layers() {
		return layers;
	}
}
