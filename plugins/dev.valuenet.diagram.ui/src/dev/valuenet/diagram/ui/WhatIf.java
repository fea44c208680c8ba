package dev.valuenet.diagram.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.metrics.resilience.ExitAnalysis;
import dev.valuenet.validation.checks.SinglePointOfFailure;

/**
 * What the map marks when an actor exits ({@code valuenet whatif --remove A}): the actor itself,
 * the actors that no longer reach some customer segment ({@link ExitAnalysis}, on the supply
 * graph), and the segments that lose all their supply (the actor dominates them, as in the single
 * point of failure check).
 *
 * @param removed qualified name of the exiting actor, or null for no what-if
 * @param cutOff  actors cut off from at least one segment
 * @param starved segments left without any supply (simple names)
 */
public record WhatIf(String removed, Set<String> cutOff, Set<String> starved) {

	public static final WhatIf NONE = new WhatIf(null, Set.of(), Set.of());

	/** The exit of the actor named {@code actor} (simple or qualified); NONE when there is no such actor. */
	public static WhatIf of(NetworkAnalysis analysis, String actor) {
		List<String> matches = analysis.find(actor);
		if (matches.isEmpty()) {
			return NONE;
		}
		String name = matches.get(0);
		LayerGraph supply = analysis.supplyGraph();
		int v = supply.nodeOf(name);
		if (v < 0) {
			return new WhatIf(name, Set.of(), Set.of());
		}
		Set<String> cutOff = new LinkedHashSet<>();
		for (ExitAnalysis.SegmentImpact impact : ExitAnalysis.analyze(supply.graph(), supply.segments(), new int[] { v }).segments()) {
			for (int u : impact.cutOff()) {
				cutOff.add(supply.node(u).name());
			}
		}
		Set<String> starved = new LinkedHashSet<>(SinglePointOfFailure.cutOffSegments(supply).getOrDefault(v, List.of()));
		return new WhatIf(name, cutOff, starved);
	}

	/** {@code removed}, {@code cut}, {@code starved} or null: how the map marks a box. */
	public String markOf(String id, String simpleName) {
		if (removed == null) {
			return null;
		}
		if (removed.equals(id)) {
			return "removed";
		}
		if (starved.contains(simpleName) || starved.contains(id)) {
			return "starved";
		}
		return cutOff.contains(id) ? "cut" : null;
	}
}
