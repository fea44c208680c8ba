package dev.valuenet.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.valuenet.model.ValueKind;

/**
 * e3value's profitability sheet: per participant, the yearly value it receives and gives (every valued
 * flow, in the network currency), the net of the two, and the money alone (what an accountant would see).
 * Flows that cannot be valued are counted, not guessed.
 *
 * @param actor        qualified name
 * @param kind         actor kind, custom role, or "segment"
 * @param segment      whether it is a customer segment
 * @param valueIn      yearly value of the valued flows it receives
 * @param valueOut     yearly value of the valued flows it gives
 * @param moneyIn      yearly money it receives
 * @param moneyOut     yearly money it pays
 * @param unvaluedIn   flows it receives that have no value
 * @param unvaluedOut  flows it gives that have no value
 */
public record Profitability(String actor, String kind, boolean segment, double valueIn, double valueOut, double moneyIn,
		double moneyOut, int unvaluedIn, int unvaluedOut) {

	/** Value received minus value given, per year. */
	public double net() {
		return valueIn - valueOut;
	}

	/** Money received minus money paid, per year. */
	public double netMoney() {
		return moneyIn - moneyOut;
	}

	/** The sheet of a resolved network, one row per participant in declaration order. */
	public static List<Profitability> of(ResolvedNetwork network) {
		Map<String, double[]> sums = new LinkedHashMap<>();
		Map<String, int[]> unvalued = new LinkedHashMap<>();
		for (String name : network.participants().keySet()) {
			sums.put(name, new double[4]);
			unvalued.put(name, new int[2]);
		}
		for (FlowRecord flow : network.flows()) {
			double[] giver = sums.get(flow.from());
			double[] receiver = sums.get(flow.to());
			if (giver == null || receiver == null) {
				continue;
			}
			if (!flow.valued()) {
				unvalued.get(flow.to())[0]++;
				unvalued.get(flow.from())[1]++;
				continue;
			}
			receiver[0] += flow.valuePerYear();
			giver[1] += flow.valuePerYear();
			if (flow.kind() == ValueKind.MONEY) {
				receiver[2] += flow.valuePerYear();
				giver[3] += flow.valuePerYear();
			}
		}
		List<Profitability> sheet = new ArrayList<>(sums.size());
		network.participants().forEach((name, p) -> {
			double[] s = sums.get(name);
			int[] u = unvalued.get(name);
			sheet.add(new Profitability(name, p.kind(), p.isSegment(), s[0], s[1], s[2], s[3], u[0], u[1]));
		});
		return List.copyOf(sheet);
	}
}
