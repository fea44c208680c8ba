package dev.valuenet.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The currency of a network and its exchange rates ({@code rate USD = 0.92 EUR}), gathered along a
 * scenario's base chain. Converts amounts to the network currency.
 */
public final class CurrencyTable {

	private final String currency;
	private final Map<String, Double> rates;

	private CurrencyTable(String currency, Map<String, Double> rates) {
		this.currency = currency;
		this.rates = rates;
	}

	/** The table of a network, or of the base network(s) of a scenario; the nearest declaration wins. */
	public static CurrencyTable of(AbstractNetwork network) {
		String currency = null;
		Map<String, Double> rates = new HashMap<>();
		Set<AbstractNetwork> seen = new HashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			if (n instanceof Network declared) {
				for (Network net : Networks.parts(declared)) {
					if (currency == null) {
						currency = net.getCurrency();
					}
					for (Rate rate : net.getRates()) {
						rates.putIfAbsent(rate.getCurrency(), rate.getFactor());
					}
				}
			}
		}
		return new CurrencyTable(currency, rates);
	}

	/** The network currency, or null when the network declares none. */
	public String currency() {
		return currency;
	}

	/** The network currency as outputs name it: its code, or "money" when the network declares none. */
	public String label() {
		return currency == null ? "money" : currency;
	}

	/** Units of the network currency per unit of {@code unit}; 1 for the network currency itself. */
	public OptionalDouble rate(String unit) {
		if (unit.equals(currency)) {
			return OptionalDouble.of(1);
		}
		Double rate = rates.get(unit);
		return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
	}

	/** True when amounts in {@code unit} can be added to amounts in the network currency. */
	public boolean converts(String unit) {
		return currency == null ? false : rate(unit).isPresent();
	}
}
