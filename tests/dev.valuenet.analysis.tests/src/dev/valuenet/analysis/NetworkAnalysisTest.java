package dev.valuenet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Actor;
import dev.valuenet.model.ActorKind;
import dev.valuenet.model.Network;
import dev.valuenet.model.ValuenetFactory;

/** Hand-computed values on small models, scenario edits, layers and the cache. */
class NetworkAnalysisTest {

	/**
	 * Maker buys parts from Parts and sells cars to Buyers through Dealer; money flows back.
	 * Supply chain Parts -> Maker -> Dealer -> Buyers; money Buyers -> Dealer -> Maker -> Parts.
	 */
	private static final String CHAIN = """
			network chain {
			  currency EUR
			  rate USD = 0.5 EUR
			  layer logistical { goods }
			  layer financial { money }
			  actor Parts : supplier
			  actor Maker : firm
			  actor Dealer : partner
			  segment Buyers
			  flow parts : goods Parts -> Maker { 1k units/month lead 10 d }
			  flow cars : goods Maker -> Dealer { 500 units/year lead 5 d }
			  flow sold : goods Dealer -> Buyers { 500 units/year lead 2 d }
			  flow payParts : money Maker -> Parts { 100k USD/year }
			  flow payCars : money Dealer -> Maker { 1M EUR/year }
			  exchange sale Dealer <-> Buyers per sale {
			    Dealer -> Buyers : service 1 units
			    Buyers -> Dealer : money 2k EUR
			  } volume 500 sales/year
			}
			""";

