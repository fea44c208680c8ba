package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.ActorKind;
import dev.valuenet.model.Element;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Role;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.View;
import dev.valuenet.model.ViewFilter;

/**
 * The views a model declares ({@code view} statements, docs/diagrams.md "Views as code"), resolved
 * into the {@link DiagramOptions} every front end already draws from, and back: the text of a
 * {@code view} statement for a set of options (the map's "Save view...").
 */
public final class DeclaredViews {

	/** The charts a view can be drawn as; the first is the default. */
	public static final List<String> CHARTS = List.of("map", "sankey", "heatmap");

	private DeclaredViews() {
	}

	/**
	 * A resolved view.
	 *
	 * @param name    the view's name
	 * @param title   its title, or null
	 * @param chart   map, sankey or heatmap
	 * @param options what the chart shows
	 */
	public record DeclaredView(String name, String title, String chart, DiagramOptions options) {

		/** How menus and page titles name it: the title with the name, or the name. */
		public String label() {
			return title == null || title.isBlank() ? name : title + " (" + name + ")";
		}
	}

	/**
	 * The views of a network (every file contributing to it) or scenario (its own, then those of its
	 * bases that it does not redeclare), in declaration order.
	 */
	public static List<DeclaredView> of(AbstractNetwork network) {
		Map<String, View> byName = new LinkedHashMap<>();
		java.util.Set<AbstractNetwork> seen = new java.util.HashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			List<Element> elements = new ArrayList<>();
			if (n instanceof Network declared) {
				Networks.parts(declared).forEach(part -> elements.addAll(part.getElements()));
			} else if (n instanceof Scenario scenario) {
				elements.addAll(scenario.getElements());
			}
			for (Element element : elements) {
				if (element instanceof View view && view.getName() != null) {
					byName.putIfAbsent(view.getName(), view);
				}
			}
		}
		return byName.values().stream().map(DeclaredViews::resolve).toList();
	}

	/** The view named {@code name} of {@link #of(AbstractNetwork)}. */
	public static Optional<DeclaredView> find(AbstractNetwork network, String name) {
		return of(network).stream().filter(v -> v.name().equals(name)).findFirst();
	}

	/** A view as diagram options; unresolved references and unknown names (reported by the validator) are left out. */
	public static DeclaredView resolve(View view) {
		DiagramOptions options = DiagramOptions.DEFAULT;
		if (view.getLayer() != null && !view.getLayer().eIsProxy()) {
			options = options.withLayer(view.getLayer().getName());
		}
		if (view.getFocus() != null && !view.getFocus().eIsProxy()) {
			double hops = view.getHops();
			// the simple name: scenario additions and imported actors are qualified by the resolved network, not their container
			options = options.withFocus(view.getFocus().getName(), hops >= 1 && hops <= 1000 ? (int) hops : 1);
		}
		if (view.getSizeBy() != null && List.of("betweenness", "closeness", "eigenvector", "pagerank").contains(view.getSizeBy())) {
			options = options.withSizeBy(view.getSizeBy());
		}
		if ("community".equals(view.getColourBy())) {
			options = options.withColourBy("community");
		}
		List<ParticipantFilter.Match> include = new ArrayList<>();
		List<ParticipantFilter.Match> exclude = new ArrayList<>();
		boolean hideIntangible = false;
		for (ViewFilter filter : view.getFilters()) {
			List<ParticipantFilter.Match> target = filter.isInclude() ? include : exclude;
			for (ActorKind kind : filter.getKinds()) {
				target.add(new ParticipantFilter.Match(ParticipantFilter.By.KIND, kind.getLiteral()));
			}
			for (Role role : filter.getRoles()) {
				if (!role.eIsProxy()) {
					target.add(new ParticipantFilter.Match(ParticipantFilter.By.ROLE, role.getName()));
				}
			}
			for (String pattern : filter.getPatterns()) {
				target.add(new ParticipantFilter.Match(ParticipantFilter.By.NAME, pattern));
			}
			hideIntangible |= !filter.isInclude() && filter.isIntangible();
		}
		options = options.withHideIntangible(hideIntangible).withFilter(new ParticipantFilter(include, exclude));
		String chart = view.getChart() != null && CHARTS.contains(view.getChart()) ? view.getChart() : CHARTS.get(0);
		return new DeclaredView(view.getName(), view.getTitle(), chart, options);
	}

	/**
	 * The {@code view} statement that declares these options, in the formatter's canonical layout
	 * (two-space indentation under {@code indent}); only what differs from the defaults is written.
	 */
	public static String statement(String name, String title, String chart, DiagramOptions options, String indent) {
		String nl = "\n" + indent + "  ";
		StringBuilder text = new StringBuilder(indent).append("view ").append(name);
		if (title != null && !title.isBlank()) {
			text.append(" \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		text.append(" {");
		if (options.layer() != null && !options.layer().equals(dev.valuenet.analysis.LayerGraph.ALL)) {
			text.append(nl).append("layer ").append(options.layer());
		}
		ParticipantFilter filter = options.filter();
		if (!filter.include().isEmpty()) {
			text.append(nl).append("include ").append(String.join(", ", filter.include().stream().map(ParticipantFilter.Match::text).toList()));
		}
		List<String> excluded = new ArrayList<>(filter.exclude().stream().map(ParticipantFilter.Match::text).toList());
		if (options.hideIntangible()) {
			excluded.add("intangible");
		}
		if (!excluded.isEmpty()) {
			text.append(nl).append("exclude ").append(String.join(", ", excluded));
		}
		if (options.focus() != null) {
			text.append(nl).append("focus ").append(options.focus());
			if (options.hops() != 1) {
				text.append(" hops ").append(options.hops());
			}
		}
		if (options.sizeBy() != null) {
			text.append(nl).append("size ").append(options.sizeBy());
		}
		if (options.colourBy() != null && !options.colourBy().equals("kind")) {
			text.append(nl).append("colour ").append(options.colourBy());
		}
		if (chart != null && !chart.equals(CHARTS.get(0))) {
			text.append(nl).append("chart ").append(chart.toLowerCase(Locale.ROOT));
		}
		return text.append('\n').append(indent).append('}').toString();
	}
}
