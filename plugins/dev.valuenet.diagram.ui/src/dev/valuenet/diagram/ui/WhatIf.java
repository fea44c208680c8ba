package dev.valuenet.diagram.ui;

import java.util.List;
import java.util.Set;

import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.whatif.ExitImpact;
import dev.valuenet.analysis.whatif.WhatIfAnalysis;

/**
 * What the map marks when an actor exits, as {@code valuenet whatif --remove A} computes it
 * ({@link WhatIfAnalysis}): the actor itself, the actors that no longer reach some customer segment,
 * and the segments that lose all their supply.
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
		ExitImpact impact = WhatIfAnalysis.exit(analysis, List.of(matches.get(0)));
		return new WhatIf(matches.get(0), impact.cutOff(), impact.starved());
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
