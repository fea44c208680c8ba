package dev.valuenet.dsl.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.Models;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Network;
import dev.valuenet.model.Segment;

class ValuenetValueConvertersTest {

	@Test
	void suffixesMultiply() {
		var workspace = Models.load(Map.of("n.vnet", """
				network n {
				  actor A : firm
				  segment S size 1.2M
				  flow f : goods A -> S { 120k units/year accuracy 99.2% }
				  flow g : goods A -> S { 3B units/year }
				}
				"""));
		Network network = (Network) workspace.document(Path.of("n.vnet")).getNetworks().get(0);
		assertEquals(1_200_000.0, ((Segment) network.getElements().get(1)).getSize());
		Flow f = (Flow) network.getElements().get(2);
		assertEquals(120_000.0, f.getQuantity().getAmount());
		assertEquals(0.992, f.getAccuracy(), 1e-12);
		assertEquals(3e9, ((Flow) network.getElements().get(3)).getQuantity().getAmount());
	}

	@Test
	void numbersAreWrittenShortestWithoutLosingDigits() {
		assertEquals("1.2M", ValuenetValueConverters.formatNumber(1_200_000));
		assertEquals("120k", ValuenetValueConverters.formatNumber(120_000));
		assertEquals("1234567", ValuenetValueConverters.formatNumber(1_234_567));
		assertEquals("0.25", ValuenetValueConverters.formatNumber(0.25));
		assertEquals("2B", ValuenetValueConverters.formatNumber(2e9));
		assertEquals("1.1T", ValuenetValueConverters.formatNumber(1.1e12));
		assertEquals("-5", ValuenetValueConverters.formatNumber(-5));
		assertEquals("999", ValuenetValueConverters.formatNumber(999));
	}
}
