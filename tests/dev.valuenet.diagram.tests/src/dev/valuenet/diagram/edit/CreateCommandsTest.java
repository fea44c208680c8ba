package dev.valuenet.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.DiagramEdge;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramNode;

/** Creating actors, segments and flows: the exact text inserted, refusals, and the graph after re-parsing. */
class CreateCommandsTest {

	static final String NET = """
			/** A small network. */
			network t.net "Test" {
			  currency EUR

			  // ---- actors
			  /** The maker. */
			  actor A : firm // first
			  actor B : supplier
			  role Bank : firm

			  segment S size 10

			  flow pay : money A -> B { 1M EUR/year }
			  flow parts : goods B -> A // parts
			  flow toS : goods A -> S
			}
			""";

	static final String SCENARIO = """
			scenario t.s extends t.net {
			  remove parts

			  add actor C : partner
			  add flow cPay : money A -> C
			}
			""";

	static Fixture fixture() {
		return Fixture.of("net.vnet", NET, "s.vnet", SCENARIO);
	}

	@Test
	void actorGoesAfterTheLastActor() {
		Fixture f = fixture();
		EditResult result = f.commands("t.net").createActor(null, null);
		assertEquals("t.net.NewActor", result.element());
		Fixture after = f.apply(result);
		assertEquals(NET.replace("  actor B : supplier\n", "  actor B : supplier\n  actor NewActor : firm\n"), after.text("net.vnet"));
		assertEquals(SCENARIO, after.text("s.vnet"));
		DiagramNode node = after.map("t.net").node("t.net.NewActor");
		assertNotNull(node);
		assertEquals("firm", node.kind());
	}

	@Test
	void generatedNamesAreUnique() {
		Fixture f = fixture();
		Fixture once = f.apply(f.commands("t.net").createActor(null, "supplier"));
		EditResult second = once.commands("t.net").createActor(null, "Bank");
		assertEquals("t.net.NewActor2", second.element());
		Fixture twice = once.apply(second);
		assertTrue(twice.text("net.vnet").contains("""
				  actor B : supplier
				  actor NewActor : supplier
				  actor NewActor2 : Bank
				  role Bank : firm
				"""), twice.text("net.vnet"));
	}

	@Test
	void badActorRequestsAreRefused() {
		DiagramCommands commands = fixture().commands("t.net");
		assertEquals("'B' is already declared in this network; choose another name.", commands.createActor("B", null).refusal());
		assertEquals("'C' is already declared in this network; choose another name.", commands.createActor("C", null).refusal(),
				"names of scenarios built on the network are taken too");
		assertEquals("'flow' is a keyword of the language; choose another name.", commands.createActor("flow", null).refusal());
		assertTrue(commands.createActor("9lives", null).refusal().startsWith("'9lives' is not a valid name"));
		assertTrue(commands.createActor("Bad Name", null).refusal().startsWith("'Bad Name' is not a valid name"));
		assertTrue(commands.createActor("X", "wizard").refusal().startsWith("'wizard' is neither an actor kind"));
		assertTrue(commands.createActor("X", "wizard").changes().isEmpty());
	}

