package dev.valuenet.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.metrics.scoring.BrandesBetweenness;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;

/** Each metric check and governance rule kind on a small network whose answer is worked out by hand. */
class MetricValidatorTest {

	/**
	 * Parts and Steel supply Maker, which sells only through Dealer to Buyers; Maker pays both.
	 * Goods graph: Steel -> Parts -> Maker, Steel -> Maker, Maker -> Dealer -> Buyers. Origins of
	 * supply: Steel. Every path from Steel to Buyers passes through Maker and Dealer: both are
	 * single points of failure; Parts is not (Steel -> Maker is a second way).
	 */
	static final String NET = """
			network net {
			  currency EUR
			  layer logistical { goods }
			  actor Steel : supplier
			  actor Parts : supplier
			  actor Maker : firm
			  actor Dealer : partner
			  segment Buyers
			  flow steelToParts : goods Steel -> Parts { 10 units/year lead 20 d }
			  flow partsIn : goods Parts -> Maker { 90 units/year lead 10 d }
			  flow steelIn : goods Steel -> Maker { 10 units/year lead 30 d }
			  flow cars : goods Maker -> Dealer { 50 units/year lead 5 d }
			  flow sold : goods Dealer -> Buyers { 50 units/year lead 2 d }
			  flow payParts : money Maker -> Parts { 1M EUR/year }
			  flow paySteel : money Maker -> Steel { 100k EUR/year }
			  flow paySteelParts : money Parts -> Steel { 100k EUR/year }
			  flow payCars : money Dealer -> Maker { 5M EUR/year }
			  flow paySold : money Buyers -> Dealer { 6M EUR/year }
			%s
			}
			""";

	static List<Problem> check(String extra) {
		ValuenetWorkspace workspace = ValuenetWorkspace.create(MetricValidator::install);
		workspace.loadText("net.vnet", NET.formatted(extra));
		return workspace.validate();
	}

	static List<Problem> withCode(List<Problem> problems, String code) {
		return problems.stream().filter(p -> p.code().equals(code)).toList();
	}

