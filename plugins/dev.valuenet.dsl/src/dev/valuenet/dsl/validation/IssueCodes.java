package dev.valuenet.dsl.validation;

/**
 * Every issue the .vnet language reports has exactly one of these codes. Tests, quick fixes and
 * the CLI's {@code [code]} suffix rely on them; messages may change, codes do not.
 */
public final class IssueCodes {

	private static final String PREFIX = "vnet.";

	/** The file could not be read as .vnet text: not UTF-8, binary, or too large. */
	public static final String UNREADABLE_FILE = PREFIX + "unreadable-file";
	/** A structural check failed on an element (a defect of ours); the other checks ran. */
	public static final String CHECK_FAILED = PREFIX + "check-failed";
	/** The text does not follow the grammar. */
	public static final String SYNTAX = PREFIX + "syntax";
	/** Two declarations share a qualified name. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	/** A reference names nothing visible from here. */
	public static final String UNRESOLVED = PREFIX + "unresolved";
	/** A flow (or escalation) goes from a participant to itself. */
	public static final String SELF_FLOW = PREFIX + "self-flow";
	/** A unit does not fit the value kind or is given twice (e.g. a frequency both as /year and weekly). */
	public static final String UNIT_MISMATCH = PREFIX + "unit-mismatch";
	/** Amounts in a currency other than the network currency without a {@code rate}. */
	public static final String CURRENCY_WITHOUT_RATE = PREFIX + "currency-without-rate";
	/** A currency amount on an intangible flow (trust, reputation, knowledge, influence). */
	public static final String MONEY_ON_INTANGIBLE = PREFIX + "money-on-intangible";
	/** An exchange counts per occurrence but states no volume. */
	public static final String PER_SALE_WITHOUT_VOLUME = PREFIX + "per-sale-without-volume";
	/** A flow travels {@code via} a tie that joins other participants. */
	public static final String TIE_MISMATCH = PREFIX + "tie-mismatch";
	/** An actor takes part in no flow and no exchange. */
	public static final String ISOLATED_ACTOR = PREFIX + "isolated-actor";
	/** Money flows one way and nothing comes back. */
	public static final String MISSING_RECIPROCITY = PREFIX + "missing-reciprocity";
	/** A scenario removes, replaces or changes something its base network does not have. */
	public static final String SCENARIO_UNKNOWN_TARGET = PREFIX + "scenario-unknown-target";
	/** A scenario extends itself, directly or through other scenarios. */
	public static final String EXTENDS_CYCLE = PREFIX + "extends-cycle";
	/** A rule names a metric the language does not know. */
	public static final String UNKNOWN_METRIC = PREFIX + "unknown-metric";
	/** A value outside its meaningful range (negative magnitude, accuracy above 100%, until before since). */
	public static final String INVALID_VALUE = PREFIX + "invalid-value";
	/**
	 * A number too large to compute with: beyond about 1.8e308 as written, or once made yearly or converted
	 * into the network currency ({@code 1e300 EUR/hour}).
	 */
	public static final String NUMBER_OUT_OF_RANGE = PREFIX + "number-out-of-range";
	/** An {@code accept} names a code the language does not have, or one that cannot be accepted (syntax, references). */
	public static final String UNKNOWN_ISSUE_CODE = PREFIX + "unknown-issue-code";
	/** A view names a chart other than map, sankey or heatmap. */
	public static final String UNKNOWN_CHART = PREFIX + "unknown-chart";
	/** An {@code accept} covers no finding (reported after the metric checks ran). */
	public static final String UNUSED_ACCEPT = PREFIX + "unused-accept";


	// ---- metric checks and governance rules (dev.valuenet.validation, run on save/build and by the CLI) ----

	/** A governance rule of the model does not hold. */
	public static final String RULE_VIOLATED = PREFIX + "rule-violated";
	/** A governance rule cannot be evaluated (unknown actor, no such path, unit mismatch). */
	public static final String RULE_NOT_EVALUATED = PREFIX + "rule-not-evaluated";
	/** An actor whose exit cuts a customer segment off from all its supply. */
	public static final String SINGLE_POINT_OF_FAILURE = PREFIX + "single-point-of-failure";
	/** An actor carries more than the allowed share of the shortest paths (betweenness). */
	public static final String HUB_DEPENDENCY = PREFIX + "hub-dependency";
	/** An actor buys most of its goods or services from one supplier (HHI above the threshold). */
	public static final String SUPPLIER_CONCENTRATION = PREFIX + "supplier-concentration";
	/** An actor on a path to a segment has a single supplier for its goods or services. */
	public static final String LOW_REDUNDANCY = PREFIX + "low-redundancy";
	/** A community is joined to the rest of the network by a single tie. */
	public static final String SINGLE_BRIDGE_COMMUNITY = PREFIX + "single-bridge-community";
	/** Flows without a value in the network currency: left out of every value figure (one info per file). */
	public static final String UNVALUED_FLOWS = PREFIX + "unvalued-flows";
	/** An actor pays out more money a year than it takes in (not a customer, not a declared subsidy). */
	public static final String LOSS_MAKING = PREFIX + "loss-making";
	/** A value path is slower, costlier or less accurate than a governance rule states. */
	public static final String SLOW_PATH = PREFIX + "slow-path";
	/** A confidential element reaches a participant outside its audience (a flow's end, or an end of its tie). */
	public static final String VISIBILITY_BREACH = PREFIX + "visibility-breach";
	/** An incentive's payer has no flow to its beneficiary. */
	public static final String INCENTIVE_WITHOUT_FLOW = PREFIX + "incentive-without-flow";
	/** An escalation goes to a participant that has no tie and no flow with its sender. */
	public static final String ESCALATION_WITHOUT_CHANNEL = PREFIX + "escalation-without-channel";
	/** A tie whose {@code until} year has passed still carries flows. */
	public static final String EXPIRED_TIE = PREFIX + "expired-tie";

	private IssueCodes() {
	}
}
