package dev.valuenet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

/** Currencies and rates of a network, over the files of a split network and along a scenario's bases; built without a parser. */
class CurrencyTableTest {

	private static final ValuenetFactory F = ValuenetFactory.eINSTANCE;
	private final ResourceSet set = new ResourceSetImpl();

	/** A network part in its own resource (file) of the shared resource set. */
	private Network part(String file, String name, String currency, Object... currencyAndFactor) {
		Network network = F.createNetwork();
		network.setName(name);
		network.setCurrency(currency);
		for (int i = 0; i < currencyAndFactor.length; i += 2) {
			Rate rate = F.createRate();
			rate.setCurrency((String) currencyAndFactor[i]);
			rate.setFactor((Double) currencyAndFactor[i + 1]);
			rate.setTarget(currency);
			network.getRates().add(rate);
		}
		document(file).getNetworks().add(network);
		return network;
	}

	private Document document(String file) {
		Resource resource = new ResourceImpl(URI.createFileURI("/models/" + file));
		set.getResources().add(resource);
		Document document = F.createDocument();
		resource.getContents().add(document);
		return document;
	}

	@Test
	void ratesConvertIntoTheNetworkCurrency() {
		CurrencyTable table = CurrencyTable.of(part("a.vnet", "shop", "EUR", "USD", 0.92));
		assertEquals("EUR", table.currency());
		assertEquals(OptionalDouble.of(1), table.rate("EUR"));
		assertEquals(OptionalDouble.of(0.92), table.rate("USD"));
		assertEquals(OptionalDouble.empty(), table.rate("GBP"));
		assertTrue(table.converts("USD"));
		assertFalse(table.converts("GBP"));
	}

	@Test
	void withoutCurrencyNothingConverts() {
		CurrencyTable table = CurrencyTable.of(part("a.vnet", "shop", null));
		assertNull(table.currency());
		assertFalse(table.converts("EUR"));
	}

	@Test
	void aSplitNetworkHasTheCurrencyAndRatesOfAllItsFiles() {
		Network actors = part("actors.vnet", "grocery", "EUR");
		Network flows = part("flows.vnet", "grocery", null, "GBP", 1.17);
		part("other.vnet", "elsewhere", "USD", "CHF", 0.5);
		assertEquals(List.of(actors, flows), Networks.parts(flows));
		CurrencyTable table = CurrencyTable.of(flows);
		assertEquals("EUR", table.currency());
		assertEquals(OptionalDouble.of(1.17), table.rate("GBP"));
		assertEquals(OptionalDouble.empty(), table.rate("CHF"));
	}

	@Test
	void aScenarioUsesItsBaseAndTheNearestRateWins() {
		Network base = part("base.vnet", "base", "EUR", "USD", 0.9);
		Scenario scenario = F.createScenario();
		scenario.setName("ev");
		scenario.setBase(base);
		document("ev.vnet").getNetworks().add(scenario);
		assertEquals("EUR", CurrencyTable.of(scenario).currency());
		assertEquals(OptionalDouble.of(0.9), CurrencyTable.of(scenario).rate("USD"));
	}

	@Test
	void aCyclicBaseChainEnds() {
		Scenario a = F.createScenario();
		Scenario b = F.createScenario();
		a.setName("a");
		b.setName("b");
		a.setBase(b);
		b.setBase(a);
		document("cycle.vnet").getNetworks().addAll(List.of(a, b));
		assertNull(CurrencyTable.of(a).currency());
	}
}
