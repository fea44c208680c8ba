package dev.valuenet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;

/** Every flow's yearly value in the network currency, its source, and what is left out; values worked by hand. */
class FlowValuationTest {

	private static final String NET = """
			network v {
			  currency EUR
			  rate USD = 0.5 EUR
			  value Steel : goods unit t price 800 EUR
			  value Car : goods unit car
			  value Advice : knowledge
			  actor Mill : supplier
			  actor Maker : firm
			  actor Dealer : partner
			  actor Lab : partner
			  actor Bank : firm
			  segment Buyers
			  flow steel : Steel Mill -> Maker { 1k t/month }
			  flow steelKg : Steel Mill -> Dealer { 5k kg/year }
			  flow cars : Car Maker -> Dealer { 100 cars/year }
			  flow carPay : money Dealer -> Maker { 2M USD/year }
			  flow tips : Advice Lab -> Maker { worth 10k EUR/quarter }
			  flow designs : goods Lab -> Maker { 20 units/year price 1k USD/unit }
			  flow labPay : money Maker -> Lab { 30k EUR/year }
			  flow rumours : trust Bank -> Lab { strength high }
			  flow loans : service Bank -> Dealer { 10 loans/year }
			  flow audit : service Bank -> Dealer { 2 audits/year }
			  flow bankPay : money Dealer -> Bank { 40k EUR/year }
			  flow fees : service Dealer -> Buyers { 250k EUR/year }
			  exchange sale Dealer <-> Buyers per sale {
			    Dealer -> Buyers : Car 1 car
			    Dealer -> Buyers : Advice
			    Buyers -> Dealer : money 20k EUR
			  } volume 90 sales/year
			}
			""";

