package dev.valuenet.diagram;

import java.util.List;

/**
 * Colours and text metrics shared by the three views, so a kind looks the same everywhere.
 * Colours are from the Tableau 10 / ColorBrewer families (distinguishable, colour-blind safer
 * than a rainbow).
 */
public final class Styles {

	private Styles() {
	}

	/** Tie lines: undirected, grey. */
	public static final String TIE = "#8c8c8c";

	/** Marks for articulation points and single points of failure. */
	public static final String CRITICAL = "#d62728";

	private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
			"#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f");

	/** Fill of a box by actor kind. */
	public static String nodeFill(String kind) {
		return switch (kind) {
			case "firm" -> "#cfe2f3";
			case "supplier" -> "#d9ead3";
			case "customer" -> "#fce5cd";
			case "regulator" -> "#e6d5ee";
			case "partner" -> "#fff2cc";
			case "individual" -> "#f4cccc";
			case "platform" -> "#d0e0e3";
			case "segment" -> "#f9cb9c";
			case "community" -> "#eeeeee";
			default -> "#f3f3f3";
		};
	}

	/** Outline of a box by actor kind (a darker shade of its fill). */
	public static String nodeStroke(String kind) {
		return switch (kind) {
			case "firm" -> "#3d6fa5";
			case "supplier" -> "#4d8a3c";
			case "customer" -> "#b8732b";
			case "regulator" -> "#7b5294";
			case "partner" -> "#b8962e";
			case "individual" -> "#b04646";
			case "platform" -> "#3f7f8a";
			case "segment" -> "#b45f06";
			default -> "#666666";
		};
	}

	/** Line colour by value kind. */
	public static String flowColour(String kind) {
		return switch (kind) {
			case "money" -> "#2e7d32";
			case "goods" -> "#1f5fa8";
			case "service" -> "#00897b";
			case "data" -> "#6a3d9a";
			case "knowledge" -> "#e08214";
			case "reputation" -> "#c51b7d";
			case "trust" -> "#b8860b";
			case "influence" -> "#7f3b08";
			default -> "#555555";
		};
	}

	/** Value kinds in legend order. */
	public static final List<String> VALUE_KINDS = List.of("goods", "service", "money", "data", "knowledge", "reputation", "trust",
			"influence", "unspecified");

	/** Actor kinds in legend order. */
	public static final List<String> NODE_KINDS = List.of("firm", "supplier", "customer", "partner", "platform", "regulator", "individual",
			"unspecified", "segment", "community");

	/** Colour of community {@code c}. */
	public static String community(int c) {
		return PALETTE.get(Math.floorMod(c, PALETTE.size()));
	}

	/** A light tint of a colour, for box fills. */
	public static String tint(String hex, double amount) {
		int r = Integer.parseInt(hex.substring(1, 3), 16);
		int g = Integer.parseInt(hex.substring(3, 5), 16);
		int b = Integer.parseInt(hex.substring(5, 7), 16);
		return String.format("#%02x%02x%02x", (int) Math.round(r + (255 - r) * amount), (int) Math.round(g + (255 - g) * amount),
				(int) Math.round(b + (255 - b) * amount));
	}

	/**
	 * Approximate width of {@code text} in a sans-serif font of {@code size} px. Deterministic and
	 * headless (no AWT font metrics, which vary by machine and would make layouts differ).
	 */
	public static double textWidth(String text, double size) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			width += "il.,:;|!'".indexOf(c) >= 0 ? 0.28 : "mwMW".indexOf(c) >= 0 ? 0.85 : Character.isUpperCase(c) ? 0.66 : 0.55;
		}
		return width * size;
	}

	/** Sequential colour for t in [0, 1]: pale yellow to dark blue (YlGnBu). */
	public static String sequential(double t) {
		int[][] stops = { { 255, 255, 217 }, { 199, 233, 180 }, { 65, 182, 196 }, { 34, 94, 168 }, { 8, 29, 88 } };
		double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
		int i = Math.min(stops.length - 2, (int) Math.floor(x));
		double f = x - i;
		int[] a = stops[i];
		int[] b = stops[i + 1];
		return String.format("#%02x%02x%02x", Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f),
				Math.round(a[2] + (b[2] - a[2]) * f));
	}

	/** Fill of a box of {@code graph}: by kind, or a tint of its community's colour when the map is coloured by community. */
	public static String boxFill(DiagramGraph graph, DiagramNode node) {
		return "community".equals(graph.colourBy()) && node.community() >= 0 ? tint(community(node.community()), 0.55) : nodeFill(node.kind());
	}

	/** Outline of a box of {@code graph} (see {@link #boxFill}). */
	public static String boxStroke(DiagramGraph graph, DiagramNode node) {
		return "community".equals(graph.colourBy()) && node.community() >= 0 ? community(node.community()) : nodeStroke(node.kind());
	}

	/** Corner radius: segments are pills, communities rounder than actors. */
	public static double cornerRadius(DiagramNode node, double height) {
		return node.type() == DiagramNode.Type.SEGMENT ? height / 2 : node.type() == DiagramNode.Type.COMMUNITY ? 12 : 5;
	}
}
