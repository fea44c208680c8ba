package dev.valuenet.analysis.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.tests.support.Examples;

/** One what-if: hand-computed exits, and the all-actors cut-off query agrees with single exits on every example. */
class WhatIfAnalysisTest {

	/**
	 * Supply: Farm -> Mill -> Bakery -> Town, Import -> Bakery, Farm -> Market -> Village. The origins
	 * are Farm and Import; Bakery alone connects Town (Import bypasses Mill), Farm and Market alone
	 * connect Village. Money: Town pays Bakery 100 EUR/year, Bakery pays Mill 2 x 30 EUR/month.
	 */
	private static final String TEXT = """
			network bread {
			  currency EUR
			  actor Farm : supplier
			  actor Import : supplier
			  actor Mill : firm
			  actor Bakery : firm
			  actor Market : partner
			  segment Town
			  segment Village
			  flow grain : goods Farm -> Mill { 10 t/year }
			  flow flour : goods Mill -> Bakery { 8 t/year }
			  flow imported : goods Import -> Bakery { 2 t/year }
			  flow bread : goods Bakery -> Town { 1000 units/year }
			  flow veg : goods Farm -> Market { 5 t/year }
			  flow stalls : goods Market -> Village { 5 t/year }
			  flow payBread : money Town -> Bakery { 100 EUR/year }
			  flow payFlour : money Bakery -> Mill { 30 EUR/month }
			  flow payFlour2 : money Bakery -> Mill { 30 EUR/month }
			  flow advice : knowledge Mill -> Bakery { daily }
			}
			""";

	private static NetworkAnalysis analysis() {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		workspace.loadText("bread.vnet", TEXT);
		assertEquals(List.of(), workspace.validate().stream().filter(p -> p.severity() == dev.valuenet.dsl.load.Problem.Severity.ERROR).toList());
		AbstractNetwork network = workspace.document(Path.of("bread.vnet")).getNetworks().get(0);
		return NetworkAnalysis.of(network);
	}

	@Test
	void millExitLosesItsFlowsButTownStaysSupplied() {
		ExitImpact impact = WhatIfAnalysis.exit(analysis(), List.of("bread.Mill"));
		assertEquals(5, impact.flows().count()); // grain, flour, payFlour, payFlour2, advice
		assertEquals(Map.of("goods", 2, "money", 2, "knowledge", 1), impact.flows().byKind());
		// money by direction: Mill took in 2 x 30 EUR x 12 from Bakery and paid out nothing
		assertEquals(720, impact.flows().moneyInflowLost(), 1e-9);
		assertEquals(0, impact.flows().moneyOutflowLost(), 0);
		// downstream, Bakery loses the flour, valued by the 720 EUR it paid for it; grain and advice have no value
		assertEquals(List.of(new ExitImpact.ActorLoss("bread.Bakery", 0, 720)), impact.flows().downstream());
		assertEquals(2, impact.flows().unvalued());
		// Town: Farm->Mill->Bakery and Import->Bakery meet at Bakery->Town: one link to cut, before and after
		ExitImpact.SegmentImpact town = impact.segments().stream().filter(s -> s.simpleName().equals("Town")).findFirst().orElseThrow();
		assertEquals(1, town.linksBefore());
		assertEquals(1, town.linksAfter());
		assertEquals("EUR", impact.flows().currency());
		assertEquals(Set.of(), impact.starved()); // Import still reaches Town through Bakery
		assertEquals(Set.of("bread.Farm"), impact.cutOff()); // Farm reached Town only through Mill
	}

	@Test
	void marketExitStarvesVillage() {
		ExitImpact impact = WhatIfAnalysis.exit(analysis(), List.of("bread.Market"));
		assertEquals(Set.of("Village"), impact.starved());
		ExitImpact.SegmentImpact village = impact.segments().stream().filter(s -> s.simpleName().equals("Village")).findFirst().orElseThrow();
		assertTrue(village.losesAllSupply());
		ExitImpact.SegmentImpact town = impact.segments().stream().filter(s -> s.simpleName().equals("Town")).findFirst().orElseThrow();
		assertFalse(town.losesAllSupply());
		assertEquals(0, impact.flows().moneyInflowLost() + impact.flows().moneyOutflowLost(), 0);
		assertEquals(1, village.linksBefore()); // Farm -> Market -> Village
		assertEquals(0, village.linksAfter());
	}

	@Test
	void bakeryAndMarketTogetherStarveBothSegments() {
		ExitImpact impact = WhatIfAnalysis.exit(analysis(), List.of("bread.Bakery", "bread.Market"));
		assertEquals(Set.of("Town", "Village"), impact.starved());
		// Bakery took in Town's 100 EUR and paid Mill 720 EUR: never added (that would count its turnover twice)
		assertEquals(100, impact.flows().moneyInflowLost(), 1e-9);
		assertEquals(720, impact.flows().moneyOutflowLost(), 1e-9);
		// downstream: Mill loses 720 EUR of revenue, Town the bread its 100 EUR paid for (Village's stalls have no value)
		assertEquals(List.of(new ExitImpact.ActorLoss("bread.Mill", 720, 0), new ExitImpact.ActorLoss("bread.Town", 0, 100)),
				impact.flows().downstream());
	}

	@Test
	void cutOffSegmentsAnswersLikeOneExitPerActor() {
		NetworkAnalysis analysis = analysis();
		LayerGraph supply = analysis.supplyGraph();
		Map<Integer, List<String>> cutOff = WhatIfAnalysis.cutOffSegments(supply);
		assertEquals(Map.of(supply.nodeOf("bread.Market"), List.of("Village"), supply.nodeOf("bread.Farm"), List.of("Village"),
				supply.nodeOf("bread.Bakery"), List.of("Town")), cutOff);
	}

	@Test
	void bothAlgorithmsAgreeOnEveryExample() throws IOException {
		int compared = 0;
		for (Path file : Examples.files()) {
			try (ModelSession session = ModelSession.create().open(file)) {
				for (AbstractNetwork network : session.document(file).getNetworks()) {
					NetworkAnalysis analysis = NetworkAnalysis.of(network);
					LayerGraph supply = analysis.supplyGraph();
					Map<Integer, List<String>> all = WhatIfAnalysis.cutOffSegments(supply);
					for (int v = 0; v < supply.graph().nodeCount(); v++) {
						if (supply.node(v).isSegment()) {
							continue;
						}
						Set<String> single = WhatIfAnalysis.exit(analysis, List.of(supply.node(v).name())).starved();
						assertEquals(new LinkedHashSet<>(all.getOrDefault(v, List.of())), single, file + " " + supply.node(v).name());
						compared++;
					}
				}
			}
		}
		assertTrue(compared > 100, compared + " exits compared");
	}
}