	private static Map<String, AbstractNetwork> load(String... namesAndTexts) {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			workspace.loadText(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		workspace.validate();
		Map<String, AbstractNetwork> networks = new java.util.HashMap<>();
		for (var resource : workspace.resources().values()) {
			for (AbstractNetwork n : ((dev.valuenet.model.Document) resource.getContents().get(0)).getNetworks()) {
				networks.put(n.getName(), n);
			}
		}
		return networks;
	}

	@Test
	void flowsAreNormalizedPerYearInTheNetworkCurrency() {
		ResolvedNetwork network = ResolvedNetwork.of(load("chain.vnet", CHAIN).get("chain"));
		Map<String, Double> amounts = new java.util.HashMap<>();
		network.flows().forEach(f -> amounts.put(f.source().getName() == null ? f.from() + "->" + f.to() + ":" + f.kind() : f.source().getName(),
				f.amountPerYear()));
		assertEquals(12_000, amounts.get("parts"), 1e-9); // 1k units/month * 12
		assertEquals(50_000, amounts.get("payParts"), 1e-9); // 100k USD * 0.5 EUR/USD
		assertEquals(1_000_000, amounts.get("chain.Buyers->chain.Dealer:money"), 1e-9); // 2k EUR * 500 sales
		assertEquals(500, amounts.get("chain.Dealer->chain.Buyers:service"), 1e-9);
		assertEquals(7, network.flows().size());
		assertEquals(List.of("logistical", "financial"), network.layers());
	}

	/**
	 * Directed betweenness, normalized by (n-1)(n-2) = 6 for n = 4, on the goods layer (a chain
	 * Parts -> Maker -> Dealer -> Buyers): Maker lies on Parts->Dealer and Parts->Buyers (2 pairs),
	 * Dealer on Parts->Buyers and Maker->Buyers (2 pairs): both 2/6; the ends 0.
	 */
	@Test
	void betweennessOnTheGoodsChain() {
		NetworkAnalysis analysis = NetworkAnalysis.of(load("chain.vnet", CHAIN).get("chain"));
		ActorMetrics maker = analysis.actor("logistical", "chain.Maker");
		assertEquals(2.0 / 6, maker.betweenness(), 1e-12);
		assertEquals(2.0 / 6, analysis.actor("logistical", "chain.Dealer").betweenness(), 1e-12);
		assertEquals(0, analysis.actor("logistical", "chain.Parts").betweenness(), 1e-12);
		assertEquals(1, maker.inDegree());
		assertEquals(1, maker.outDegree());
		// strength sums value, not units: the 12k parts are paid by payParts, 100k USD = 50k EUR (reciprocal money)
		assertEquals(50_000, maker.inStrength(), 1e-9);
		// density of the goods layer: 3 edges / (4 * 3)
		assertEquals(3.0 / 12, analysis.summary("logistical").density(), 1e-12);
		// all layers: goods/service forward, money back: every edge is reciprocated
		assertEquals(1.0, analysis.summary(LayerGraph.ALL).reciprocity(), 1e-12);
		assertTrue(maker.articulationPoint());
		assertFalse(analysis.actor("logistical", "chain.Parts").articulationPoint());
	}

	@Test
	void scenarioEditsAreApplied() {
		Map<String, AbstractNetwork> networks = load("chain.vnet", CHAIN, "next.vnet", """
				scenario next extends chain {
				  replace Dealer with Web : platform
				  remove Parts
				  add actor Cells : supplier
				  add flow cells : goods Cells -> Maker { 300 units/year }
				  change cars { 800 units/year }
				}
				""");
		ResolvedNetwork next = ResolvedNetwork.of(networks.get("next"));
		assertEquals(List.of("chain.Maker", "next.Web", "chain.Buyers", "next.Cells"), List.copyOf(next.participants().keySet()));
		assertTrue(next.flows().stream().noneMatch(f -> f.from().equals("chain.Parts") || f.to().equals("chain.Parts")));
		FlowRecord cars = next.flows().stream().filter(f -> "cars".equals(f.source().getName())).findFirst().orElseThrow();
		assertEquals("next.Web", cars.to());
		assertEquals(800, cars.amountPerYear(), 1e-9);
		assertEquals(5, cars.leadDays(), 1e-9, "unpatched properties are kept");
		assertTrue(next.flows().stream().anyMatch(f -> f.from().equals("next.Cells")));
		// the base is untouched
		assertEquals(4, ResolvedNetwork.of(networks.get("chain")).participants().size());
	}

	/**
	 * A model state whose graph did not change (here: a description) reuses the costly metrics of the
	 * previous one; a changed flow computes them again, and gets the values a fresh computation gives.
	 */
	@Test
	void costlyMetricsAreReusedWhileTheGraphStaysTheSame() {
		Network network = (Network) load("chain.vnet", CHAIN).get("chain");
		NetworkAnalysis first = NetworkAnalysis.of(network);
		double[] betweenness = first.scores("logistical", "betweenness");
		dev.valuenet.metrics.clustering.Partition communities = first.communities(LayerGraph.ALL);
		network.setTitle("the same chain, described");
		NetworkAnalysis described = NetworkAnalysis.of(network);
		assertNotSame(first, described, "a new model state");
		assertSame(betweenness, described.scores("logistical", "betweenness"));
		assertSame(communities, described.communities(LayerGraph.ALL));

		Network changed = (Network) load("chain.vnet", CHAIN.replace("flow sold : goods Dealer -> Buyers", "flow sold : goods Maker -> Buyers"))
				.get("chain");
		double[] recomputed = NetworkAnalysis.of(changed).scores("logistical", "betweenness");
		assertNotSame(betweenness, recomputed);
		// Parts -> Maker -> {Dealer, Buyers}: Maker lies on Parts->Dealer and Parts->Buyers, 2 of (4-1)(4-2) = 6 pairs
		LayerGraph goods = NetworkAnalysis.of(changed).graph("logistical");
		assertEquals(2.0 / 6, recomputed[goods.nodeOf("chain.Maker")], 1e-12);
		assertEquals(0, recomputed[goods.nodeOf("chain.Dealer")], 1e-12);
	}

	@Test
	void resultsAreCachedUntilTheModelChanges() {
		Network network = (Network) load("chain.vnet", CHAIN).get("chain");
		NetworkAnalysis first = NetworkAnalysis.of(network);
		assertSame(first, NetworkAnalysis.of(network));
		Actor extra = ValuenetFactory.eINSTANCE.createActor();
		extra.setName("Extra");
		extra.setKind(ActorKind.FIRM);
		network.getElements().add(extra);
		NetworkAnalysis second = NetworkAnalysis.of(network);
		assertNotSame(first, second);
		assertEquals(5, second.network().participants().size());
	}

	/**
	 * A network split over two files has a declaration per file; both files' checks must get the one
	 * analysis of the whole network (it used to be computed once per file), and a change to either
	 * file gives a new one.
	 */
	@Test
	void filesOfASplitNetworkShareOneAnalysisUntilOneOfThemChanges() {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		workspace.loadText("a.vnet", "network split {\n  actor Maker : firm\n  actor Parts : supplier\n"
				+ "  flow parts : service Parts -> Maker\n}\n");
		workspace.loadText("b.vnet", "network split {\n  actor Dealer : partner\n  flow cars : service Maker -> Dealer\n}\n");
		workspace.validate();
		List<Network> parts = workspace.resources().values().stream()
				.map(r -> (Network) ((dev.valuenet.model.Document) r.getContents().get(0)).getNetworks().get(0)).toList();
		assertNotSame(parts.get(0), parts.get(1));
		NetworkAnalysis first = NetworkAnalysis.of(parts.get(0));
		assertSame(first, NetworkAnalysis.of(parts.get(1)));
		assertEquals(3, first.network().participants().size());
		assertEquals(2, first.network().flows().size());

		Actor extra = ValuenetFactory.eINSTANCE.createActor();
		extra.setName("Extra");
		extra.setKind(ActorKind.FIRM);
		parts.get(1).getElements().add(extra);
		NetworkAnalysis second = NetworkAnalysis.of(parts.get(0));
		assertNotSame(first, second);
		assertEquals(4, second.network().participants().size());
		assertSame(second, NetworkAnalysis.of(parts.get(1)));
	}

	@Test
	void betweennessIsExactUpToTheDocumentedSizeAndSampledWithItsBoundAbove() {
		assertEquals(null, BetweennessSample.of(BetweennessSample.EXACT_MAX_NODES));
		BetweennessSample sample = BetweennessSample.of(50_000);
		// k = ceil((n/(n-1))^2 ln(2n/delta) / (2 eps^2)) = ceil(1.00004 * ln(1e7) / 0.005) = 3224
		assertEquals(3224, sample.sources());
		assertEquals(0.05, sample.epsilon());
		assertEquals(0.01, sample.delta());
		assertEquals("betweenness estimated from 3,224 of 50,000 actors: every value within ±0.05 with probability 99%;"
				+ " --exact for exact values", sample.describe());
		try {
			BetweennessSample.setExact(true);
			assertEquals(null, BetweennessSample.of(50_000));
		} finally {
			BetweennessSample.setExact(false);
		}
	}

	@Test
	void emptyAndSingleActorNetworksHaveDefinedResults() {
		NetworkAnalysis single = NetworkAnalysis.of(load("one.vnet", "network one {\n  actor A : firm\n}\n").get("one"));
		ActorMetrics a = single.actorMetrics(LayerGraph.ALL).get(0);
		assertEquals(0, a.betweenness());
		assertEquals(0, single.summary(LayerGraph.ALL).density());
		NetworkAnalysis empty = NetworkAnalysis.of(load("none.vnet", "network none {\n}\n").get("none"));
		assertEquals(0, empty.actorMetrics(LayerGraph.ALL).size());
		assertEquals(0, empty.summary(LayerGraph.ALL).actors());
	}

	@Test
	void unknownLayerIsRejectedWithTheKnownOnes() {
		NetworkAnalysis analysis = NetworkAnalysis.of(load("chain.vnet", CHAIN).get("chain"));
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> analysis.graph("social"));
		assertTrue(e.getMessage().contains("logistical"), e.getMessage());
	}

	/** A flow to an actor of an imported network is part of the analysis (it used to vanish from metrics). */
	@Test
	void aFlowToAnImportedActorTakesThatActorIntoTheNetwork() {
		Map<String, AbstractNetwork> networks = load("partners.vnet", """
				network partners {
				  actor Ext : supplier
				}
				""", "main.vnet", """
				import partners.*
				network main {
				  currency EUR
				  actor A : firm
				  actor B : firm
				  flow parts : goods Ext -> A { 10 units/year }
				  flow pay : money A -> Ext { 1k EUR/year }
				  flow resale : goods A -> B { 10 units/year }
				}
				""");
		NetworkAnalysis analysis = NetworkAnalysis.of(networks.get("main"));
		assertEquals(List.of("main.A", "main.B", "partners.Ext"), List.copyOf(analysis.network().participants().keySet()));
		assertEquals(3, analysis.summary(LayerGraph.ALL).flows());
		ActorMetrics a = analysis.actor(LayerGraph.ALL, "main.A");
		assertEquals(1, a.inDegree());
		assertEquals(1_000, a.inStrength(), 1e-9); // the parts, valued by the 1k EUR paid for them
	}
}
