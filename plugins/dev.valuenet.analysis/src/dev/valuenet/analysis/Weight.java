package dev.valuenet.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.valuenet.model.Level;

/**
 * What an edge weighs in the weighted centralities (docs/metrics.md, Weights).
 *
 * <ul>
 * <li>{@link #NONE}: every edge counts 1; the unweighted algorithms run.</li>
 * <li>{@link #VALUE}: the yearly value of the edge's flows in the network currency
 * ({@link FlowRecord}); a flow without a value adds nothing and is counted as left out, an edge
 * all of whose flows lack a value is not in the weighted graph.</li>
 * <li>{@link #STRENGTH}: the stated {@code strength} of the edge's flows (or ties), low 1,
 * medium 2, high 3, summed over the flows of the edge; a flow without a stated strength is left
 * out and counted the same way.</li>
 * </ul>
 */
public enum Weight {
	NONE, VALUE, STRENGTH;

	/** The lower-case name used on the command line and in JSON. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the weight named {@code id} (case-insensitive) */
	public static Weight of(String id) {
		for (Weight w : values()) {
			if (w.id().equalsIgnoreCase(id)) {
				return w;
			}
		}
		throw new IllegalArgumentException("unknown weight '" + id + "'; use one of "
				+ Arrays.stream(values()).map(Weight::id).collect(Collectors.joining(", ")));
	}

	/** The numeric strength of a level: low 1, medium 2, high 3; NaN when none is stated. */
	public static double strength(Level level) {
		return switch (level == null ? Level.UNSPECIFIED : level) {
			case LOW -> 1;
			case MEDIUM -> 2;
			case HIGH -> 3;
			default -> Double.NaN;
		};
	}

	/** The weight of one flow; NaN when the flow has none of this kind (it is then left out). */
	double of(FlowRecord flow) {
		return switch (this) {
			case NONE -> 1;
			case VALUE -> flowValue(flow);
			case STRENGTH -> strength(flow.source().getStrength());
		};
	}

	/** The yearly value of a flow in the network currency (FlowValuation), NaN when it has none. */
	static double flowValue(FlowRecord flow) {
		return flow.valued() ? flow.valuePerYear() : Double.NaN;
	}
}
