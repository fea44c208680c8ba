package dev.valuenet.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.Models;
import dev.valuenet.dsl.load.Problem;

/**
 * Each structural check, on a minimal clean network with one injected defect: the issue code, its
 * severity and the line it is reported on.
 */
class ValuenetValidatorTest {

	/** A clean network; each test appends or replaces one line. Line numbers are 1-based. */
	private static final String BASE = """
			network test.net {
			  currency EUR
			  actor Maker : firm
			  actor Parts : supplier
			  segment Buyers
			  tie supply : contract Maker -- Parts
			  flow parts : goods Parts -> Maker { 10k units/year via supply }
			  flow pay : money Maker -> Parts { 1M EUR/year via supply }
			  flow cars : goods Maker -> Buyers { 5k units/year }
			  flow sales : money Buyers -> Maker { 100M EUR/year }
			%s
			}
			""";

	private static List<Problem> check(String extraLines) {
		return Models.problems(BASE.formatted(extraLines));
	}

	private static void assertOnly(List<Problem> problems, String code, Problem.Severity severity, int line) {
		assertEquals(1, problems.size(), () -> "expected exactly one " + code + " but got:\n" + describe(problems));
		Problem problem = problems.get(0);
		assertEquals(code, problem.code(), () -> describe(problems));
		assertEquals(severity, problem.severity(), () -> describe(problems));
		assertEquals(line, problem.line(), () -> describe(problems));
		assertTrue(problem.message().length() > 20, "messages say what to do: " + problem.message());
	}

