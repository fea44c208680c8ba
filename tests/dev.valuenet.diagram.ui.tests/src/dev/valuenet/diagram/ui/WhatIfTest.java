package dev.valuenet.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.whatif.ExitImpact;
import dev.valuenet.analysis.whatif.WhatIfAnalysis;
import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramLayout;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.diagram.Layout;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.tests.support.Examples;
import dev.valuenet.tests.support.TextModels;

/** The map presents the analysis' what-if (headless: no workbench, no browser). */
class WhatIfTest {

	private static final String TEXT = """
			network bread {
			  currency EUR
			  actor Farm : supplier
			  actor Market : partner
			  actor Mill : firm
			  segment Village
			  segment Town
			  flow veg : goods Farm -> Market { 5 t/year }
			  flow stalls : goods Market -> Village { 5 t/year }
			  flow grain : goods Farm -> Mill { 5 t/year }
			  flow flour : goods Mill -> Town { 5 t/year }
			  flow pay : money Village -> Market { 10 EUR/year }
			}
			""";

	@Test
	void marksComeFromTheAnalysis() {
		try (ModelSession session = TextModels.open("bread.vnet", TEXT)) {
			assertEquals(List.of(), TextModels.errors(session));
			NetworkAnalysis analysis = NetworkAnalysis.of(session.network(null));
			WhatIf whatIf = WhatIf.of(analysis, "Market");
			assertEquals("bread.Market", whatIf.removed());
			assertEquals("removed", whatIf.markOf("bread.Market", "Market"));
			assertEquals("starved", whatIf.markOf("bread.Village", "Village"));
			assertEquals(null, whatIf.markOf("bread.Town", "Town"));
			assertEquals(null, whatIf.markOf("bread.Mill", "Mill"));
			assertSame(WhatIf.NONE, WhatIf.of(analysis, "Nobody"));
			assertEquals(null, WhatIf.NONE.markOf("bread.Market", "Market"));
		}
	}

	@Test
	void mapJsonMarksWhatTheAnalysisFinds() {
		try (ModelSession session = TextModels.open("bread.vnet", TEXT)) {
			AbstractNetwork network = session.network(null);
			DiagramGraph graph = DiagramBuilder.map(network, DiagramOptions.DEFAULT);
			Layout layout = DiagramLayout.layout(graph, Map.of());
			WhatIf whatIf = WhatIf.of(NetworkAnalysis.of(network), "Farm");
			Map<String, String> marks = marks(SprottyGraph.json(graph, layout, whatIf, 7));
			// Farm is the only origin: both segments starve, and every flow from Farm is lost
			assertEquals("removed", marks.get("bread.Farm"));
			assertEquals("starved", marks.get("bread.Village"));
			assertEquals("starved", marks.get("bread.Town"));
			assertEquals(2, marks.values().stream().filter("lost"::equals).count());
		}
	}

	@Test
	void everyExampleActorsExitIsTheAnalysisAnswer() throws IOException {
		for (Path file : List.of(Examples.file("auto/car-network.vnet"), Examples.file("nespresso/nespresso.vnet"))) {
			try (ModelSession session = ModelSession.create().open(file)) {
				NetworkAnalysis analysis = NetworkAnalysis.of(session.network(null));
				for (String actor : analysis.network().participants().keySet()) {
					WhatIf whatIf = WhatIf.of(analysis, actor);
					ExitImpact impact = WhatIfAnalysis.exit(analysis, List.of(actor));
					assertEquals(impact.starved(), whatIf.starved(), actor);
					assertEquals(impact.cutOff(), whatIf.cutOff(), actor);
				}
				assertFalse(analysis.network().participants().isEmpty());
			}
		}
	}

	/** Element id -> its what-if mark, from the map's Sprotty JSON. */
	private static Map<String, String> marks(String json) {
		Map<String, String> marks = new HashMap<>();
		JsonObject root = JsonParser.parseString(json).getAsJsonObject();
		assertEquals(7, root.get("revision").getAsInt());
		for (JsonElement child : root.getAsJsonArray("children")) {
			JsonObject vn = child.getAsJsonObject().getAsJsonObject("vn");
			if (vn.has("whatif")) {
				marks.put(child.getAsJsonObject().get("id").getAsString(), vn.get("whatif").getAsString());
			}
		}
		return marks;
	}
}