	@Test
	void segmentGoesAfterTheLastSegment() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.net").createSegment("Retail"));
		assertEquals(NET.replace("  segment S size 10\n", "  segment S size 10\n  segment Retail\n"), after.text("net.vnet"));
		assertEquals(DiagramNode.Type.SEGMENT, after.map("t.net").node("t.net.Retail").type());
	}

	@Test
	void flowGoesAfterTheLastFlow() {
		Fixture f = fixture();
		EditResult result = f.commands("t.net").createFlow("t.net.A", "t.net.B", "data");
		assertEquals("dataToB", result.element());
		Fixture after = f.apply(result);
		assertEquals(NET.replace("  flow toS : goods A -> S\n", "  flow toS : goods A -> S\n  flow dataToB : data A -> B\n"),
				after.text("net.vnet"));
		DiagramGraph graph = after.map("t.net");
		DiagramEdge edge = graph.edges().stream().filter(e -> e.label().equals("dataToB")).findFirst().orElseThrow();
		assertEquals("t.net.A", edge.source());
		assertEquals("t.net.B", edge.target());
		assertEquals("data", edge.kind());
		assertEquals(4, graph.edges().stream().filter(e -> !e.tie()).count());
	}

	@Test
	void flowWithQuantityIsWrittenCanonically() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.net").createFlow("t.net.B", "t.net.S", "goods", " 3.5k  units / year "));
		assertTrue(after.text("net.vnet").endsWith("""
				  flow toS : goods A -> S
				  flow goodsToS : goods B -> S { 3.5k units/year }
				}
				"""), after.text("net.vnet"));
		DiagramEdge edge = after.map("t.net").edges().stream().filter(e -> e.label().equals("goodsToS")).findFirst().orElseThrow();
		assertTrue(Double.isNaN(edge.valuePerYear()), "3.5k units of goods without a price have no value");
	}

	@Test
	void badFlowRequestsAreRefused() {
		DiagramCommands commands = fixture().commands("t.net");
		assertTrue(commands.createFlow("t.net.A", "t.net.A", "money").refusal().startsWith("A flow from 'A' to itself"));
		assertEquals("No actor or segment 't.net.Nobody' in t.net; reload the diagram.",
				commands.createFlow("t.net.A", "t.net.Nobody", "money").refusal());
		assertTrue(commands.createFlow("community-2", "t.net.A", "money").refusal().contains("whole community"));
		assertTrue(commands.createFlow("t.net.A", "t.net.B", "gold").refusal().startsWith("'gold' is neither a value kind"));
		assertTrue(commands.createFlow("t.net.A", "t.net.B", "money", "lots").refusal().startsWith("'lots' is not a quantity"));
		assertFalse(commands.createFlow("t.net.A", "t.net.B", "money", "-5 EUR").ok());
	}

	@Test
	void onAScenarioMapCreatingAddsAnAddEdit() {
		Fixture f = fixture();
		DiagramCommands commands = f.commands("t.s");
		Fixture after = f.apply(commands.createActor("D", "regulator"));
		assertEquals(SCENARIO.replace("  add actor C : partner\n", "  add actor C : partner\n  add actor D : regulator\n"), after.text("s.vnet"));
		assertEquals(NET, after.text("net.vnet"));
		assertEquals("regulator", after.map("t.s").node("t.s.D").kind());

		EditResult flow = after.commands("t.s").createFlow("t.s.D", "t.net.A", "influence");
		Fixture withFlow = after.apply(flow);
		assertTrue(withFlow.text("s.vnet").endsWith("""
				  add flow cPay : money A -> C
				  add flow influenceToA : influence D -> A
				}
				"""), withFlow.text("s.vnet"));
		assertTrue(withFlow.map("t.s").edges().stream().anyMatch(e -> e.source().equals("t.s.D") && e.target().equals("t.net.A")));
	}

	@Test
	void emptyBlocksGetTheirFirstMember() {
		Fixture f = Fixture.of("e.vnet", """
				network e {
				  currency EUR
				}
				""", "s.vnet", """
				scenario e.s extends e {
				}
				""");
		Fixture after = f.apply(f.commands("e").createActor("A", null));
		assertEquals("""
				network e {
				  currency EUR
				  actor A : firm
				}
				""", after.text("e.vnet"));
		Fixture scenario = after.apply(after.commands("e.s").createSegment(null));
		assertEquals("""
				scenario e.s extends e {
				  add segment NewSegment
				}
				""", scenario.text("s.vnet"));
	}

	@Test
	void valueObjectsNameTheKindOfAFlow() throws IOException {
		Fixture f = Fixture.example("auto");
		EditResult result = f.commands("auto.oem").createFlow("auto.oem.Tires", "auto.oem.Dealers", "Car", "20k car/year");
		Fixture after = f.apply(result);
		String expected = f.text("car-network.vnet").replace("""
				  flow safetyRating : reputation CrashTests -> PrivateBuyers { strength high }
				""", """
				  flow safetyRating : reputation CrashTests -> PrivateBuyers { strength high }
				  flow carToDealers : Car Tires -> Dealers { 20k car/year }
				""");
		assertEquals(expected, after.text("car-network.vnet"));
		assertEquals(f.text("ev-scenario.vnet"), after.text("ev-scenario.vnet"));
	}

	@Test
	void theFixtureRejectsEditsOutOfCanonicalLayoutOrWithErrors() {
		Fixture f = fixture();
		int afterB = NET.indexOf("  role Bank");
		EditResult cramped = new EditResult(java.util.List.of(new dev.valuenet.dsl.edit.TextChange(f.uri("net.vnet"), afterB, 0,
				"  actor   X:firm\n")), null, null);
		org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> f.apply(cramped));
		EditResult dangling = new EditResult(java.util.List.of(new dev.valuenet.dsl.edit.TextChange(f.uri("net.vnet"), afterB, 0,
				"  flow bad : money A -> Nobody\n")), null, null);
		org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> f.apply(dangling));
	}

	@Test
	void aFileWithSyntaxErrorsIsNotEdited() {
		String broken = NET.replace("  flow toS : goods A -> S\n", "  flow toS : goods A -> S\n  flow half : money A ->\n");
		Fixture f = Fixture.of("net.vnet", broken, "s.vnet", SCENARIO);
		String refusal = f.commands("t.net").createActor("X", null).refusal();
		assertTrue(refusal != null && refusal.startsWith("net.vnet:") && refusal.endsWith(" has a syntax error; fix it before editing from the diagram."),
				refusal);
		assertTrue(f.commands("t.s").createActor("X", null).ok(), "the scenario's own file is fine");
	}

	@Test
	void thePickersListTheKindsTheCommandsAccept() throws IOException {
		DiagramCommands scenario = Fixture.example("auto").commands("auto.ev");
		assertEquals(java.util.List.of("firm", "supplier", "customer", "regulator", "partner", "individual", "platform", "Insurer", "Lender"),
				scenario.actorKinds());
		assertEquals(java.util.List.of("goods", "service", "money", "data", "knowledge", "reputation", "trust", "influence", "Car", "PistonSet",
				"Steel", "Forecast", "Policy", "Loan"), scenario.flowKinds());
		assertEquals("No flow or tie 'f99999999999' on the map of auto.ev; reload the diagram.", scenario.delete("f99999999999").refusal());
		assertTrue(scenario.createActor("X", "unspecified").refusal().startsWith("'unspecified' is neither an actor kind"));
		assertTrue(scenario.createFlow("auto.oem.OEM", "auto.ev.BatteryCo", "unspecified").refusal().startsWith("'unspecified' is neither"));
	}
}