	static String describe(List<Problem> problems) {
		return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

	/**
	 * A rule about an actor or value that is declared nowhere: the unresolved reference is the one
	 * finding; evaluating the rule said "redundancy of null is not defined" and "null receives no
	 * unspecified".
	 */
	@Test
	void aRuleNamingSomethingUnknownIsOnlyAnUnresolvedReference() {
		List<Problem> problems = check("  governance {\n    rule r : redundancy(Nobody) >= 2\n    rule s : share(goods into Ghost from Parts) <= 90%\n  }");
		assertEquals(List.of(IssueCodes.UNRESOLVED, IssueCodes.UNRESOLVED), problems.stream().map(Problem::code)
				.filter(code -> code.equals(IssueCodes.UNRESOLVED) || code.equals(IssueCodes.RULE_NOT_EVALUATED)).toList(), describe(problems));
	}

	@Test
	void singlePointsOfFailureAreTheDominatorsOfTheSegment() {
		List<Problem> problems = check("");
		List<Problem> spof = withCode(problems, IssueCodes.SINGLE_POINT_OF_FAILURE);
		// Steel (line 4) is the only origin of supply, Maker (6) and Dealer (7) are on every path
		assertEquals(List.of(4, 6, 7), spof.stream().map(Problem::line).toList(), describe(problems));
		assertTrue(spof.stream().allMatch(p -> p.severity() == Problem.Severity.WARNING && p.message().contains("Buyers")));
	}

	/**
	 * Betweenness on all layers (n = 5, normalized by (n-1)(n-2) = 12): every shortest path between
	 * {Steel, Parts} and {Dealer, Buyers}, both ways, runs through Maker: 8 of 12 ordered pairs,
	 * 0.67 > 0.5. Dealer is on (Maker, Buyers), (Buyers, Maker) and the four pairs between Buyers and
	 * {Steel, Parts}: 6 / 12 = 0.5, not above the threshold.
	 */
	@Test
	void hubDependency() {
		List<Problem> hub = withCode(check(""), IssueCodes.HUB_DEPENDENCY);
		assertEquals(1, hub.size(), describe(hub));
		assertEquals(6, hub.get(0).line());
		assertTrue(hub.get(0).message().contains("betweenness 0.67"), hub.get(0).message());
	}

	/**
	 * Maker's supply by value: Parts' 90 units are paid 1M EUR, Steel's 10 units 100k EUR (the money paid back
	 * values each): HHI = (1/1.1)^2 + (0.1/1.1)^2 = 0.835 > 0.6, the bound for two suppliers.
	 */
	@Test
	void supplierConcentration() {
		List<Problem> found = withCode(check(""), IssueCodes.SUPPLIER_CONCENTRATION);
		assertEquals(1, found.size(), describe(found));
		assertEquals(6, found.get(0).line());
		assertTrue(found.get(0).message().contains("0.83"), found.get(0).message());
	}

	/** Parts (from Steel only) and Dealer (from Maker only) pass goods on with a single supplier. */
	@Test
	void lowRedundancy() {
		assertEquals(List.of(5, 7), withCode(check(""), IssueCodes.LOW_REDUNDANCY).stream().map(Problem::line).toList());
	}

	@Test
	void governanceRuleViolatedNamesActorValueAndBound() {
		List<Problem> problems = check("""
				  governance {
				    rule fewSuppliers : redundancy(Maker) >= 3 severity error
				    rule fine : redundancy(Maker) >= 2 severity error
				  }
				""");
		List<Problem> violated = withCode(problems, IssueCodes.RULE_VIOLATED);
		assertEquals(1, violated.size(), describe(problems));
		Problem p = violated.get(0);
		assertEquals(Problem.Severity.ERROR, p.severity());
		assertEquals(20, p.line());
		assertTrue(p.message().contains("Maker") && p.message().contains("is 2") && p.message().contains(">= 3"), p.message());
	}

	/**
	 * Betweenness rules that hold are proved from bounds without every actor's search, those that fail
	 * show the exact value (by hand, see {@link #hubDependency()}: Maker 8/12, Dealer 6/12).
	 */
	@Test
	void betweennessRulesHoldOrShowTheExactValue() {
		List<Problem> problems = check("""
				  governance {
				    rule makerBelow : betweenness(Maker) <= 0.7 severity error
				    rule dealerAtBound : betweenness(Dealer) <= 0.5 severity error
				    rule dealerUnder : betweenness(Dealer) < 50% severity error
				    rule makerUnder : betweenness(Maker) < 0.6 severity error
				  }
				""");
		List<Problem> violated = withCode(problems, IssueCodes.RULE_VIOLATED);
		assertEquals(List.of(22, 23), violated.stream().map(Problem::line).toList(), describe(problems));
		assertTrue(violated.get(0).message().contains("Dealer") && violated.get(0).message().contains("50"), violated.get(0).message());
		assertTrue(violated.get(1).message().contains("Maker") && violated.get(1).message().contains("is 0.667"), violated.get(1).message());
	}

	/** Parts' share of goods into Maker: 90 / (90 + 10) = 90%. */
	@Test
	void shareRule() {
		// by value, not by units: Parts' goods are paid 1M EUR, Steel's 100k EUR: 1 / 1.1 = 90.9% (by units it would be 90%)
		assertEquals(1, withCode(check("  governance {\n    rule s : share(goods into Maker from Parts) <= 90% severity warning\n  }"),
				IssueCodes.RULE_VIOLATED).size());
		assertEquals(0, withCode(check("  governance {\n    rule s : share(goods into Maker from Parts) <= 91% severity warning\n  }"),
				IssueCodes.RULE_VIOLATED).size());
	}

	/**
	 * Fastest goods path Steel -> Buyers: Steel -> Maker (30 d) -> Dealer (5) -> Buyers (2) = 37 d
	 * versus Steel -> Parts (20) -> Maker (10) -> Dealer (5) -> Buyers (2) = 37 d: 37 days either
	 * way; a 30-day target is violated, a 40-day one holds.
	 */
	@Test
	void slowPath() {
		List<Problem> slow = withCode(check("  governance {\n    rule fast : path(Steel -> Buyers).lead <= 30 d severity warning\n  }"),
				IssueCodes.SLOW_PATH);
		assertEquals(1, slow.size(), describe(slow));
		assertTrue(slow.get(0).message().contains("37.0 d"), slow.get(0).message());
		assertEquals(0, withCode(check("  governance {\n    rule fast : path(Steel -> Buyers).lead <= 40 d\n  }"), IssueCodes.SLOW_PATH).size());
	}

	@Test
	void everyRuleReportsEachViolatingActor() {
		List<Problem> problems = check("  governance {\n    rule two : every supplier degree.in >= 2 severity info\n  }");
		// in-degree on all layers: Steel receives money from Maker and Parts (2), Parts from Steel and Maker (2)
		assertEquals(0, withCode(problems, IssueCodes.RULE_VIOLATED).size(), describe(problems));
		List<Problem> three = withCode(check("  governance {\n    rule three : every supplier degree.in >= 3 severity info\n  }"),
				IssueCodes.RULE_VIOLATED);
		assertEquals(2, three.size(), describe(three));
	}

	@Test
	void cutoffCountsSegmentsLeftWithoutSupply() {
		assertEquals(1, withCode(check("  governance {\n    rule c : cutoff(Dealer) == 0 severity warning\n  }"), IssueCodes.RULE_VIOLATED).size());
		assertEquals(0, withCode(check("  governance {\n    rule c : cutoff(Parts) == 0 severity warning\n  }"), IssueCodes.RULE_VIOLATED).size());
	}

	@Test
	void scenarioInheritsTheBaseRules() {
		ValuenetWorkspace workspace = ValuenetWorkspace.create(MetricValidator::install);
		workspace.loadText("net.vnet", NET.formatted("  governance {\n    rule twoSources : redundancy(Maker) >= 2\n  }"));
		workspace.loadText("next.vnet", """
				scenario next extends net {
				  remove Parts
				}
				""");
		List<Problem> problems = workspace.validate();
		List<Problem> violated = withCode(problems, IssueCodes.RULE_VIOLATED);
		assertEquals(1, violated.size(), describe(problems));
		assertEquals("next.vnet", violated.get(0).file().toString());
		assertTrue(violated.get(0).message().startsWith("In scenario next"), violated.get(0).message());
	}

	/** A check that records that it ran and may cancel the validation it runs in. */
	private static MetricCheck recording(String code, List<String> ran, Runnable then) {
		return new MetricCheck() {
			@Override
			public String code() {
				return code;
			}

			@Override
			public Cost cost() {
				return Cost.NORMAL;
			}

			@Override
			public void check(CheckContext context) {
				ran.add(code);
				then.run();
			}
		};
	}

	/**
	 * A newer save stops the checks inside the analysis' long algorithms (betweenness polls before
	 * every search), not only between checks; the cancelled value is not cached.
	 */
	@Test
	void aCancelledValidationStopsInsideTheAnalysis() {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		// loaded, not validated: the metric checks of another test's install must not compute it first
		var resource = workspace.loadText("net.vnet", NET.formatted(""));
		AbstractNetwork network = ((Document) resource.getContents().get(0)).getNetworks().get(0);
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		List<String> ran = new java.util.ArrayList<>();
		List<MetricCheck> checks = List.of(recording("hub", ran, () -> {
			analysis.scores(LayerGraph.ALL, "betweenness");
			ran.add("computed");
		}));
		int[] polls = { 0 };
		// not cancelled when runChecks asks before the check, cancelled by the time the algorithm polls
		Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class,
				() -> new MetricValidator().runChecks(checks, null, () -> polls[0]++ > 0, (check, e) -> ran.add("failed " + check.code())));
		assertTrue(new org.eclipse.xtext.service.OperationCanceledManager().isOperationCanceledException(thrown), thrown.toString());
		assertEquals(List.of("hub"), ran);
		assertTrue(polls[0] >= 2, "the algorithm polled the indicator: " + polls[0]);

		double[] expected = new BrandesBetweenness().scores(analysis.graph(LayerGraph.ALL).graph());
		assertArrayEquals(expected, analysis.scores(LayerGraph.ALL, "betweenness"), 1e-12);
		assertTrue(java.util.Arrays.stream(expected).anyMatch(b -> b > 0), "Maker and Dealer lie on paths");
	}

