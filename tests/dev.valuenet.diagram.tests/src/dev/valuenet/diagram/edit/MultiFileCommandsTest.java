package dev.valuenet.diagram.edit;

import static dev.valuenet.diagram.edit.SmallModel.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.DiagramGraph;

/** A network split over three files (examples/multi-file): new lines go to the file of their kind, deletes reach every file. */
class MultiFileCommandsTest {

	@Test
	void newActorsGoToTheActorsFileAndNewFlowsToTheFlowsFile() throws IOException {
		Fixture f = Fixture.example("multi-file");
		// the commands are opened on the network as declared in governance.vnet, the file shown in the editor
		DiagramCommands commands = new DiagramCommands(f.workspace.document(f.paths.get("governance.vnet")).getNetworks().get(0));
		Fixture withActor = f.apply(commands.createActor("Bank", "partner"));
		assertEquals(replaceOnce(f.text("actors.vnet"), "  actor FoodSafety : regulator \"Food safety authority\"\n",
				"  actor FoodSafety : regulator \"Food safety authority\"\n  actor Bank : partner\n"), withActor.text("actors.vnet"));
		assertEquals(f.text("flows.vnet"), withActor.text("flows.vnet"));
		assertEquals(f.text("governance.vnet"), withActor.text("governance.vnet"));

		Fixture withFlow = withActor.apply(withActor.commands("retail.grocery").createFlow("retail.grocery.Bank", "retail.grocery.GroceryChain",
				"service"));
		assertEquals(replaceOnce(f.text("flows.vnet"), "  flow recallNotices : data GroceryChain -> FoodSafety { quarterly lead 4 h }\n",
				"  flow recallNotices : data GroceryChain -> FoodSafety { quarterly lead 4 h }\n"
						+ "  flow serviceToGroceryChain : service Bank -> GroceryChain\n"), withFlow.text("flows.vnet"));
		DiagramGraph graph = withFlow.map("retail.grocery");
		assertEquals(1, graph.edges().stream()
				.filter(e -> e.source().equals("retail.grocery.Bank") && e.target().equals("retail.grocery.GroceryChain")).count());
	}

	@Test
	void deletingAnActorReachesEveryFileOfTheNetwork() throws IOException {
		Fixture f = Fixture.example("multi-file");
		EditResult result = f.commands("retail.grocery").delete("retail.grocery.Riders");
		assertEquals(3, result.byFile().size());
		Fixture after = f.apply(result);
		assertEquals(replaceOnce(f.text("actors.vnet"), "  actor Riders : individual \"Self-employed delivery riders\"\n", ""),
				after.text("actors.vnet"));
		assertEquals(replaceOnce(f.text("flows.vnet"), """
				  flow homeDelivery : service Riders -> OnlineShoppers { 1.8M orders/year lead 2 h accuracy 97% }
				  flow riderPay : money OnlineShop -> Riders { 9M EUR/year }
				  flow deliverySlots : service Riders -> OnlineShop { 1.8M slots/year }
				""", ""), after.text("flows.vnet"));
		assertEquals(replaceOnce(f.text("governance.vnet"),
				"    incentive riderPeakPay \"Peak-hour bonus for Saturday delivery slots\" for Riders from OnlineShop\n", ""),
				after.text("governance.vnet"));
		assertNull(after.map("retail.grocery").node("retail.grocery.Riders"));
		assertEquals(f.map("retail.grocery").edges().size() - 3, after.map("retail.grocery").edges().size());
	}
}
