package dev.valuenet.diagram.edit;

import static dev.valuenet.diagram.edit.SmallModel.NET;
import static dev.valuenet.diagram.edit.SmallModel.SCENARIO;
import static dev.valuenet.diagram.edit.SmallModel.fixture;
import static dev.valuenet.diagram.edit.SmallModel.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.DiagramEdge;
import dev.valuenet.diagram.DiagramGraph;

/** Deleting nodes and edges: the lines that go, what refers to them, and scenario maps. */
class DeleteCommandTest {

	private static List<String> edgeLabels(DiagramGraph graph) {
		return graph.edges().stream().map(DiagramEdge::label).toList();
	}

	@Test
	void deletingAnActorTakesItsFlowsTiesAndMentionsAlong() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.net").delete("t.net.B"));
		assertEquals("""
				/** A small network. */
				network t.net "Test" {
				  currency EUR

				  // ---- actors
				  /** The maker. */
				  actor A : firm // first
				  actor C : partner

				  segment S size 10

				  flow toS : goods A -> S

				  governance {
				    norm fair "Pay on time" applies to A
				  }
				}
				""", after.text("net.vnet"));
		assertEquals("""
				scenario t.s extends t.net {
				  add actor D : partner
				  add flow dPay : money A -> D
				  add flow q : data t.net.A -> D
				}
				""", after.text("s.vnet"));
		DiagramGraph graph = after.map("t.net");
		assertNull(graph.node("t.net.B"));
		assertEquals(List.of("toS"), edgeLabels(graph));
	}

	@Test
	void anActorsDocCommentGoesWithItButNotTheCommentsAround() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.net").delete("t.net.A"));
		assertEquals("""
				/** A small network. */
				network t.net "Test" {
				  currency EUR

				  // ---- actors
				  actor B : supplier
				  actor C : partner

				  segment S size 10

				  governance {
				    norm fair "Pay on time" applies to B
				  }
				}
				""", after.text("net.vnet"));
		assertEquals("""
				scenario t.s extends t.net {
				  add actor D : partner
				}
				""", after.text("s.vnet"));
	}

	@Test
	void deletingATieDropsTheViaOfItsFlows() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.net").delete("t0"));
		String expected = replaceOnce(NET, "  tie deal : contract A -- B { since 2020 }\n\n", "");
		expected = replaceOnce(expected, "{ 1M EUR/year via deal }", "{ 1M EUR/year }");
		assertEquals(expected, after.text("net.vnet"));
		assertTrue(after.map("t.net").edges().stream().noneMatch(DiagramEdge::tie));
	}

	@Test
	void deletingAFlowDeletesWhatIsSaidAboutIt() {
		Fixture f = fixture();
		assertEquals("pay", f.map("t.net").edges().get(0).label());
		Fixture after = f.apply(f.commands("t.net").delete("f0"));
		String expected = replaceOnce(NET, "  flow pay : money A -> B { 1M EUR/year via deal }\n", "");
		expected = replaceOnce(expected, "    visibility pay confidential to A, B\n", "");
		assertEquals(expected, after.text("net.vnet"));
		assertEquals(SCENARIO, after.text("s.vnet"));
	}

	@Test
	void onAScenarioMapDeletingABaseActorAddsARemoveEdit() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.s").delete("t.net.A"));
		assertEquals(NET, after.text("net.vnet"));
		assertEquals("""
				scenario t.s extends t.net {
				  remove parts
				  remove A

				  add actor D : partner
				}
				""", after.text("s.vnet"));
		DiagramGraph graph = after.map("t.s");
		assertNull(graph.node("t.net.A"));
		assertEquals(List.of(), edgeLabels(graph), "A's flows and its tie go with it");
	}

	@Test
	void onAScenarioMapWhatTheScenarioAddedIsDeletedInPlace() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.s").delete("t.s.D"));
		assertEquals("""
				scenario t.s extends t.net {
				  remove parts
				}
				""", after.text("s.vnet"));
	}

	@Test
	void onAScenarioMapDeletingABaseFlowAddsARemoveEdit() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.s").delete("f0"));
		assertEquals(replaceOnce(SCENARIO, "  remove parts\n", "  remove parts\n  remove pay\n"), after.text("s.vnet"));
		assertTrue(edgeLabels(after.map("t.s")).stream().noneMatch("pay"::equals));
	}

	@Test
	void unknownIdsAreRefused() {
		DiagramCommands commands = fixture().commands("t.net");
		assertEquals("No actor or segment 't.net.Z' in t.net; reload the diagram.", commands.delete("t.net.Z").refusal());
		assertEquals("No flow or tie 'f42' on the map of t.net; reload the diagram.", commands.delete("f42").refusal());
		assertTrue(commands.delete("community-1").refusal().contains("whole community"));
		assertTrue(commands.delete(null).changes().isEmpty());
	}

	@Test
	void deletingPistonsFromTheCarNetwork() throws IOException {
		Fixture f = Fixture.example("auto");
		Fixture after = f.apply(f.commands("auto.oem").delete("auto.oem.Pistons"));
		String net = f.text("car-network.vnet");
		for (String line : List.of("""
				  /** Tier 1: the part that disappears with the electric drivetrain. */
				  actor Pistons : supplier "Piston maker (tier 1)"
				""", """
				  tie pistonSupply : contract OEM -- Pistons { since 2019 until 2027 }
				""", """
				  tie steelSupply : contract SteelMill -- Pistons { since 2015 }
				""", """
				  flow steelToPistons : Steel SteelMill -> Pistons { 3.2k t/year lead 21 d cost 780 EUR/t accuracy 98.5% via steelSupply }
				""", """
				  flow millCertificates : data SteelMill -> Pistons { weekly accuracy 99.9% via steelSupply }
				  flow steelPayPistons : money Pistons -> SteelMill { 2.5M EUR/year via steelSupply }
				""", """
				  flow pistonSets : PistonSet Pistons -> OEM { 120k sets/year lead 14 d cost 48 EUR/set accuracy 99.2% via pistonSupply }
				  flow pistonPay : money OEM -> Pistons { 5.8M EUR/year via pistonSupply }
				  flow pistonForecast : Forecast OEM -> Pistons { weekly accuracy 92% via pistonSupply }
				""", """
				  flow supplierDevelopment : knowledge OEM -> Pistons { quarterly strength medium via pistonSupply worth 75k EUR } // what the piston maker would pay a consultancy
				""", """
				    rule pistonShare : share(goods into OEM from Pistons) <= 40% severity warning
				""", """
				    incentive volumeBonus "2% rebate above 100k piston sets a year" for Pistons from OEM
				""", """
				    escalation steelShortage Pistons -> OEM "Steel allocation below 80% of the forecast"
				""", """
				    visibility pistonForecast confidential to OEM, Pistons
				""", """
				  partner Pistons {
				    offers "precision machining", "high-volume forging"
				    desires "volume commitment", "a path into EV drivetrain parts"
				    joint "machined rotor shafts and gear sets for the EV drive unit"
				    hypothesis cheaperEV "joint EV drive parts cut our unit cost by 5%" status untested
				    hypothesis keepsVolume "reusing the piston lines keeps Pistons above break-even after 2027" status testing
				  }

				""")) {
			net = replaceOnce(net, line, "");
		}
		net = replaceOnce(net, "applies to OEM, Pistons, Suspension, Brakes", "applies to OEM, Suspension, Brakes");
		assertEquals(net, after.text("car-network.vnet"));
		String scenario = replaceOnce(f.text("ev-scenario.vnet"), "  remove Pistons\n  remove steelSupply\n", "");
		assertEquals(scenario, after.text("ev-scenario.vnet"));
		assertNull(after.map("auto.oem").node("auto.oem.Pistons"));
	}

	@Test
	void deletingTheActorThatReplacesAnotherTurnsTheReplaceIntoARemove() throws IOException {
		Fixture f = Fixture.example("auto");
		Fixture after = f.apply(f.commands("auto.ev").delete("auto.ev.DirectSales"));
		String scenario = replaceOnce(f.text("ev-scenario.vnet"), "  replace Dealers with DirectSales : platform \"Online direct sales (agency model)\"\n",
				"  remove Dealers\n");
		scenario = replaceOnce(scenario, """
				  add exchange evSale DirectSales <-> EvBuyers per sale {
				    DirectSales -> EvBuyers : Car 1 car
				    EvBuyers -> DirectSales : money 42k EUR
				  } volume 50k sales/year

				""", "");
		scenario = replaceOnce(scenario, "  add flow evTrust : trust EvBuyers -> DirectSales { strength medium }\n", "");
		assertEquals(scenario, after.text("ev-scenario.vnet"));
		assertEquals(f.text("car-network.vnet"), after.text("car-network.vnet"));
		DiagramGraph graph = after.map("auto.ev");
		assertNull(graph.node("auto.ev.DirectSales"));
		assertNull(graph.node("auto.oem.Dealers"));
	}

	@Test
	void deletingAFlowOfAnExchangeDeletesItsLine() throws IOException {
		Fixture f = Fixture.example("auto");
		DiagramEdge payment = f.map("auto.oem").edges().stream().filter(e -> e.label().equals("carSale") && e.kind().equals("money"))
				.findFirst().orElseThrow();
		Fixture after = f.apply(f.commands("auto.oem").delete(payment.id()));
		assertEquals(replaceOnce(f.text("car-network.vnet"), "    PrivateBuyers -> Dealers : money 26k EUR\n", ""), after.text("car-network.vnet"));
		assertEquals(1, after.map("auto.oem").edges().stream().filter(e -> e.label().equals("carSale")).count());
	}

	@Test
	void deletingTheLastFlowOfAnExchangeDeletesTheExchange() {
		Fixture f = Fixture.of("x.vnet", """
				network x {
				  actor A : firm
				  actor B : firm

				  exchange e A <-> B {
				    A -> B : money 5 EUR
				  }
				  flow f : goods B -> A
				}
				""");
		assertEquals("e", f.map("x").edges().get(0).label());
		Fixture after = f.apply(f.commands("x").delete("f0"));
		assertEquals("""
				network x {
				  actor A : firm
				  actor B : firm

				  flow f : goods B -> A
				}
				""", after.text("x.vnet"));
	}
}