	@Test
	void aCancelledValidationRunsNoFurtherCheck() {
		List<String> ran = new java.util.ArrayList<>();
		boolean[] cancelled = { false };
		List<MetricCheck> checks = List.of(recording("first", ran, () -> cancelled[0] = true), recording("second", ran, () -> {
		}));
		Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class,
				() -> new MetricValidator().runChecks(checks, null, () -> cancelled[0], (check, e) -> ran.add("failed " + check.code())));
		assertTrue(new org.eclipse.xtext.service.OperationCanceledManager().isOperationCanceledException(thrown), thrown.toString());
		assertEquals(List.of("first"), ran, "the second check must not run once the validation is cancelled");

		// not cancelled: every check runs, and a failing one does not stop the next
		ran.clear();
		List<MetricCheck> failing = List.of(recording("broken", ran, () -> {
			throw new IllegalStateException("defect");
		}), recording("next", ran, () -> {
		}));
		new MetricValidator().runChecks(failing, null, () -> false, (check, e) -> ran.add("failed " + check.code()));
		assertEquals(List.of("broken", "failed broken", "next"), ran);
	}

	/** Every flow of NET is valued (each goods flow by the money paid back): no info; one unpaid tip: one info on line 1. */
	@Test
	void unvaluedFlowsAreSaidOncePerFile() {
		assertEquals(List.of(), withCode(check(""), IssueCodes.UNVALUED_FLOWS));
		List<Problem> found = withCode(check("""
				  flow tips : knowledge Steel -> Dealer
				  flow hints : knowledge Dealer -> Maker { worth 5k EUR/year }"""), IssueCodes.UNVALUED_FLOWS);
		assertEquals(1, found.size(), describe(found));
		assertEquals(1, found.get(0).line());
		assertEquals(Problem.Severity.INFO, found.get(0).severity());
		assertTrue(found.get(0).message().startsWith("1 of 12 flows have no value in EUR"), found.get(0).message());
		assertTrue(found.get(0).message().contains("tips (intangible, no worth)"), found.get(0).message());
	}

	/** Fund pays Maker 2M a year and takes nothing in: a loss, unless it declares the subsidy as an incentive. */
	@Test
	void anActorPayingOutMoreThanItTakesInIsLossMaking() {
		String fund = """
				  actor Fund : partner
				  flow grant : money Fund -> Maker { 2M EUR/year }
				  flow report : data Maker -> Fund { yearly }""";
		List<Problem> found = withCode(check(fund), IssueCodes.LOSS_MAKING);
		assertEquals(List.of(19), found.stream().map(Problem::line).toList(), describe(found));
		assertEquals(Problem.Severity.WARNING, found.get(0).severity());
		assertTrue(found.get(0).message().contains("pays out 2M EUR a year and takes in 0 EUR"), found.get(0).message());
		// Buyers (a segment) pays 6M and takes nothing back in money: customers are expected to pay
		assertEquals(List.of(), withCode(check(fund + """

				  governance {
				    incentive seedMoney "Start-up grant" for Maker from Fund
				  }"""), IssueCodes.LOSS_MAKING));
	}

	/** share() of a value object counts that object only, by value: Steel's 10 units are 100% of Maker's Rods. */
	@Test
	void shareOfAValueObjectCountsOnlyThatObject() {
		List<Problem> problems = check("""
				  value Rods : goods unit rod
				  flow rods : Rods Steel -> Maker { 10 rods/year }
				  governance {
				    rule rodShare : share(Rods into Maker from Steel) >= 100% severity warning
				    rule goodsShare : share(goods into Maker from Steel) <= 10% severity warning
				  }""");
		List<Problem> violated = withCode(problems, IssueCodes.RULE_VIOLATED);
		List<Problem> notEvaluated = withCode(problems, IssueCodes.RULE_NOT_EVALUATED);
		// goods into Maker: partsIn 1M (Parts) + steelIn and rods, which share paySteel's 100k: rods are the
		// second tangible flow on the Steel side, so neither is valued and the goods sum cannot run
		assertEquals(List.of(), violated, describe(problems));
		assertEquals(1, notEvaluated.size(), describe(problems));
		assertTrue(notEvaluated.get(0).message().contains("goods"), notEvaluated.get(0).message());
	}
}
