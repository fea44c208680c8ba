package dev.valuenet.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.valuenet.analysis.ActorMetrics;
import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.ChangeEdit;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ScenarioEdit;
import dev.valuenet.model.CurrencyTable;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Flows;
import dev.valuenet.model.Quantity;
import dev.valuenet.model.Segment;
import dev.valuenet.model.Units;

/**
 * A network as two tables, the common ground of every exchange format: one row per actor or
 * segment, one row per flow. Built from the resolved network (all files of a multi-file network,
 * scenario edits applied, exchanges expanded), so an export shows the network the metrics measure.
 *
 * @param name     the network's qualified name
 * @param title    its title, or null
 * @param currency the network currency, or null
 * @param actors   actors and segments, in declaration order
 * @param flows    flows, in declaration order
 * @param metrics  metric names of {@link ActorRow#metrics()}, in column order; empty unless asked for
 */
public record NetworkTables(String name, String title, String currency, List<ActorRow> actors, List<FlowRow> flows,
		List<String> metrics) {

	/** The metric columns {@link #of(AbstractNetwork, boolean, PartnerView)} adds, from {@link ActorMetrics}. */
	public static final List<String> METRICS = List.of("inDegree", "outDegree", "inStrength", "outStrength", "betweenness",
			"closeness", "eigenvector", "pagerank", "community");

	/**
	 * One actor or segment.
	 *
	 * @param id      the name in the model (unique in the network)
	 * @param type    "actor" or "segment"
	 * @param kind    actor kind or custom role name; "segment" for segments
	 * @param title   the title, or null
	 * @param size    a segment's size, NaN when not given
	 * @param metrics values of {@link NetworkTables#metrics()}, NaN when undefined
	 */
	public record ActorRow(String id, String type, String kind, String title, double size, Map<String, Double> metrics) {
		public boolean isSegment() {
			return "segment".equals(type);
		}
	}

	/**
	 * One flow.
	 *
	 * @param id           the flow's name, or a generated {@code flowN} for flows of exchanges
	 * @param from         id of the giver
	 * @param to           id of the receiver
	 * @param kind         value kind (goods, money, ...)
	 * @param valueObject  the value object's name, or null
	 * @param tangible     whether the value is tangible
	 * @param amount       the magnitude as written, NaN without one; null amounts are withheld ones
	 * @param unit         its unit as written, or null
	 * @param per          its period or counting unit as written ({@code /month}), or null
	 * @param frequency    the frequency adverb (weekly...), or null
	 * @param amountPerYear the magnitude per year in {@code yearlyUnit}, NaN when unknown or withheld
	 * @param yearlyUnit   the network currency for currency amounts, else the written unit; null without magnitude
	 * @param valuePerYear the yearly value in the network currency, NaN when unknown or withheld
	 * @param layer        the flow's layer, or null
	 * @param exchange     the exchange the flow belongs to, or null
	 */
	public record FlowRow(String id, String from, String to, String kind, String valueObject, boolean tangible, double amount,
			String unit, String per, String frequency, double amountPerYear, String yearlyUnit, double valuePerYear, String layer,
			String exchange) {

		/** This flow with its magnitude withheld (a partner view of a confidential flow). */
		public FlowRow withheld() {
			return new FlowRow(id, from, to, kind, valueObject, tangible, Double.NaN, null, null, null, Double.NaN, null, Double.NaN,
					layer, exchange);
		}
	}

	/** The tables of a network or scenario, without metrics, as everyone may see them. */
	public static NetworkTables of(AbstractNetwork network) {
		return of(network, false, null);
	}

	/**
	 * The tables of a network or scenario.
	 *
	 * @param withMetrics whether to add the actor metrics of the network's whole graph (all layers)
	 * @param view        the partner view to apply, or null for the full model
	 */
	public static NetworkTables of(AbstractNetwork network, boolean withMetrics, PartnerView view) {
		ResolvedNetwork resolved = ResolvedNetwork.of(network);
		CurrencyTable currencies = CurrencyTable.of(network);
		String currency = currencies.currency();
		Map<String, ActorMetrics> metrics = new HashMap<>();
		if (withMetrics && view == null) {
			// never in a partner view: metrics of the whole network would leak what the partner may not see
			NetworkAnalysis analysis = NetworkAnalysis.of(network);
			for (ActorMetrics m : analysis.actorMetrics(null)) {
				metrics.put(m.actor(), m);
			}
		}
		Map<String, String> ids = new LinkedHashMap<>();
		List<ActorRow> actors = new ArrayList<>();
		for (ParticipantRecord participant : resolved.participants().values()) {
			if (view != null && !view.sees(participant.source())) {
				continue;
			}
			ids.put(participant.name(), participant.simpleName());
			double size = participant.source() instanceof Segment s && s.isSetSize() ? s.getSize() : Double.NaN;
			String title = participant.source().getTitle();
			Map<String, Double> values = withMetrics && view == null ? metricValues(metrics.get(participant.name())) : Map.of();
			actors.add(new ActorRow(participant.simpleName(), participant.isSegment() ? "segment" : "actor", participant.kind(), title,
					size, values));
		}
		Map<Flow, Quantity> changed = changedQuantities(network);
		List<FlowRow> flows = new ArrayList<>();
		Set<String> used = new java.util.HashSet<>();
		int generated = 0;
		for (FlowRecord record : resolved.flows()) {
			Flow flow = record.source();
			if (!ids.containsKey(record.from()) || !ids.containsKey(record.to()) || (view != null && !view.sees(flow))) {
				continue;
			}
			String id = flow.getName();
			while (id == null || !used.add(id)) {
				id = "flow" + (++generated);
			}
			boolean patched = changed.containsKey(flow);
			Quantity quantity = patched ? changed.get(flow) : flow.getQuantity();
			double yearly = record.amountPerYear();
			String yearlyUnit = quantity == null ? null : Units.isCurrency(quantity.getUnit()) ? currency : quantity.getUnit();
			double value = quantity != null && Units.isCurrency(quantity.getUnit()) ? yearly : Double.NaN;
			Exchange exchange = Flows.exchange(flow);
			String frequency = flow.getFrequency() == null || flow.getFrequency().getValue() == 0 ? null : flow.getFrequency().getLiteral();
			// a flow a scenario changed is given as what it is after the change: its yearly amount
			double amount = quantity == null ? Double.NaN : patched ? yearly : quantity.getAmount();
			String unit = quantity == null ? null : patched ? yearlyUnit : quantity.getUnit();
			String per = quantity == null ? null : patched ? "year" : quantity.getPer();
			FlowRow row = new FlowRow(id, ids.get(record.from()), ids.get(record.to()), record.kind().getLiteral(),
					flow.getValue() == null || flow.getValue().eIsProxy() ? null : flow.getValue().getName(), !Flows.isIntangible(flow),
					amount, unit, per, patched ? null : frequency, yearly, yearlyUnit, value, record.layer(), exchange == null ? null : exchange.getName());
			flows.add(view != null && view.withholds(flow) ? row.withheld() : row);
		}
		List<String> metricNames = withMetrics && view == null ? METRICS : List.of();
		return new NetworkTables(network.getName(), network.getTitle(), currency, actors, flows, metricNames);
	}

	/** The quantities scenario {@code change} edits give flows, base scenarios first; a patch without quantity keeps the flow's. */
	private static Map<Flow, Quantity> changedQuantities(AbstractNetwork network) {
		List<Scenario> chain = new ArrayList<>();
		Set<AbstractNetwork> seen = new java.util.HashSet<>();
		for (AbstractNetwork n = network; n instanceof Scenario s && seen.add(s); n = s.getBase()) {
			chain.add(0, s);
		}
		Map<Flow, Quantity> changed = new HashMap<>();
		for (Scenario scenario : chain) {
			for (ScenarioEdit edit : scenario.getEdits()) {
				if (edit instanceof ChangeEdit change && change.getTarget() != null && change.getPatch() != null) {
					Quantity quantity = change.getPatch().getQuantity() != null ? change.getPatch().getQuantity()
							: changed.getOrDefault(change.getTarget(), change.getTarget().getQuantity());
					changed.put(change.getTarget(), quantity);
				}
			}
		}
		return changed;
	}

	private static Map<String, Double> metricValues(ActorMetrics m) {
		Map<String, Double> values = new LinkedHashMap<>();
		if (m == null) {
			METRICS.forEach(name -> values.put(name, Double.NaN));
			return values;
		}
		values.put("inDegree", (double) m.inDegree());
		values.put("outDegree", (double) m.outDegree());
		values.put("inStrength", m.inStrength());
		values.put("outStrength", m.outStrength());
		values.put("betweenness", m.betweenness());
		values.put("closeness", m.closeness());
		values.put("eigenvector", m.eigenvector());
		values.put("pagerank", m.pagerank());
		values.put("community", (double) m.community());
		return values;
	}

	/** The actor row of {@code id}, or null. */
	public ActorRow actor(String id) {
		return actors.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
	}
}
