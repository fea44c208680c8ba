package dev.valuenet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.dsl.validation.IssueCodes;

/**
 * Governance that acts (visibility, incentive, escalation, expired ties) and accepted findings, on
 * hand-written models whose findings are worked out in the comments.
 */
class GovernanceChecksTest {

	/**
	 * Bank sends its ledger to Shop over the banking tie (ended 2020); Shop hands parcels to Courier over
	 * a current tie; Courier delivers to Buyers; Auditor advises Bank.
	 */
	static final String GOV = """
			network gov {
			  currency EUR
			  actor Bank : firm
			  actor Shop : firm
			  actor Courier : partner
			  actor Auditor : regulator
			  segment Buyers
			  tie banking : contract Bank -- Shop { since 2015 until 2020 }
			  tie delivery : contract Shop -- Courier { since 2018 until 2040 }
			  flow ledger : data Bank -> Shop { weekly via banking }
			  flow parcels : goods Shop -> Courier { 100 units/year via delivery }
			  flow delivered : goods Courier -> Buyers { 100 units/year }
			  flow pay : money Buyers -> Shop { 1M EUR/year }
			  flow fees : money Shop -> Bank { 10k EUR/year }
			  flow courierPay : money Shop -> Courier { 50k EUR/year }
			  flow audit : knowledge Auditor -> Bank { yearly }
			  governance {
			    visibility ledger confidential to Bank, Shop
			    visibility parcels confidential to Shop
			    incentive loyalty "Cashback for regular customers" for Buyers from Shop
			    incentive feeDiscount "Discount on fees" for Shop from Bank
			    escalation fraud Bank -> Auditor "Suspected fraud"
			    escalation lost Buyers -> Bank "Lost parcels"
			%s
			  }
			}
			""";

	@AfterEach
	void systemClock() {
		MetricValidator.setClock(null);
	}

	static List<Problem> check(String extra) {
		ValuenetWorkspace workspace = ValuenetWorkspace.create(MetricValidator::install);
		workspace.loadText("gov.vnet", GOV.formatted(extra));
		return workspace.validate();
	}

