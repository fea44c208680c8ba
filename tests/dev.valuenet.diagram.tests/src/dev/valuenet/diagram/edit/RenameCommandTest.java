package dev.valuenet.diagram.edit;

import static dev.valuenet.diagram.edit.SmallModel.NET;
import static dev.valuenet.diagram.edit.SmallModel.SCENARIO;
import static dev.valuenet.diagram.edit.SmallModel.fixture;
import static dev.valuenet.diagram.edit.SmallModel.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.DiagramEdge;

/** Renaming: the declaration and every reference, simple or qualified, in every file. */
class RenameCommandTest {

	static final String NET_RENAMED = """
			/** A small network. */
			network t.net "Test" {
			  currency EUR

			  // ---- actors
			  /** The maker. */
			  actor Maker : firm // first
			  actor B : supplier
			  actor C : partner

			  segment S size 10

			  tie deal : contract Maker -- B { since 2020 }

			  flow pay : money Maker -> B { 1M EUR/year via deal }
			  flow parts : goods B -> Maker // parts
			  flow toS : goods Maker -> S

			  governance {
			    norm fair "Pay on time" applies to Maker, B
			    visibility pay confidential to Maker, B
			  }
			}
			""";

	static final String SCENARIO_RENAMED = """
			scenario t.s extends t.net {
			  remove parts

			  add actor D : partner
			  add flow dPay : money Maker -> D
			  add flow q : data t.net.Maker -> D
			}
			""";

	@Test
	void renamingAnActorRenamesEveryReference() {
		Fixture f = fixture();
		EditResult result = f.commands("t.net").rename("t.net.A", "Maker");
		assertEquals("t.net.Maker", result.element());
		assertEquals(2, result.byFile().size());
		Fixture after = f.apply(result);
		assertEquals(NET_RENAMED, after.text("net.vnet"));
		assertEquals(SCENARIO_RENAMED, after.text("s.vnet"));
		assertNull(after.map("t.net").node("t.net.A"));
		assertNotNull(after.map("t.net").node("t.net.Maker"));
	}

	@Test
	void onAScenarioMapABaseActorIsRenamedWhereItIsDeclared() {
		Fixture f = fixture();
		Fixture after = f.apply(f.commands("t.s").rename("t.net.A", "Maker"));
		assertEquals(NET_RENAMED, after.text("net.vnet"));
		assertEquals(SCENARIO_RENAMED, after.text("s.vnet"));
	}

	@Test
	void renamingWhatAScenarioAdded() {
		Fixture f = fixture();
		EditResult result = f.commands("t.s").rename("t.s.D", "Dist");
		assertEquals("t.s.Dist", result.element());
		Fixture after = f.apply(result);
		assertEquals(NET, after.text("net.vnet"));
		assertEquals("""
				scenario t.s extends t.net {
				  remove parts

				  add actor Dist : partner
				  add flow dPay : money A -> Dist
				  add flow q : data t.net.A -> Dist
				}
				""", after.text("s.vnet"));
		assertNotNull(after.map("t.s").node("t.s.Dist"));
	}

	@Test
	void renamingAFlow() {
		Fixture f = fixture();
		EditResult result = f.commands("t.net").rename("f0", "payment");
		assertEquals("payment", result.element());
		Fixture after = f.apply(result);
		String expected = replaceOnce(NET, "flow pay :", "flow payment :");
		expected = replaceOnce(expected, "visibility pay confidential", "visibility payment confidential");
		assertEquals(expected, after.text("net.vnet"));
		assertEquals(SCENARIO, after.text("s.vnet"));
		assertEquals("payment", after.map("t.net").edges().get(0).label());
	}

	@Test
	void badNamesAreRefused() {
		DiagramCommands commands = fixture().commands("t.net");
		assertEquals("'B' is already declared in this network; choose another name.", commands.rename("t.net.A", "B").refusal());
		assertEquals("'D' is already declared in this network; choose another name.", commands.rename("t.net.A", "D").refusal());
		assertEquals("'A' is already its name.", commands.rename("t.net.A", "A").refusal());
		assertEquals("'actor' is a keyword of the language; choose another name.", commands.rename("t.net.A", "actor").refusal());
		assertTrue(commands.rename("t.net.A", "1x").refusal().startsWith("'1x' is not a valid name"));
		assertTrue(commands.rename("t.net.A", "").refusal().startsWith("'' is not a valid name"));
		assertEquals("No actor or segment 't.net.Q' in t.net; reload the diagram.", commands.rename("t.net.Q", "R").refusal());
	}

	@Test
	void theFlowsOfAnExchangeHaveNoNameOfTheirOwn() throws IOException {
		Fixture f = Fixture.example("auto");
		DiagramEdge carSale = f.map("auto.oem").edges().stream()
				.filter(e -> e.source().equals("auto.oem.Dealers") && e.target().equals("auto.oem.PrivateBuyers") && e.label().equals("carSale"))
				.findFirst().orElseThrow();
		assertEquals("This flow belongs to exchange 'carSale' and has no name of its own; rename the exchange in the text.",
				f.commands("auto.oem").rename(carSale.id(), "x").refusal());
	}

	@Test
	void renamingAcrossTheFilesOfANetwork() throws IOException {
		Fixture f = Fixture.example("multi-file");
		EditResult result = f.commands("retail.grocery").rename("retail.grocery.GroceryChain", "Chain");
		assertEquals(3, result.byFile().size());
		Fixture after = f.apply(result);
		for (String file : f.texts.keySet()) {
			assertEquals(f.text(file).replaceAll("\\bGroceryChain\\b", "Chain"), after.text(file), file);
		}
		assertNotNull(after.map("retail.grocery").node("retail.grocery.Chain"));
		assertEquals(f.map("retail.grocery").edges().size(), after.map("retail.grocery").edges().size());
	}
}
