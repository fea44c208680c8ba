package dev.valuenet.diagram;

/**
 * What a diagram shows. Immutable; start from {@link #DEFAULT} and change one option at a time.
 *
 * @param layer          a declared layer, or {@code all} (null = all)
 * @param hideIntangible leave out knowledge, reputation, trust and influence flows (and declared intangible ones)
 * @param focus          simple or qualified name of the actor whose neighbourhood is shown, or null
 * @param hops           radius of the focus neighbourhood, over flows and ties in either direction
 * @param collapse       whether communities are collapsed into one box each
 * @param collapseAbove  {@link Collapse#AUTO} collapses when more participants than this are shown
 * @param sizeBy         centrality that scales the boxes (betweenness, closeness, eigenvector,
 *                       pagerank), or null for none
 * @param colourBy       {@code kind} (default) or {@code community}
 * @param markCritical   mark articulation points and single points of failure
 * @param showTies       draw ties
 * @param layout         how boxes are placed ({@link LayoutKind#AUTO}: by the map's shape and size); the radial
 *                       layout puts {@code focus} in the centre
 * @param filter         which participants are shown by kind, role or name (a view's include and exclude lines)
 */
public record DiagramOptions(String layer, boolean hideIntangible, String focus, int hops, Collapse collapse, int collapseAbove,
		String sizeBy, String colourBy, boolean markCritical, boolean showTies, LayoutKind layout, ParticipantFilter filter) {

	public DiagramOptions {
		layout = layout == null ? LayoutKind.AUTO : layout;
		filter = filter == null ? ParticipantFilter.ALL : filter;
	}

	/** The options before views could filter participants: every participant. */
	public DiagramOptions(String layer, boolean hideIntangible, String focus, int hops, Collapse collapse, int collapseAbove, String sizeBy,
			String colourBy, boolean markCritical, boolean showTies, LayoutKind layout) {
		this(layer, hideIntangible, focus, hops, collapse, collapseAbove, sizeBy, colourBy, markCritical, showTies, layout, ParticipantFilter.ALL);
	}

	/** The options before layouts could be chosen: {@link LayoutKind#AUTO}. */
	public DiagramOptions(String layer, boolean hideIntangible, String focus, int hops, Collapse collapse, int collapseAbove, String sizeBy,
			String colourBy, boolean markCritical, boolean showTies) {
		this(layer, hideIntangible, focus, hops, collapse, collapseAbove, sizeBy, colourBy, markCritical, showTies, LayoutKind.AUTO);
	}

	/** When communities become single boxes. */
	public enum Collapse {
		AUTO, ALWAYS, NEVER
	}

	/** All layers, every flow, no focus, communities collapsed above 300 participants, kind colours, automatic layout. */
	public static final DiagramOptions DEFAULT = new DiagramOptions(null, false, null, 1, Collapse.AUTO, 300, null, "kind", true, true);

	public DiagramOptions withLayer(String newLayer) {
		return new DiagramOptions(newLayer, hideIntangible, focus, hops, collapse, collapseAbove, sizeBy, colourBy, markCritical, showTies, layout, filter);
	}

	public DiagramOptions withHideIntangible(boolean hide) {
		return new DiagramOptions(layer, hide, focus, hops, collapse, collapseAbove, sizeBy, colourBy, markCritical, showTies, layout, filter);
	}

	public DiagramOptions withFocus(String actor, int radius) {
		return new DiagramOptions(layer, hideIntangible, actor, radius, collapse, collapseAbove, sizeBy, colourBy, markCritical, showTies, layout, filter);
	}

	public DiagramOptions withCollapse(Collapse newCollapse) {
		return new DiagramOptions(layer, hideIntangible, focus, hops, newCollapse, collapseAbove, sizeBy, colourBy, markCritical, showTies, layout, filter);
	}

	public DiagramOptions withSizeBy(String centrality) {
		return new DiagramOptions(layer, hideIntangible, focus, hops, collapse, collapseAbove, centrality, colourBy, markCritical, showTies, layout, filter);
	}

	public DiagramOptions withColourBy(String colour) {
		return new DiagramOptions(layer, hideIntangible, focus, hops, collapse, collapseAbove, sizeBy, colour, markCritical, showTies, layout, filter);
	}

	public DiagramOptions withShowTies(boolean show) {
		return new DiagramOptions(layer, hideIntangible, focus, hops, collapse, collapseAbove, sizeBy, colourBy, markCritical, show, layout, filter);
	}

	public DiagramOptions withLayout(LayoutKind kind) {
		return new DiagramOptions(layer, hideIntangible, focus, hops, collapse, collapseAbove, sizeBy, colourBy, markCritical, showTies, kind, filter);
	}

	public DiagramOptions withFilter(ParticipantFilter newFilter) {
		return new DiagramOptions(layer, hideIntangible, focus, hops, collapse, collapseAbove, sizeBy, colourBy, markCritical, showTies, layout, newFilter);
	}

	public String layerOrAll() {
		return layer == null ? dev.valuenet.analysis.LayerGraph.ALL : layer;
	}
}
