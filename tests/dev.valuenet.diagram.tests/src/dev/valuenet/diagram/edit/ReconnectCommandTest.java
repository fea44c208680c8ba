package dev.valuenet.diagram.edit;

import static dev.valuenet.diagram.edit.SmallModel.NET;
import static dev.valuenet.diagram.edit.SmallModel.SCENARIO;
import static dev.valuenet.diagram.edit.SmallModel.fixture;
import static dev.valuenet.diagram.edit.SmallModel.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.DiagramEdge;

/** Reconnecting flows and ties: the ends rewritten, stale {@code via} dropped, scenario copies. */
class ReconnectCommandTest {

	private static DiagramEdge edge(Fixture f, String network, String label) {
		return f.map(network).edges().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
	}

	@Test
	void aFlowGetsANewTargetAndLosesAViaThatNoLongerFits() {
		Fixture f = fixture();
		EditResult result = f.commands("t.net").reconnect("f0", null, "t.net.S");
		assertEquals("pay", result.element());
		Fixture after = f.apply(result);
		assertEquals(replaceOnce(NET, "flow pay : money A -> B { 1M EUR/year via deal }", "flow pay : money A -> S { 1M EUR/year }"),
				after.text("net.vnet"));
		DiagramEdge pay = edge(after, "t.net", "pay");
		assertEquals("t.net.A", pay.source());
		assertEquals("t.net.S", pay.target());
	}

	@Test
	void reversingAFlowKeepsItsVia() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.net").reconnect("f0", "t.net.B", "t.net.A"));
		assertEquals(replaceOnce(NET, "flow pay : money A -> B {", "flow pay : money B -> A {"), after.text("net.vnet"));
	}

	@Test
	void aTieGetsANewEndAndItsFlowsLoseTheirVia() {
		Fixture f = fixture();
		assertEquals("t0", edge(f, "t.net", "deal").id());
		Fixture after = f.apply(f.commands("t.net").reconnect("t0", null, "t.net.C"));
		String expected = replaceOnce(NET, "tie deal : contract A -- B", "tie deal : contract A -- C");
		expected = replaceOnce(expected, "{ 1M EUR/year via deal }", "{ 1M EUR/year }");
		assertEquals(expected, after.text("net.vnet"));
		assertEquals("t.net.C", edge(after, "t.net", "deal").target());
	}

	@Test
	void onAScenarioMapABaseFlowIsRemovedAndARewiredCopyAdded() {
		Fixture f = fixture();
		EditResult result = f.commands("t.s").reconnect("f0", "t.s.D", null);
		assertEquals("pay2", result.element());
		Fixture after = f.apply(result);
		assertEquals(NET, after.text("net.vnet"));
		assertEquals("""
				scenario t.s extends t.net {
				  remove parts
				  remove pay

				  add actor D : partner
				  add flow dPay : money A -> D
				  add flow q : data t.net.A -> D
				  add flow pay2 : money D -> B { 1M EUR/year }
				}
				""", after.text("s.vnet"));
		DiagramEdge copy = edge(after, "t.s", "pay2");
		assertEquals("t.s.D", copy.source());
		assertEquals("t.net.B", copy.target());
		assertEquals(1_000_000, copy.valuePerYear(), 1e-6);
		assertTrue(after.map("t.s").edges().stream().noneMatch(e -> e.label().equals("pay")));
	}

	@Test
	void onAScenarioMapAScenarioFlowIsRewiredInPlace() {
		Fixture f = fixture();
		assertEquals("f2", edge(f, "t.s", "dPay").id());
		Fixture after = f.apply(f.commands("t.s").reconnect("f2", "t.net.B", null));
		assertEquals(replaceOnce(SCENARIO, "add flow dPay : money A -> D", "add flow dPay : money B -> D"), after.text("s.vnet"));
	}

	@Test
	void badReconnectionsAreRefused() {
		DiagramCommands commands = fixture().commands("t.net");
		assertTrue(commands.reconnect("f0", "t.net.A", "t.net.A").refusal().startsWith("A flow from 'A' to itself"));
		assertEquals("The flow already connects A and B.", commands.reconnect("f0", null, null).refusal());
		assertEquals("'t.net.A' is a node; only flows and ties are reconnected.", commands.reconnect("t.net.A", null, "t.net.B").refusal());
		assertEquals("No flow or tie 'f9' on the map of t.net; reload the diagram.", commands.reconnect("f9", null, "t.net.B").refusal());
		assertEquals("No actor or segment 't.net.Z' in t.net; reload the diagram.", commands.reconnect("f0", null, "t.net.Z").refusal());
	}

	@Test
	void theFlowsOfAnExchangeStayBetweenItsParties() throws IOException {
		Fixture f = Fixture.example("auto");
		DiagramEdge carSale = edge(f, "auto.oem", "carSale");
		assertTrue(f.commands("auto.oem").reconnect(carSale.id(), null, "auto.oem.OEM").refusal()
				.startsWith("The flows of exchange 'carSale' go between its two parties"));
	}

	@Test
	void rewiringAFlowOfTheCarNetwork() throws IOException {
		Fixture f = Fixture.example("auto");
		assertEquals("f10", edge(f, "auto.oem", "pistonPay").id());
		Fixture after = f.apply(f.commands("auto.oem").reconnect("f10", null, "auto.oem.Suspension"));
		assertEquals(replaceOnce(f.text("car-network.vnet"), "flow pistonPay : money OEM -> Pistons { 5.8M EUR/year via pistonSupply }",
				"flow pistonPay : money OEM -> Suspension { 5.8M EUR/year }"), after.text("car-network.vnet"));
		assertEquals(f.text("ev-scenario.vnet"), after.text("ev-scenario.vnet"));
	}
}
