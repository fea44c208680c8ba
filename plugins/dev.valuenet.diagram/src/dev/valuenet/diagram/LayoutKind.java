package dev.valuenet.diagram;

import java.util.Locale;

/**
 * How the network map places its boxes (see docs/diagrams.md "Layouts").
 * <ul>
 * <li>{@link #LAYERED}: ELK layered, left to right; for value chains and small maps.</li>
 * <li>{@link #STRESS}: stress majorization per Leiden community, communities then placed apart;
 * straight lines; for networks.</li>
 * <li>{@link #RADIAL}: the focus actor in the centre, its neighbours on rings by hop distance.</li>
 * <li>{@link #AUTO}: {@link #LAYERED} or {@link #STRESS} by the map's shape and size
 * ({@link DiagramLayout#resolve(DiagramGraph, LayoutKind)}).</li>
 * </ul>
 */
public enum LayoutKind {
	AUTO, LAYERED, STRESS, RADIAL;

	/** The kind named {@code name} (any case: auto, layered, stress, radial), or null for an unknown name. */
	public static LayoutKind parse(String name) {
		if (name == null) {
			return null;
		}
		for (LayoutKind kind : values()) {
			if (kind.name().equalsIgnoreCase(name.trim())) {
				return kind;
			}
		}
		return null;
	}

	/** The lower-case name, as the CLI and the docs spell it. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