	private static AbstractNetwork load(String name, String... namesAndTexts) {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			workspace.loadText(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		for (var resource : workspace.resources().values()) {
			for (AbstractNetwork n : ((Document) resource.getContents().get(0)).getNetworks()) {
				if (n.getName().equals(name)) {
					return n;
				}
			}
		}
		throw new AssertionError("no network " + name);
	}

	private static Map<String, FlowRecord> byName(ResolvedNetwork network) {
		Map<String, FlowRecord> flows = new HashMap<>();
		for (FlowRecord f : network.flows()) {
			String name = f.source().getName() != null ? f.source().getName() : f.from() + "->" + f.to() + ":" + f.kind().getLiteral();
			flows.put(name, f);
		}
		return flows;
	}

	@Test
	void everySourceOfValueInItsOrder() {
		Map<String, FlowRecord> f = byName(ResolvedNetwork.of(load("v", "v.vnet", NET)));
		// value object price: 1k t/month = 12,000 t * 800 EUR
		assertValue(9_600_000, Valuation.OBJECT_PRICE, f.get("steel"));
		// money in a foreign currency: 2M USD * 0.5
		assertValue(1_000_000, Valuation.MONEY, f.get("carPay"));
		// the car has no price: the 1M EUR paid back by the dealer values it
		assertValue(1_000_000, Valuation.RECIPROCAL, f.get("cars"));
		// worth per quarter: 10k * 4
		assertValue(40_000, Valuation.WORTH, f.get("tips"));
		// the flow's own price: 20 units * 1k USD * 0.5
		assertValue(10_000, Valuation.FLOW_PRICE, f.get("designs"));
		// a tangible service measured in a currency
		assertValue(250_000, Valuation.MAGNITUDE, f.get("fees"));
		// in the exchange: 90 sales * 20k EUR pay for the one tangible flow; the advice rides along unvalued
		assertValue(1_800_000, Valuation.RECIPROCAL, f.get("v.Dealer->v.Buyers:goods"));
		assertFalse(f.get("v.Dealer->v.Buyers:knowledge").valued());
	}

	@Test
	void whatCannotBeValuedIsLeftOutWithAReason() {
		Map<String, FlowRecord> f = byName(ResolvedNetwork.of(load("v", "v.vnet", NET)));
		// priced per t, measured in kg: never converted silently
		assertFalse(f.get("steelKg").valued());
		assertTrue(f.get("steelKg").value().note().contains("per t but measured in kg"), f.get("steelKg").value().note());
		// two tangible services share one payment: neither is valued
		assertFalse(f.get("loans").valued());
		assertFalse(f.get("audit").valued());
		assertTrue(f.get("loans").value().note().contains("shares the payment back with 1 other"), f.get("loans").value().note());
		// trust with no worth and nothing paid back
		assertFalse(f.get("rumours").valued());
		assertEquals(5, FlowValuation.unvalued(ResolvedNetwork.of(load("v", "v.vnet", NET)).flows()).size());
	}

	@Test
	void theReciprocalPaymentIsReducedByThePricedFlowsItAlsoPaysFor() {
		ResolvedNetwork network = ResolvedNetwork.of(load("p", "p.vnet", """
				network p {
				  currency EUR
				  actor A : supplier
				  actor B : firm
				  flow parts : goods A -> B { 100 units/year price 10 EUR/unit }
				  flow tools : goods A -> B { 5 units/year }
				  flow pay : money B -> A { 3k EUR/year }
				}
				"""));
		Map<String, FlowRecord> f = byName(network);
		assertValue(1_000, Valuation.FLOW_PRICE, f.get("parts"));
		assertValue(2_000, Valuation.RECIPROCAL, f.get("tools")); // 3,000 paid - 1,000 priced
	}

	@Test
	void aScenarioChangeOfPriceRevaluesTheFlow() {
		AbstractNetwork scenario = load("cheap", "v.vnet", NET, "s.vnet", """
				scenario cheap extends v {
				  change steel { price 600 EUR/t }
				  change tips { worth 1k EUR/month }
				}
				""");
		Map<String, FlowRecord> f = byName(ResolvedNetwork.of(scenario));
		assertValue(7_200_000, Valuation.FLOW_PRICE, f.get("steel")); // 12,000 t * 600
		assertValue(12_000, Valuation.WORTH, f.get("tips"));
	}

	@Test
	void strengthHhiAndProfitabilitySumValueInTheNetworkCurrency() {
		NetworkAnalysis analysis = NetworkAnalysis.of(load("v", "v.vnet", NET));
		ActorMetrics maker = analysis.actor(LayerGraph.ALL, "v.Maker");
		// in: steel 9.6M + carPay 1M + tips 40k + designs 10k (tonnes, cars and euros are never added)
		assertEquals(10_650_000, maker.inStrength(), 1e-6);
		// out: cars 1M + labPay 30k
		assertEquals(1_030_000, maker.outStrength(), 1e-6);
		// Maker's goods suppliers by value: Mill 9.6M, Lab 10k -> HHI = (9.6/9.61)^2 + (0.01/9.61)^2
		double s1 = 9_600_000 / 9_610_000.0;
		double s2 = 10_000 / 9_610_000.0;
		assertEquals(s1 * s1 + s2 * s2, maker.hhi(), 1e-12);
		// Dealer buys goods valued (cars) and by kg (unvalued steel): no HHI rather than a wrong one
		assertTrue(Double.isNaN(analysis.actor(LayerGraph.ALL, "v.Dealer").hhi()));

		Profitability dealer = analysis.profitability().stream().filter(p -> p.actor().equals("v.Dealer")).findFirst().orElseThrow();
		assertEquals(1_800_000 + 1_000_000, dealer.valueIn(), 1e-6); // sale money + cars; loans, audit, steelKg unvalued
		assertEquals(1_000_000 + 40_000 + 250_000 + 1_800_000, dealer.valueOut(), 1e-6); // carPay, bankPay, fees, cars sold
		assertEquals(3, dealer.unvaluedIn());
		assertEquals(1, dealer.unvaluedOut()); // the advice in the sale
		assertEquals(1_800_000, dealer.moneyIn(), 1e-6);
		assertEquals(1_040_000, dealer.moneyOut(), 1e-6);
		assertEquals(2_800_000 - 3_090_000, dealer.net(), 1e-6);
	}

	@Test
	void unitsAreComparedSingularOrPlural() {
		assertTrue(dev.valuenet.model.Flows.sameUnit("unit", "units"));
		assertTrue(dev.valuenet.model.Flows.sameUnit("policy", "Policies"));
		assertFalse(dev.valuenet.model.Flows.sameUnit("t", "kg"));
		assertFalse(dev.valuenet.model.Flows.sameUnit("t", null));
		assertEquals(List.of(), List.of());
	}

	private static void assertValue(double expected, Valuation source, FlowRecord flow) {
		assertEquals(source, flow.value().source(), flow.value().note());
		assertEquals(expected, flow.valuePerYear(), 1e-6);
	}
}
