package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flows;
import dev.valuenet.model.Units;
import dev.valuenet.model.ValueKind;

/**
 * Gives every flow one yearly value in the network currency, so that figures which sum flows (strength,
 * concentration, Shapley worth, money at risk, Sankey bands) never add tonnes to euros. In order:
 * <ol>
 * <li>a money flow is worth its yearly amount; a non-money flow measured in a currency, its amount;</li>
 * <li>else the flow's own {@code price} times its yearly amount (price per the flow's unit);</li>
 * <li>else the flow's {@code worth} (perceived value, the way Allee's value network analysis rates intangibles);</li>
 * <li>else its value object's {@code price} times its yearly amount;</li>
 * <li>else, for a tangible flow, the money that comes back for it: the money flows in the opposite direction of the same exchange
 * (or, for a stand-alone flow, the stand-alone money flows between the same two participants), less the
 * value of the priced flows it travels with. One payment pays for one value object, as in e3value: the one
 * unvalued tangible flow on its side; among several, the one flow of goods or services. Intangibles
 * (trust, reputation...) are not bought: only their {@code worth} values them (Allee).</li>
 * </ol>
 * Anything else is not valued: left out of every value figure, and counted ({@link #unvalued}).
 */
public final class FlowValuation {

	private FlowValuation() {
	}

	/** Where a flow travels: its exchange (null when stand-alone), giver and receiver. */
	private record Side(Exchange exchange, String from, String to) {

		Side reverse() {
			return new Side(exchange, to, from);
		}
	}

	/** The flows with their values set. */
	static List<FlowRecord> value(List<FlowRecord> flows) {
		int n = flows.size();
		FlowValue[] values = new FlowValue[n];
		Map<Side, List<Integer>> sides = new HashMap<>();
		Map<Side, Double> money = new HashMap<>();
		for (int i = 0; i < n; i++) {
			FlowRecord flow = flows.get(i);
			values[i] = direct(flow);
			Side side = side(flow);
			sides.computeIfAbsent(side, k -> new ArrayList<>()).add(i);
			if (flow.kind() == ValueKind.MONEY && values[i].known()) {
				money.merge(side, values[i].perYear(), Double::sum);
			}
		}
		boolean[] pending = new boolean[n];
		for (int i = 0; i < n; i++) {
			pending[i] = values[i] == FlowValue.PENDING;
		}
		for (int i = 0; i < n; i++) {
			if (pending[i]) {
				values[i] = reciprocal(flows, values, pending, i, sides, money);
			}
		}
		List<FlowRecord> valued = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			valued.add(flows.get(i).withValue(values[i]));
		}
		return valued;
	}

	/** The flows of a list that have no value. */
	public static List<FlowRecord> unvalued(List<FlowRecord> flows) {
		return flows.stream().filter(f -> !f.valued()).toList();
	}

	private static Side side(FlowRecord flow) {
		return new Side(Flows.exchange(flow.source()), flow.from(), flow.to());
	}

	/** The value a flow states itself, or PENDING when only a reciprocal payment can value it. */
	private static FlowValue direct(FlowRecord flow) {
		Pricing pricing = flow.pricing();
		boolean amountKnown = !Double.isNaN(flow.amountPerYear());
		if (flow.kind() == ValueKind.MONEY) {
			return amountKnown ? FlowValue.of(flow.amountPerYear(), Valuation.MONEY)
					: FlowValue.none("a money flow without a yearly amount");
		}
		if (amountKnown && Units.isCurrency(flow.unit())) {
			return FlowValue.of(flow.amountPerYear(), Valuation.MAGNITUDE);
		}
		if (pricing.priceSource() == Valuation.FLOW_PRICE) {
			return priced(flow, pricing);
		}
		if (!Double.isNaN(pricing.worthPerYear())) {
			return FlowValue.of(pricing.worthPerYear(), Valuation.WORTH);
		}
		if (pricing.priceSource() == Valuation.OBJECT_PRICE) {
			return priced(flow, pricing);
		}
		return FlowValue.PENDING;
	}

	private static FlowValue priced(FlowRecord flow, Pricing pricing) {
		if (Double.isNaN(pricing.unitPrice())) {
			return FlowValue.none("its " + pricing.priceSource().label() + " is not in a currency the network converts");
		}
		if (Double.isNaN(flow.amountPerYear())) {
			return FlowValue.none("a price but no yearly amount to multiply it by");
		}
		if (pricing.priceUnit() != null && !Flows.sameUnit(pricing.priceUnit(), flow.unit())) {
			return FlowValue.none("priced per " + pricing.priceUnit() + " but measured in " + flow.unit());
		}
		return FlowValue.of(flow.amountPerYear() * pricing.unitPrice(), pricing.priceSource());
	}

	private static FlowValue reciprocal(List<FlowRecord> flows, FlowValue[] values, boolean[] pending, int i, Map<Side, List<Integer>> sides,
			Map<Side, Double> money) {
		FlowRecord flow = flows.get(i);
		if (Flows.isIntangible(flow.source())) {
			return FlowValue.none("intangible, no worth");
		}
		Side side = side(flow);
		Double payment = money.get(side.reverse());
		if (payment == null) {
			return FlowValue.none("no price, no worth, no money paid back");
		}
		List<Integer> unpriced = new ArrayList<>();
		double priced = 0;
		for (int j : sides.get(side)) {
			FlowRecord other = flows.get(j);
			if (other.kind() == ValueKind.MONEY) {
				continue;
			}
			if (pending[j] && !Flows.isIntangible(other.source())) {
				unpriced.add(j);
			} else if (values[j].known() && values[j].source() != Valuation.WORTH) {
				priced += values[j].perYear();
			}
		}
		if (unpriced.size() > 1) {
			int paidFor = paidFor(flows, unpriced);
			if (paidFor < 0) {
				return FlowValue.none("shares the payment back with " + (unpriced.size() - 1) + " other unpriced flow(s)");
			}
			if (paidFor != i) {
				return FlowValue.none("rides along with " + name(flows.get(paidFor)) + ", which the payment back values");
			}
		}
		double remainder = payment - priced;
		if (!(remainder > 0)) {
			return FlowValue.none("the payment back does not exceed the priced flows it pays for");
		}
		return FlowValue.of(remainder, Valuation.RECIPROCAL);
	}

	/** Which of several unpriced tangible flows a payment pays for: the one goods or service flow, else -1. */
	private static int paidFor(List<FlowRecord> flows, List<Integer> unpriced) {
		List<Integer> supply = unpriced.stream().filter(j -> flows.get(j).isSupply()).toList();
		return supply.size() == 1 ? supply.get(0) : -1;
	}

	private static String name(FlowRecord flow) {
		return flow.source().getName() != null ? flow.source().getName() : "the " + flow.kind().getLiteral() + " flow";
	}
}