	private static String describe(List<Problem> problems) {
		return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

	@Test
	void baseIsClean() {
		assertEquals(List.of(), check(""));
	}

	/** Imports of a network or an element that no file declares: one error each, on its line. */
	@Test
	void importOfSomethingUndeclared() {
		List<Problem> problems = Models.problems("import nothing.here.*\nimport test.net.Ghost\nimport test.net.Maker\n" + BASE.formatted(""));
		assertEquals(List.of(IssueCodes.UNRESOLVED, IssueCodes.UNRESOLVED), problems.stream().map(Problem::code).toList(), () -> describe(problems));
		assertEquals(List.of(1, 2), problems.stream().map(Problem::line).toList(), () -> describe(problems));
		assertTrue(problems.get(0).message().startsWith("Nothing named 'nothing.here' is declared"), () -> describe(problems));
	}

	/** Two files of one network with different currencies: an error in each, whichever file a command is given. */
	@Test
	void twoCurrenciesInOneNetwork() {
		var workspace = Models.load(java.util.Map.of(
				"a.vnet", "network c.n {\n  currency EUR\n  actor A : firm\n  actor B : firm\n  flow g : goods A -> B\n  flow p : money B -> A { 100 EUR/year }\n}\n",
				"b.vnet", "network c.n {\n  currency USD\n  actor C : firm\n  flow g2 : goods A -> C\n  flow p2 : money C -> A { 100 USD/year }\n}\n"));
		List<Problem> currency = workspace.validate().stream().filter(p -> p.message().contains("a network has one currency")).toList();
		assertEquals(List.of("a.vnet:2", "b.vnet:2"), currency.stream().map(p -> p.file().getFileName() + ":" + p.line()).sorted().toList(),
				() -> describe(currency));
	}

	private static List<Problem> syntaxErrors(String text) {
		List<Problem> errors = Models.problems(text).stream().filter(p -> p.code().equals(IssueCodes.SYNTAX)).toList();
		assertTrue(!errors.isEmpty(), "expected a syntax error in " + text);
		return errors;
	}

	/** Syntax errors in words, without ANTLR's jargon ("no viable alternative", "expecting EOF", RULE_ID). */
	@Test
	void syntaxErrorsSayWhatToWrite() {
		List<Problem> nan = syntaxErrors("network a.b {\n  actor A : firm\n  actor B : firm\n  flow g : goods A -> B { NaN units/year }\n}\n");
		assertTrue(nan.get(0).message().startsWith("'NaN' is not a number of the language"), () -> describe(nan));
		List<Problem> extra = syntaxErrors("network a.b {\n  actor A : firm\n}\n}\n");
		assertEquals(4, extra.get(0).line(), () -> describe(extra));
		assertTrue(extra.get(0).message().startsWith("Unexpected '}' after the end of the last declaration"), () -> describe(extra));
		List<Problem> unclosed = syntaxErrors("network a.b {\n  actor A : firm\n");
		assertTrue(unclosed.get(0).message().startsWith("The file ends before '}'"), () -> describe(unclosed));
		for (List<Problem> problems : List.of(nan, extra, unclosed)) {
			assertTrue(problems.stream().noneMatch(p -> p.message().matches("(?s).*(viable|expecting|EOF|RULE_).*")), () -> describe(problems));
		}
	}

	/** An actor declared twice, or whose name did not parse, is not also "an actor without flows" (nor 'null'). */
	@Test
	void noIsolatedActorFindingForDuplicatesOrUnparsedNames() {
		List<Problem> duplicate = check("  actor Maker : supplier");
		assertEquals(List.of(IssueCodes.DUPLICATE_NAME), duplicate.stream().map(Problem::code).toList(), () -> describe(duplicate));
		List<Problem> keyword = Models.problems("network a.b {\n  actor A : firm\n  actor actor : firm\n  actor B : firm\n  flow f : goods A -> B\n}\n");
		assertTrue(keyword.stream().noneMatch(p -> p.message().contains("null") || p.code().equals(IssueCodes.ISOLATED_ACTOR)), () -> describe(keyword));
		assertTrue(keyword.stream().allMatch(p -> Character.isUpperCase(p.message().charAt(0)) || p.message().startsWith("'")), () -> describe(keyword));
	}

	/** An exchange of an actor with itself: its two self-flow errors, not a failed check (the parties' set had a duplicate). */
	@Test
	void exchangeWithItself() {
		List<Problem> problems = check("  exchange e Maker <-> Maker { Maker -> Maker : goods 1 units }");
		assertEquals(List.of(IssueCodes.SELF_FLOW, IssueCodes.SELF_FLOW), problems.stream().map(Problem::code).toList(),
				() -> describe(problems));
		assertTrue(problems.stream().allMatch(p -> p.line() == 11), () -> describe(problems));
	}

	@Test
	void duplicateName() {
		assertOnly(check("  tie supply : alliance Maker -- Buyers"), IssueCodes.DUPLICATE_NAME, Problem.Severity.ERROR, 11);
	}

	@Test
	void duplicateNameAcrossFilesOfOneNetwork() {
		List<Problem> problems = Models.problems("a.vnet", BASE.formatted(""), "b.vnet", """
				network test.net {
				  actor Maker : firm
				}
				""");
		assertTrue(problems.stream().anyMatch(p -> p.code().equals(IssueCodes.DUPLICATE_NAME) && p.file().toString().equals("b.vnet")
				&& p.line() == 2), () -> describe(problems));
	}

	@Test
	void unresolvedReference() {
		assertOnly(check("  flow x : data Maker -> Nobody { weekly }"), IssueCodes.UNRESOLVED, Problem.Severity.ERROR, 11);
	}

	@Test
	void selfFlow() {
		assertOnly(check("  flow x : data Maker -> Maker"), IssueCodes.SELF_FLOW, Problem.Severity.ERROR, 11);
	}

	@Test
	void moneyUnitOnTrust() {
		assertOnly(check("  flow x : trust Buyers -> Maker { 5 EUR/year }"), IssueCodes.MONEY_ON_INTANGIBLE, Problem.Severity.ERROR, 11);
	}

	@Test
	void moneyFlowWithoutCurrency() {
		assertOnly(check("  flow x : money Buyers -> Maker { 5 units/year }"), IssueCodes.UNIT_MISMATCH, Problem.Severity.ERROR, 11);
	}

	@Test
	void frequencyGivenTwice() {
		assertOnly(check("  flow x : data Maker -> Parts { 5 units/year weekly }"), IssueCodes.UNIT_MISMATCH, Problem.Severity.ERROR, 11);
	}

	@Test
	void unknownDurationUnit() {
		assertOnly(check("  flow x : data Maker -> Parts { lead 3 fortnights }"), IssueCodes.UNIT_MISMATCH, Problem.Severity.ERROR, 11);
	}

	@Test
	void foreignCurrencyWithoutRate() {
		assertOnly(check("  flow x : money Maker -> Parts { 5k USD/year }"), IssueCodes.CURRENCY_WITHOUT_RATE, Problem.Severity.ERROR, 11);
	}

	@Test
	void foreignCurrencyWithRateIsFine() {
		String text = BASE.formatted("  flow x : money Maker -> Parts { 5k USD/year }").replace("currency EUR",
				"currency EUR\n  rate USD = 0.92 EUR");
		assertEquals(List.of(), Models.problems(text));
	}

	@Test
	void twoCurrenciesWithoutNetworkCurrency() {
		String text = BASE.formatted("").replace("  currency EUR\n", "");
		List<Problem> problems = Models.problems(text);
		assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.code().equals(IssueCodes.CURRENCY_WITHOUT_RATE)),
				() -> describe(problems));
	}

	@Test
	void tieBetweenOtherActors() {
		assertOnly(check("  flow x : data Maker -> Buyers { via supply }"), IssueCodes.TIE_MISMATCH, Problem.Severity.ERROR, 11);
	}

	@Test
	void isolatedActor() {
		assertOnly(check("  actor Idle : partner"), IssueCodes.ISOLATED_ACTOR, Problem.Severity.WARNING, 11);
	}

	@Test
	void moneyWithNothingInReturn() {
		assertOnly(check("  actor Bank : firm\n  flow loan : money Bank -> Maker { 2M EUR/year }"), IssueCodes.MISSING_RECIPROCITY,
				Problem.Severity.WARNING, 12);
	}

	@Test
	void exchangeWithMoneyOnly() {
		assertOnly(check("  exchange sale Maker <-> Buyers {\n    Buyers -> Maker : money 5 EUR\n  }"),
				IssueCodes.MISSING_RECIPROCITY, Problem.Severity.WARNING, 12);
	}

	@Test
	void perSaleWithoutVolume() {
		assertOnly(check("  exchange sale Maker <-> Buyers per sale {\n    Maker -> Buyers : goods 1 car\n"
				+ "    Buyers -> Maker : money 20k EUR\n  }"), IssueCodes.PER_SALE_WITHOUT_VOLUME, Problem.Severity.ERROR, 11);
	}

	@Test
	void perUnitOutsideExchange() {
		assertOnly(check("  flow x : goods Parts -> Maker { 5 units/sale }"), IssueCodes.PER_SALE_WITHOUT_VOLUME, Problem.Severity.ERROR, 11);
	}

	@Test
	void negativeMagnitude() {
		assertOnly(check("  flow x : goods Parts -> Maker { -5 units/year }"), IssueCodes.INVALID_VALUE, Problem.Severity.ERROR, 11);
	}

	@Test
	void unknownMetric() {
		assertOnly(check("  governance {\n    rule r : popularity(Maker) <= 3\n  }"), IssueCodes.UNKNOWN_METRIC, Problem.Severity.ERROR, 12);
	}

	@Test
	void syntaxError() {
		assertOnly(check("  flow x : goods Parts => Maker"), IssueCodes.SYNTAX, Problem.Severity.ERROR, 11);
	}

	@Test
	void scenarioRemovesUnknownActor() {
		List<Problem> problems = Models.problems("base.vnet", BASE.formatted(""), "scenario.vnet", """
				scenario test.next extends test.net {
				  remove Ghost
				}
				""");
		assertOnly(problems, IssueCodes.SCENARIO_UNKNOWN_TARGET, Problem.Severity.ERROR, 2);
	}

	@Test
	void scenarioRemovesWhatItAddedItself() {
		List<Problem> problems = Models.problems("base.vnet", BASE.formatted(""), "scenario.vnet", """
				scenario test.next extends test.net {
				  add actor Fresh : supplier
				  add flow f : goods Fresh -> Maker { 5 units/year }
				  remove Fresh
				}
				""");
		assertOnly(problems, IssueCodes.SCENARIO_UNKNOWN_TARGET, Problem.Severity.ERROR, 4);
	}

	@Test
	void scenarioSeesBaseNamesAcrossFiles() {
		List<Problem> problems = Models.problems("base.vnet", BASE.formatted(""), "scenario.vnet", """
				scenario test.next "Parts made in-house" extends test.net {
				  remove Parts
				  add actor Cells : supplier
				  add flow cells : goods Cells -> Maker { 5k units/year lead 30 d }
				  replace Buyers with Fleet : customer
				  change pay { 2M EUR/year }
				}
				""");
		assertEquals(List.of(), problems);
	}

	@Test
	void scenarioExtendingItself() {
		List<Problem> problems = Models.problems("""
				scenario a.one extends a.two {
				}
				scenario a.two extends a.one {
				}
				""");
		assertEquals(2, problems.size(), () -> describe(problems));
		assertTrue(problems.stream().allMatch(p -> p.code().equals(IssueCodes.EXTENDS_CYCLE)), () -> describe(problems));
	}

	@Test
	void scenarioOfAScenarioSeesTheRootNetwork() {
		List<Problem> problems = Models.problems("base.vnet", BASE.formatted(""), "one.vnet", """
				scenario test.one extends test.net {
				  add actor Cells : supplier
				  add flow cells : goods Cells -> Maker { 5 units/year }
				}
				""", "two.vnet", """
				scenario test.two extends test.one {
				  change pay { 2M EUR/year }
				  remove Cells
				}
				""");
		assertEquals(List.of(), problems);
	}

	// ---- price and worth (docs/language.md, Value) ----

	@Test
	void priceAndWorthInTheNetworkCurrencyAreClean() {
		assertEquals(List.of(), check("""
				  value Steel : goods unit t price 780 EUR
				  flow steel : Steel Parts -> Maker { 3k t/year }
				  flow kit : goods Parts -> Maker { 12 units/year price 5 EUR/unit }
				  flow tips : knowledge Parts -> Maker { worth 40k EUR/year }"""));
	}

	@Test
	void aPriceIsMoney() {
		assertOnly(check("  flow kit : goods Parts -> Maker { 12 units/year price 5 kg/unit }"), IssueCodes.UNIT_MISMATCH,
				Problem.Severity.ERROR, 11);
	}

	@Test
	void aPriceInAForeignCurrencyNeedsARate() {
		assertOnly(check("  flow kit : goods Parts -> Maker { 12 units/year price 5 USD/unit }"), IssueCodes.CURRENCY_WITHOUT_RATE,
				Problem.Severity.ERROR, 11);
	}

	@Test
	void aPriceIsNotNegative() {
		assertOnly(check("  flow kit : goods Parts -> Maker { 12 units/year price -5 EUR/unit }"), IssueCodes.INVALID_VALUE,
				Problem.Severity.ERROR, 11);
	}

	@Test
	void aPricePerAnotherUnitThanTheMagnitudeCannotValueTheFlow() {
		assertOnly(check("  flow kit : goods Parts -> Maker { 12 kg/year price 5 EUR/t }"), IssueCodes.UNIT_MISMATCH,
				Problem.Severity.WARNING, 11);
	}

	@Test
	void anObjectPricePerAnotherUnitThanTheFlowsIsReportedOnTheFlow() {
		List<Problem> problems = check("""
				  value Steel : goods unit t price 780 EUR
				  flow steel : Steel Parts -> Maker { 3k kg/year }""");
		assertOnly(problems, IssueCodes.UNIT_MISMATCH, Problem.Severity.WARNING, 12);
	}

	@Test
	void aMoneyFlowIsValuedByItsAmount() {
		assertOnly(check("  flow fee : money Maker -> Parts { 1k EUR/year price 2 EUR/unit }"), IssueCodes.UNIT_MISMATCH,
				Problem.Severity.ERROR, 11);
	}

	@Test
	void aWorthIsPerPeriodOrPerOccurrence() {
		assertOnly(check("  flow tips : knowledge Parts -> Maker { worth 40 EUR/unit }"), IssueCodes.UNIT_MISMATCH,
				Problem.Severity.ERROR, 11);
	}

	@Test
	void aScenarioMayChangeAPrice() {
		List<Problem> problems = Models.problems("a.vnet", BASE.formatted("  value Steel : goods unit t price 780 EUR\n"
				+ "  flow steel : Steel Parts -> Maker { 3k t/year }"), "s.vnet", """
				scenario cheap extends test.net {
				  change steel { price 600 EUR/t }
				}
				""");
		assertEquals(List.of(), problems);
	}

	// ---- views ------------------------------------------------------------------------------

	@Test
	void cleanViewWithEveryStatement() {
		assertEquals(List.of(), check("""
				  layer cash { money }
				  view supplySide "Supply side" {
				    layer cash
				    include supplier, role Tier, "Ma*"
				    exclude "Test?", intangible
				    focus Maker hops 2
				    size betweenness
				    colour community
				    chart map
				  }
				  role Tier : supplier"""));
	}

	@Test
	void viewWithUnknownLayer() {
		assertOnly(check("  view v {\n    layer nowhere\n  }"), IssueCodes.UNRESOLVED, Problem.Severity.ERROR, 12);
	}

	@Test
	void viewFocusOnUnknownActor() {
		assertOnly(check("  view v {\n    focus Nobody hops 2\n  }"), IssueCodes.UNRESOLVED, Problem.Severity.ERROR, 12);
	}

	@Test
	void viewSizedByUnknownMetric() {
		assertOnly(check("  view v {\n    size popularity\n  }"), IssueCodes.UNKNOWN_METRIC, Problem.Severity.ERROR, 12);
	}

	@Test
	void viewColouredByUnknownMetric() {
		assertOnly(check("  view v {\n    colour revenue\n  }"), IssueCodes.UNKNOWN_METRIC, Problem.Severity.ERROR, 12);
	}

	@Test
	void viewWithUnknownChart() {
		assertOnly(check("  view v {\n    chart pie\n  }"), IssueCodes.UNKNOWN_CHART, Problem.Severity.ERROR, 12);
	}

	@Test
	void viewWithBadHops() {
		for (String hops : List.of("0", "-1", "1.5")) {
			assertOnly(check("  view v {\n    focus Maker hops " + hops + "\n  }"), IssueCodes.INVALID_VALUE, Problem.Severity.ERROR, 12);
		}
	}

	@Test
	void viewIncludingIntangible() {
		assertOnly(check("  view v {\n    include supplier, intangible\n  }"), IssueCodes.INVALID_VALUE, Problem.Severity.ERROR, 12);
	}

	@Test
	void viewSettingItsChartTwice() {
		assertOnly(check("  view v {\n    chart map\n    chart sankey\n  }"), IssueCodes.INVALID_VALUE, Problem.Severity.ERROR, 12);
	}

	@Test
	void viewNameIsANameOfTheNetwork() {
		assertOnly(check("  view Maker {\n  }"), IssueCodes.DUPLICATE_NAME, Problem.Severity.ERROR, 11);
	}
}
