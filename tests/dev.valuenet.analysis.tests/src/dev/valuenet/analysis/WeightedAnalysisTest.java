package dev.valuenet.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;

/**
 * Weighted centralities and the ties layer on a triangle, every expected number worked by hand in
 * the comments (NetworkX semantics: path length 1/weight for betweenness and closeness).
 */
class WeightedAnalysisTest {

	/**
	 * A pays B and B pays C 1M EUR a year each, A pays C 100k; C gives A trust (no value, strength
	 * high). Ties A-B and B-C are strong (3), A-C weak (1).
	 */
	private static final String TRIANGLE = """
			network tri {
			  currency EUR
			  actor A : firm
			  actor B : firm
			  actor C : firm
			  tie ab : contract A -- B { strength high }
			  tie bc : contract B -- C { strength high }
			  tie ac : informal A -- C { strength low }
			  flow p1 : money A -> B { 1M EUR/year }
			  flow p2 : money B -> C { 1M EUR/year }
			  flow p3 : money A -> C { 100k EUR/year }
			  flow t : trust C -> A { strength high }
			}
			""";

	private static Map<String, AbstractNetwork> load(String... namesAndTexts) {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			workspace.loadText(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		workspace.validate();
		Map<String, AbstractNetwork> networks = new HashMap<>();
		for (var resource : workspace.resources().values()) {
			for (AbstractNetwork n : ((dev.valuenet.model.Document) resource.getContents().get(0)).getNetworks()) {
				networks.put(n.getName(), n);
			}
		}
		return networks;
	}

	@Test
	void unweightedShortcutsGoAroundB() {
		// Edges A->B, B->C, A->C, C->A. Shortest paths with an inner node: B->C->A (C) and
		// C->A->B (A); A->C is direct. Raw 1 each, normalised by (n-1)(n-2) = 2: A 0.5, B 0, C 0.5.
		NetworkAnalysis analysis = NetworkAnalysis.of(load("tri.vnet", TRIANGLE).get("tri"));
		assertArrayEquals(new double[] {0.5, 0, 0.5}, analysis.scores(LayerGraph.ALL, "betweenness", Weight.NONE), 1e-15);
	}

	@Test
	void valueWeightRoutesThroughTheBigPayments() {
		// Valued edges A->B 1e6, B->C 1e6, A->C 1e5 (lengths 1e-6, 1e-6, 1e-5); the trust flow has
		// no value: left out (1 flow, 1 edge). A->C runs A->B->C (2e-6 < 1e-5): B raw 1, normalised
		// 0.5; no other pair has a path with an inner node (nothing reaches A).
		NetworkAnalysis analysis = NetworkAnalysis.of(load("tri.vnet", TRIANGLE).get("tri"));
		WeightedGraph weighted = analysis.weighted(LayerGraph.ALL, Weight.VALUE);
		assertEquals(3, weighted.graph().edgeCount());
		assertEquals(1, weighted.leftOut());
		assertEquals(1, weighted.edgesOut());
		assertArrayEquals(new double[] {0, 0.5, 0}, analysis.scores(LayerGraph.ALL, "betweenness", Weight.VALUE), 1e-12);
		// closeness (incoming, 1/weight): C is reached by B at 1e-6 and by A at 2e-6: 2/3e-6 * 2/2
		assertEquals(2 / 3e-6, analysis.scores(LayerGraph.ALL, "closeness", Weight.VALUE)[2], 1e-3);
		List<ActorMetrics> metrics = analysis.actorMetrics(LayerGraph.ALL, Weight.VALUE);
		assertEquals(0.5, metrics.get(1).betweenness(), 1e-12);
		assertEquals(0, analysis.actorMetrics(LayerGraph.ALL).get(1).betweenness(), 1e-15, "unweighted stays unweighted");
	}

	@Test
	void strengthWeightKeepsOnlyStatedStrengths() {
		// Only the trust flow states a strength (high = 3): one edge C->A; the three payments are left out.
		NetworkAnalysis analysis = NetworkAnalysis.of(load("tri.vnet", TRIANGLE).get("tri"));
		WeightedGraph weighted = analysis.weighted(LayerGraph.ALL, Weight.STRENGTH);
		assertEquals(1, weighted.graph().edgeCount());
		assertEquals(3, weighted.graph().weight(0), 0);
		assertEquals(3, weighted.leftOut());
		// PageRank with one edge C->A (weights used as they are): A and B dangle... all are
		// compared with the unweighted run on the same single edge, which must be equal.
		assertArrayEquals(new dev.valuenet.metrics.scoring.PageRank().scores(weighted.graph()),
				analysis.scores(LayerGraph.ALL, "pagerank", Weight.STRENGTH), 1e-15);
	}

	@Test
	void tiesFormAnUndirectedLayerWeighedByStrength() {
		// Ties as an undirected graph: unweighted a triangle, no inner nodes. By strength the
		// lengths are A-B 1/3, B-C 1/3, A-C 1: A-C runs through B (2/3 < 1) in both directions,
		// raw 2, normalised by (n-1)(n-2) = 2: B = 1 (NetworkX on the undirected graph gives the same).
		// Closeness: B is 1/3 from A and C: 2/(2/3) = 3; A is 1/3 from B and 2/3 from C: 2/1 = 2.
		NetworkAnalysis analysis = NetworkAnalysis.of(load("tri.vnet", TRIANGLE).get("tri"));
		assertTrue(analysis.metricLayers().contains(LayerGraph.TIES));
		assertEquals(3, analysis.ties().size());
		assertEquals(6, analysis.graph(LayerGraph.TIES).graph().edgeCount());
		assertArrayEquals(new double[] {0, 0, 0}, analysis.scores(LayerGraph.TIES, "betweenness", Weight.NONE), 1e-15);
		assertArrayEquals(new double[] {0, 1, 0}, analysis.scores(LayerGraph.TIES, "betweenness", Weight.STRENGTH), 1e-12);
		assertArrayEquals(new double[] {2, 3, 2}, analysis.scores(LayerGraph.TIES, "closeness", Weight.STRENGTH), 1e-12);
		// eigenvector of [[0,3,1],[3,0,3],[1,3,0]]: by symmetry x = (1, y, 1) with 3y + 1 = lambda,
		// 6 = lambda y -> y^2 (3) + y - 6 = 0 ... solved: 3y^2 + y - 6 = 0, y = (-1 + sqrt 73) / 6
		double y = (-1 + Math.sqrt(73)) / 6;
		double norm = Math.sqrt(2 + y * y);
		assertArrayEquals(new double[] {1 / norm, y / norm, 1 / norm}, analysis.scores(LayerGraph.TIES, "eigenvector", Weight.STRENGTH),
				1e-9);
		assertThrows(IllegalArgumentException.class, () -> analysis.weighted(LayerGraph.TIES, Weight.VALUE));
	}

	@Test
	void scenarioEditsApplyToTies() {
		Map<String, AbstractNetwork> networks = load("tri.vnet", TRIANGLE, "s.vnet", """
				scenario s extends tri {
				  remove B
				  add actor D : firm
				  add tie ad : alliance A -- D { strength medium }
				}
				""");
		NetworkAnalysis analysis = NetworkAnalysis.of(networks.get("s"));
		List<String> ends = analysis.ties().stream().map(t -> t.a() + "-" + t.b()).toList();
		assertEquals(List.of("tri.A-tri.C", "tri.A-s.D"), ends);
		assertEquals(2.0, analysis.ties().get(1).strength(), 0);
	}
}