	static void year(int year) {
		MetricValidator.setClock(Clock.fixed(LocalDate.of(year, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

	static List<Integer> lines(List<Problem> problems, String code) {
		return problems.stream().filter(p -> p.code().equals(code)).map(Problem::line).toList();
	}

	static String describe(List<Problem> problems) {
		return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

	/** ledger stays between Bank and Shop (its audience); parcels reach Courier, outside Shop's audience. */
	@Test
	void confidentialFlowReachingAnOutsider() {
		List<Problem> problems = check("");
		assertEquals(List.of(11), lines(problems, IssueCodes.VISIBILITY_BREACH), describe(problems));
		Problem breach = problems.stream().filter(p -> p.code().equals(IssueCodes.VISIBILITY_BREACH)).findFirst().orElseThrow();
		assertEquals(Problem.Severity.WARNING, breach.severity());
		assertTrue(breach.message().contains("Courier"), breach.message());
	}

	/** A confidential value reaches an outsider through the tie it travels on, though both ends are inside. */
	@Test
	void confidentialFlowViaATieWithAnOutsider() {
		ValuenetWorkspace workspace = ValuenetWorkspace.create(MetricValidator::install);
		workspace.loadText("tie.vnet", """
				network tieNet {
				  actor A : firm
				  actor B : firm
				  actor C : partner
				  tie shared : contract A -- C
				  flow secret : data A -> B { weekly via shared }
				  flow back : data B -> A { weekly }
				  flow other : data C -> A { weekly }
				  governance {
				    visibility secret confidential to A, B
				  }
				}
				""");
		List<Problem> problems = workspace.validate();
		assertEquals(List.of(6), lines(problems, IssueCodes.VISIBILITY_BREACH), describe(problems));
	}

	/** loyalty: Shop gives Buyers nothing (Courier delivers); feeDiscount: Bank -> Shop has the ledger flow. */
	@Test
	void incentiveWithoutFlowFromPayerToBeneficiary() {
		List<Problem> problems = check("");
		assertEquals(List.of(20), lines(problems, IssueCodes.INCENTIVE_WITHOUT_FLOW), describe(problems));
	}

	/** fraud: Auditor -> Bank flows (either direction counts); lost: Buyers and Bank share nothing. */
	@Test
	void escalationWithoutTieOrFlow() {
		List<Problem> problems = check("");
		assertEquals(List.of(23), lines(problems, IssueCodes.ESCALATION_WITHOUT_CHANNEL), describe(problems));
	}

	/** banking ended in 2020 and still carries the ledger; delivery runs until 2040; "now" is injected. */
	@Test
	void expiredTieStillCarryingFlows() {
		year(2026);
		List<Problem> problems = check("");
		assertEquals(List.of(8), lines(problems, IssueCodes.EXPIRED_TIE), describe(problems));
		year(2020); // a tie ending this year is still current
		assertEquals(List.of(), lines(check(""), IssueCodes.EXPIRED_TIE));
	}

	@Test
	void acceptCoversTheNamedFindingOnly() {
		year(2026);
		List<Problem> problems = check("""
				    accept vnet.visibility-breach on parcels "Courier signs an NDA"
				    accept vnet.expired-tie on banking "Renewal under negotiation"
				""");
		assertEquals(List.of(), lines(problems, IssueCodes.VISIBILITY_BREACH), describe(problems));
		assertEquals(List.of(), lines(problems, IssueCodes.EXPIRED_TIE), describe(problems));
		assertEquals(List.of(20), lines(problems, IssueCodes.INCENTIVE_WITHOUT_FLOW), describe(problems));
		assertEquals(List.of(), lines(problems, IssueCodes.UNUSED_ACCEPT), describe(problems));
	}

	@Test
	void acceptedFindingsAreCounted() {
		ValuenetWorkspace workspace = ValuenetWorkspace.create(MetricValidator::install);
		workspace.loadText("gov.vnet", GOV.formatted("    accept vnet.incentive-without-flow \"Cashback is paid by the card scheme\""));
		List<Problem> problems = workspace.validate();
		assertEquals(List.of(), lines(problems, IssueCodes.INCENTIVE_WITHOUT_FLOW), describe(problems));
		assertEquals(List.of(20), workspace.accepted().stream().map(Problem::line).toList());
	}

	@Test
	void acceptThatCoversNothingIsAWarning() {
		List<Problem> problems = check("    accept vnet.escalation-without-channel on fraud \"reviewed\"");
		assertEquals(List.of(23), lines(problems, IssueCodes.ESCALATION_WITHOUT_CHANNEL), describe(problems));
		List<Problem> unused = problems.stream().filter(p -> p.code().equals(IssueCodes.UNUSED_ACCEPT)).toList();
		assertEquals(1, unused.size(), describe(problems));
		assertEquals(24, unused.get(0).line());
		assertEquals(Problem.Severity.WARNING, unused.get(0).severity());
	}

	@Test
	void acceptOfAnUnknownCodeOrTargetIsAnError() {
		List<Problem> unknownCode = check("    accept vnet.no-such-finding on Bank \"typo\"");
		assertEquals(List.of(24), lines(unknownCode, IssueCodes.UNKNOWN_ISSUE_CODE), describe(unknownCode));
		assertTrue(unknownCode.stream().allMatch(p -> !p.code().equals(IssueCodes.UNKNOWN_ISSUE_CODE) || p.severity() == Problem.Severity.ERROR));
		List<Problem> unknownTarget = check("    accept vnet.expired-tie on Nowhere \"typo\"");
		assertEquals(List.of(24), lines(unknownTarget, IssueCodes.UNRESOLVED), describe(unknownTarget));
		List<Problem> notAcceptable = check("    accept vnet.syntax \"no\"");
		assertEquals(List.of(24), lines(notAcceptable, IssueCodes.UNKNOWN_ISSUE_CODE), describe(notAcceptable));
	}

	/**
	 * A scenario holds governance and a partner canvas on top of its base's: its own rule is evaluated
	 * on it, the base's accept covers the scenario's inherited finding, and its own accept covers a
	 * finding of its own.
	 */
	@Test
	void scenarioWithGovernanceAndPartnerCanvas() {
		year(2026);
		ValuenetWorkspace workspace = ValuenetWorkspace.create(MetricValidator::install);
		workspace.loadText("gov.vnet", GOV.formatted("    accept vnet.expired-tie on banking \"Renewal under negotiation\""));
		workspace.loadText("next.vnet", """
				scenario next extends gov {
				  add actor Locker : partner
				  add flow pickup : goods Courier -> Locker { 100 units/year }
				  add flow lockerPay : money Courier -> Locker { 5k EUR/year }
				  governance {
				    rule lockers : redundancy(Locker) >= 2 severity warning
				    accept vnet.escalation-without-channel on lost "Buyers escalate through the shop's hotline"
				  }
				  partner Locker {
				    offers "Pick-up points"
				    desires "Parcel volume"
				    hypothesis lockerShare "Lockers take 20% of deliveries" status untested
				  }
				}
				""");
		List<Problem> problems = workspace.validate();
		List<Problem> next = problems.stream().filter(p -> p.file().toString().equals("next.vnet")).toList();
		assertEquals(List.of(6), lines(next, IssueCodes.RULE_VIOLATED), describe(problems));
		assertEquals(List.of(), lines(next, IssueCodes.EXPIRED_TIE), describe(problems));
		assertEquals(List.of(), lines(next, IssueCodes.ESCALATION_WITHOUT_CHANNEL), describe(problems));
		assertEquals(List.of(), lines(next, IssueCodes.SYNTAX), describe(problems));
		assertEquals(List.of(), lines(next, IssueCodes.UNUSED_ACCEPT), describe(problems));
		// the base file itself still reports its own escalation finding: the scenario's accept is the scenario's
		assertEquals(List.of(23), lines(problems.stream().filter(p -> p.file().toString().equals("gov.vnet")).toList(),
				IssueCodes.ESCALATION_WITHOUT_CHANNEL), describe(problems));
	}
}
