package dev.valuenet.analysis.whatif;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the exit of some actors costs a network ({@link WhatIfAnalysis#exit}). Grouped in small parts
 * so a new measure of loss extends one part, not every caller.
 *
 * @param network  qualified name of the network or scenario
 * @param removed  qualified names of the exiting actors
 * @param flows    the flows lost
 * @param segments per customer segment, what it loses
 */
public record ExitImpact(String network, List<String> removed, FlowsLost flows, List<SegmentImpact> segments) {

	public ExitImpact {
		removed = List.copyOf(removed);
		segments = List.copyOf(segments);
	}

	/**
	 * The flows from or to an exiting actor. Money is split by direction, because adding both would count
	 * a middleman's turnover twice: what the exiting actors took in (their customers stop paying, and lose
	 * what they paid for) and what they paid out (the revenue their suppliers lose). Flows between two
	 * exiting actors are counted in {@code count} but in no amount: nobody who stays loses them.
	 *
	 * @param count           how many
	 * @param byKind          how many per value kind (literal), sorted by kind
	 * @param moneyInflowLost yearly money the exiting actors received from those who stay, in {@code currency}
	 * @param moneyOutflowLost yearly money the exiting actors paid to those who stay
	 * @param unvalued        lost flows without a value (left out of every amount here)
	 * @param downstream      per actor who stays and loses something, largest loss first
	 * @param currency        the network currency, or null when it declares none
	 */
	public record FlowsLost(int count, Map<String, Integer> byKind, double moneyInflowLost, double moneyOutflowLost, int unvalued,
			List<ActorLoss> downstream, String currency) {
		public FlowsLost {
			byKind = Map.copyOf(byKind);
			downstream = List.copyOf(downstream);
		}
	}

	/**
	 * What one actor who stays loses per year when the others exit, in the network currency: the money
	 * the exiting actors paid it, and the value of what they gave it (goods, services, data, valued intangibles).
	 *
	 * @param actor       qualified name
	 * @param revenueLost money it no longer receives
	 * @param supplyLost  value of the non-money flows it no longer receives
	 */
	public record ActorLoss(String actor, double revenueLost, double supplyLost) {

		public double total() {
			return revenueLost + supplyLost;
		}
	}

	/**
	 * What one customer segment loses.
	 *
	 * @param segment        qualified name
	 * @param simpleName     its declared name
	 * @param actorsCutOff   qualified names of actors that reached it before and no longer do
	 * @param losesAllSupply whether no origin of supply reaches it any more although one did before, or it exited itself
	 * @param supplyBefore   yearly value of the supply reaching it before, in the network currency
	 * @param supplyAfter    the same after the exit
	 * @param linksBefore    supplier links that must fail to cut it off from every origin of supply before the
	 *                       exit (edge-disjoint supply paths: a unit-capacity minimum cut)
	 * @param linksAfter     the same after the exit (0: cut off)
	 */
	public record SegmentImpact(String segment, String simpleName, List<String> actorsCutOff, boolean losesAllSupply, double supplyBefore,
			double supplyAfter, int linksBefore, int linksAfter) {
		public SegmentImpact {
			actorsCutOff = List.copyOf(actorsCutOff);
		}
	}

	/** Actors cut off from at least one segment. */
	public Set<String> cutOff() {
		Set<String> cut = new LinkedHashSet<>();
		segments.forEach(s -> cut.addAll(s.actorsCutOff()));
		return cut;
	}

	/** Simple names of the segments left without any supply. */
	public Set<String> starved() {
		Set<String> starved = new LinkedHashSet<>();
		segments.stream().filter(SegmentImpact::losesAllSupply).forEach(s -> starved.add(s.simpleName()));
		return starved;
	}
}
