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
	 * The flows from or to an exiting actor.
	 *
	 * @param count              how many
	 * @param byKind             how many per value kind (literal), sorted by kind
	 * @param moneyAtRiskPerYear sum of the yearly amounts of the lost money flows, in {@code currency};
	 *                           money flows of unknown amount are left out
	 * @param currency           the network currency, or null when it declares none
	 */
	public record FlowsLost(int count, Map<String, Integer> byKind, double moneyAtRiskPerYear, String currency) {
		public FlowsLost {
			byKind = Map.copyOf(byKind);
		}
	}

	/**
	 * What one customer segment loses.
	 *
	 * @param segment        qualified name
	 * @param simpleName     its declared name
	 * @param actorsCutOff   qualified names of actors that reached it before and no longer do
	 * @param losesAllSupply whether no origin of supply reaches it any more although one did before, or it exited itself
	 * @param supplyBefore   supply volume reaching it before (flow magnitudes, in their units)
	 * @param supplyAfter    supply volume reaching it after
	 */
	public record SegmentImpact(String segment, String simpleName, List<String> actorsCutOff, boolean losesAllSupply, double supplyBefore,
			double supplyAfter) {
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
