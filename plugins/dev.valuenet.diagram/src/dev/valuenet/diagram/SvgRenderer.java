package dev.valuenet.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * SVG 1.1 of the three views, written with a StringBuilder (no Batik: the headless runtime stays
 * small, and the output is plain enough for browsers, Inkscape, rsvg and ImageMagick). Every box,
 * bar and matrix row is one {@code <g class="node">} / {@code <g class="row">} element with a
 * {@code <title>} tooltip, and each picture carries its legend.
 */
public final class SvgRenderer {

	private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
	private static final double HEADER = 64;
	private static final double LEGEND_WIDTH = 250;

	private SvgRenderer() {
	}

	// ---- network map -------------------------------------------------------------------------

	public static String map(DiagramGraph graph, Layout layout) {
		return map(graph, layout, node -> null);
	}

	/**
	 * The map with links: each box whose {@code link} is not null is wrapped in {@code <a href="...">}
	 * (SVG 2's plain {@code href}, which browsers follow in SVG inlined in HTML), e.g. to the box's
	 * row of a report's metrics table.
	 */
	public static String map(DiagramGraph graph, Layout layout, java.util.function.Function<DiagramNode, String> link) {
		Box bounds = layout.bounds();
		List<String[]> legend = new ArrayList<>();
		double legendHeight = 30 + 18 * mapLegendLines(graph);
		double width = Math.max(bounds.width(), 420) + LEGEND_WIDTH;
		double height = HEADER + Math.max(bounds.height(), legendHeight) + 16;
		StringBuilder svg = open(width, height, graph.title());
		header(svg, graph.title(), "network map, layer " + graph.layer() + " - " + graph.nodes().size() + " boxes, "
				+ graph.edges().stream().filter(e -> !e.tie()).count() + " flow lines, " + graph.edges().stream().filter(DiagramEdge::tie).count()
				+ " ties" + (graph.summarized() ? " (summarized: " + graph.actors() + " participants)" : ""));
		svg.append("<defs>\n");
		Set<String> kinds = new LinkedHashSet<>();
		graph.edges().stream().filter(e -> !e.tie()).forEach(e -> kinds.add(e.kind()));
		for (String kind : kinds) {
			svg.append("<marker id=\"arrow-").append(kind).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"7\"")
					.append(" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(Styles.flowColour(kind))
					.append("\"/></marker>\n");
		}
		svg.append("</defs>\n");
		svg.append("<g transform=\"translate(").append(num(-bounds.x())).append(',').append(num(HEADER - bounds.y())).append(")\">\n");
		svg.append("<g class=\"edges\" fill=\"none\">\n");
		for (DiagramEdge edge : graph.edges()) {
			List<Point> route = layout.edges().get(edge.id());
			if (route == null) {
				continue;
			}
			svg.append("<path class=\"").append(edge.tie() ? "tie" : "flow").append("\" id=\"").append(attr(edge.id())).append("\" d=\"");
			for (int i = 0; i < route.size(); i++) {
				svg.append(i == 0 ? 'M' : 'L').append(num(route.get(i).x())).append(',').append(num(route.get(i).y())).append(' ');
			}
			svg.setLength(svg.length() - 1);
			if (edge.tie()) {
				svg.append("\" stroke=\"").append(Styles.TIE).append("\" stroke-width=\"3\" stroke-opacity=\"0.45\" stroke-linecap=\"round\"");
			} else {
				svg.append("\" stroke=\"").append(Styles.flowColour(edge.kind())).append("\" stroke-width=\"").append(num(edge.strokeWidth()))
						.append("\" stroke-opacity=\"0.8\"");
				if (edge.intangible()) {
					svg.append(" stroke-dasharray=\"6 4\"");
				}
				svg.append(" marker-end=\"url(#arrow-").append(edge.kind()).append(")\"");
			}
			svg.append("><title>").append(text(edgeTooltip(graph, edge))).append("</title></path>\n");
		}
		svg.append("</g>\n<g class=\"edge-labels\" font-size=\"9\">\n");
		for (DiagramEdge edge : graph.edges()) {
			Box box = layout.labels().get(edge.id());
			if (box == null) {
				continue;
			}
			svg.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y())).append("\" width=\"").append(num(box.width()))
					.append("\" height=\"").append(num(box.height())).append("\" fill=\"#ffffff\" fill-opacity=\"0.75\"/>");
			svg.append("<text x=\"").append(num(box.centerX())).append("\" y=\"").append(num(box.y() + 9.5)).append("\" text-anchor=\"middle\" fill=\"")
					.append(edge.tie() ? "#777777" : Styles.flowColour(edge.kind())).append("\">").append(text(edge.label())).append("</text>\n");
		}
		svg.append("</g>\n<g class=\"nodes\">\n");
		for (DiagramNode node : graph.nodes()) {
			Box box = layout.nodes().get(node.id());
			if (box != null) {
				String href = link.apply(node);
				if (href != null) {
					svg.append("<a href=\"").append(attr(href)).append("\">");
				}
				node(svg, graph, node, box);
				if (href != null) {
					svg.setLength(svg.length() - 1); // the group's newline goes after the link
					svg.append("</a>\n");
				}
			}
		}
		svg.append("</g>\n</g>\n");
		mapLegend(svg, graph, Math.max(bounds.width(), 420) + 10, HEADER);
		return close(svg);
	}

	private static void node(StringBuilder svg, DiagramGraph graph, DiagramNode node, Box box) {
		String fill = Styles.boxFill(graph, node);
		String stroke = Styles.boxStroke(graph, node);
		double rx = Styles.cornerRadius(node, box.height());
		svg.append("<g class=\"node ").append(node.type().name().toLowerCase(Locale.ROOT)).append("\" id=\"").append(attr("n-" + node.id()))
				.append(node.community() >= 0 ? "\" data-community=\"" + node.community() : "").append("\"><title>").append(text(nodeTooltip(graph, node))).append("</title>");
		if (node.articulation()) {
			svg.append(rect(box.x() - 4, box.y() - 4, box.width() + 8, box.height() + 8, rx + 4)).append(" fill=\"none\" stroke=\"")
					.append(Styles.CRITICAL).append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
		}
		svg.append(rect(box.x(), box.y(), box.width(), box.height(), rx)).append(" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
				.append("\" stroke-width=\"").append(node.type() == DiagramNode.Type.SEGMENT ? "2" : "1.4").append("\"/>");
		if (node.type() == DiagramNode.Type.COMMUNITY) {
			svg.append(rect(box.x() + 3, box.y() + 3, box.width() - 6, box.height() - 6, rx - 3)).append(" fill=\"none\" stroke=\"").append(stroke)
					.append("\" stroke-width=\"0.8\"/>");
		}
		double cx = box.centerX();
		double cy = box.centerY();
		svg.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy - 1)).append("\" text-anchor=\"middle\" font-size=\"12\"")
				.append(" font-weight=\"bold\" fill=\"#222222\">").append(text(node.label())).append("</text>");
		svg.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 12)).append("\" text-anchor=\"middle\" font-size=\"10\"")
				.append(" fill=\"#555555\">").append(text(node.detail())).append("</text>");
		if (node.isSinglePointOfFailure()) {
			double bx = box.x() + box.width() - 2;
			double by = box.y() + 2;
			svg.append("<circle cx=\"").append(num(bx)).append("\" cy=\"").append(num(by)).append("\" r=\"8\" fill=\"").append(Styles.CRITICAL)
					.append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/><text x=\"").append(num(bx)).append("\" y=\"").append(num(by + 4))
					.append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\">!</text>");
		}
		svg.append("</g>\n");
	}

	private static int mapLegendLines(DiagramGraph graph) {
		return 16 + graph.notes().size() * 2;
	}

	private static void mapLegend(StringBuilder svg, DiagramGraph graph, double x, double y) {
		svg.append("<g class=\"legend\" transform=\"translate(").append(num(x)).append(',').append(num(y)).append(")\" font-size=\"11\" fill=\"#333333\">\n");
		double at = 0;
		svg.append("<text x=\"0\" y=\"").append(num(at + 10)).append("\" font-weight=\"bold\">Legend</text>\n");
		at += 24;
		Set<String> nodeKinds = new LinkedHashSet<>();
		for (String kind : Styles.NODE_KINDS) {
			if (graph.nodes().stream().anyMatch(n -> n.kind().equals(kind))) {
				nodeKinds.add(kind);
			}
		}
		if ("community".equals(graph.colourBy())) {
			svg.append(rect(0, at, 26, 14, 3)).append(" fill=\"").append(Styles.tint(Styles.community(0), 0.55)).append("\" stroke=\"")
					.append(Styles.community(0)).append("\"/>");
			svg.append("<text x=\"34\" y=\"").append(num(at + 11)).append("\">fill: Leiden community</text>\n");
			at += 18;
			if (nodeKinds.contains("segment")) {
				svg.append(rect(0, at, 26, 14, 7)).append(" fill=\"#ffffff\" stroke=\"#666666\" stroke-width=\"2\"/>");
				svg.append("<text x=\"34\" y=\"").append(num(at + 11)).append("\">customer segment</text>\n");
				at += 18;
			}
		} else {
			for (String kind : nodeKinds) {
				svg.append(rect(0, at, 26, 14, kind.equals("segment") ? 7 : 3)).append(" fill=\"").append(Styles.nodeFill(kind)).append("\" stroke=\"")
						.append(Styles.nodeStroke(kind)).append("\"/>");
				svg.append("<text x=\"34\" y=\"").append(num(at + 11)).append("\">").append(kind.equals("segment") ? "customer segment" : kind)
						.append("</text>\n");
				at += 18;
			}
		}
		at += 6;
		Set<String> valueKinds = new LinkedHashSet<>();
		for (String kind : Styles.VALUE_KINDS) {
			if (graph.edges().stream().anyMatch(e -> !e.tie() && e.kind().equals(kind))) {
				valueKinds.add(kind);
			}
		}
		for (String kind : valueKinds) {
			svg.append("<line x1=\"0\" y1=\"").append(num(at + 7)).append("\" x2=\"26\" y2=\"").append(num(at + 7)).append("\" stroke=\"")
					.append(Styles.flowColour(kind)).append("\" stroke-width=\"3\"/>");
			svg.append("<text x=\"34\" y=\"").append(num(at + 11)).append("\">").append(kind).append(" flow</text>\n");
			at += 18;
		}
		svg.append("<line x1=\"0\" y1=\"").append(num(at + 7)).append("\" x2=\"26\" y2=\"").append(num(at + 7))
				.append("\" stroke=\"#555555\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
		svg.append("<text x=\"34\" y=\"").append(num(at + 11)).append("\">dashed: intangible</text>\n");
		at += 18;
		if (graph.edges().stream().anyMatch(DiagramEdge::tie) || !graph.summarized()) {
			svg.append("<line x1=\"0\" y1=\"").append(num(at + 7)).append("\" x2=\"26\" y2=\"").append(num(at + 7)).append("\" stroke=\"")
					.append(Styles.TIE).append("\" stroke-width=\"3\" stroke-opacity=\"0.45\" stroke-linecap=\"round\"/>");
			svg.append("<text x=\"34\" y=\"").append(num(at + 11)).append("\">tie (undirected)</text>\n");
			at += 18;
		}
		if (!graph.summarized()) {
			svg.append("<text x=\"0\" y=\"").append(num(at + 11)).append("\">line width: log of yearly amount</text>\n");
			at += 18;
		}
		if (graph.nodes().stream().anyMatch(DiagramNode::articulation)) {
			svg.append(rect(0, at, 26, 14, 3)).append(" fill=\"none\" stroke=\"").append(Styles.CRITICAL)
					.append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
			svg.append("<text x=\"34\" y=\"").append(num(at + 11)).append("\">articulation point (cut vertex)</text>\n");
			at += 18;
		}
		if (graph.nodes().stream().anyMatch(DiagramNode::isSinglePointOfFailure)) {
			svg.append("<circle cx=\"13\" cy=\"").append(num(at + 7)).append("\" r=\"7\" fill=\"").append(Styles.CRITICAL).append("\"/>")
					.append("<text x=\"13\" y=\"").append(num(at + 11)).append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#ffffff\">!</text>");
			svg.append("<text x=\"34\" y=\"").append(num(at + 11)).append("\">single point of failure</text>\n");
			at += 18;
		}
		if (graph.sizeBy() != null) {
			svg.append("<text x=\"0\" y=\"").append(num(at + 11)).append("\">box size: ").append(text(graph.sizeBy())).append("</text>\n");
			at += 18;
		}
		at += 6;
		for (String note : graph.notes()) {
			for (String line : wrap(note, 40)) {
				svg.append("<text x=\"0\" y=\"").append(num(at + 11)).append("\" font-size=\"10\" fill=\"#666666\">").append(text(line)).append("</text>\n");
				at += 14;
			}
		}
		svg.append("</g>\n");
	}

	/** The tooltip of a box (also shown by the workbench's map). */
	public static String nodeTooltip(DiagramGraph graph, DiagramNode node) {
		StringBuilder tip = new StringBuilder(node.id()).append(" (").append(node.detail()).append(")");
		if (node.community() >= 0) {
			tip.append("\ncommunity ").append(node.community());
		}
		if (graph.sizeBy() != null && node.type() != DiagramNode.Type.COMMUNITY) {
			tip.append('\n').append(graph.sizeBy()).append(' ').append(String.format(Locale.ROOT, "%.4f", node.score()));
		}
		if (node.articulation()) {
			tip.append("\narticulation point");
		}
		if (node.isSinglePointOfFailure()) {
			tip.append("\nsingle point of failure for ").append(String.join(", ", node.cutsOff()));
		}
		return tip.toString();
	}

	/** The tooltip of a line (also shown by the workbench's map). */
	public static String edgeTooltip(DiagramGraph graph, DiagramEdge edge) {
		String amount = Double.isNaN(edge.valuePerYear()) || edge.valuePerYear() == 0 ? ""
				: ", " + DiagramBuilder.compact(edge.valuePerYear()) + " " + graph.currency() + " per year";
		if (edge.tie()) {
			return edge.label() + ": " + edge.kind() + " tie " + edge.source() + " -- " + edge.target();
		}
		return (edge.label().isEmpty() ? "" : edge.label() + ": ") + edge.kind() + " " + edge.source() + " -> " + edge.target()
				+ (edge.flows() > 1 ? " (" + edge.flows() + " flows)" : "") + amount;
	}

	// ---- Sankey ------------------------------------------------------------------------------

	public static String sankey(Sankey sankey) {
		double legendHeight = 60 + 18 * 10;
		double width = sankey.width() + LEGEND_WIDTH;
		double height = Math.max(sankey.height(), HEADER + legendHeight);
		StringBuilder svg = open(width, height, sankey.title());
		header(svg, sankey.title(), "Sankey, layer " + sankey.layer() + " - " + sankey.nodes().size() + " bars, " + sankey.links().size()
				+ " links; amounts in " + sankey.unit());
		Map<String, Sankey.Node> byId = new java.util.HashMap<>();
		sankey.nodes().forEach(n -> byId.put(n.id(), n));
		svg.append("<g class=\"links\" fill=\"none\">\n");
		for (Sankey.Link link : sankey.links()) {
			Sankey.Node a = byId.get(link.source());
			Sankey.Node b = byId.get(link.target());
			double x0 = a.x() + a.width();
			double x1 = b.x();
			double mid = (x0 + x1) / 2;
			svg.append("<path class=\"link\" d=\"M").append(num(x0)).append(',').append(num(link.sourceY())).append(" C").append(num(mid)).append(',')
					.append(num(link.sourceY())).append(' ').append(num(mid)).append(',').append(num(link.targetY())).append(' ').append(num(x1))
					.append(',').append(num(link.targetY())).append("\" stroke=\"").append(Styles.flowColour(link.kind())).append("\" stroke-opacity=\"0.38\"")
					.append(" stroke-width=\"").append(num(link.thickness())).append("\"><title>")
					.append(text(a.label() + " -> " + b.label() + ": " + DiagramBuilder.compact(link.value()) + " " + sankey.unit() + " ("
							+ link.flows() + " " + link.kind() + " flow" + (link.flows() == 1 ? "" : "s") + ")"))
					.append("</title></path>\n");
		}
		svg.append("</g>\n<g class=\"nodes\">\n");
		int last = sankey.nodes().stream().mapToInt(Sankey.Node::column).max().orElse(0);
		for (Sankey.Node node : sankey.nodes()) {
			svg.append("<g class=\"node\" id=\"").append(attr("n-" + node.id())).append("\"><title>")
					.append(text(node.id() + ": " + DiagramBuilder.compact(node.value()) + " " + sankey.unit())).append("</title>");
			svg.append(rect(node.x(), node.y(), node.width(), node.height(), 2)).append(" fill=\"").append(Styles.nodeStroke(node.kind()))
					.append("\"/>");
			boolean left = node.column() == last && last > 0;
			svg.append("<text x=\"").append(num(left ? node.x() - 6 : node.x() + node.width() + 6)).append("\" y=\"")
					.append(num(node.y() + node.height() / 2 + 4)).append("\" font-size=\"11\" fill=\"#222222\"")
					.append(left ? " text-anchor=\"end\"" : "").append(">").append(text(node.label())).append(" <tspan fill=\"#777777\">")
					.append(DiagramBuilder.compact(node.value())).append("</tspan></text></g>\n");
		}
		svg.append("</g>\n");
		svg.append("<g class=\"legend\" transform=\"translate(").append(num(sankey.width() + 10)).append(',').append(num(HEADER))
				.append(")\" font-size=\"11\" fill=\"#333333\">\n<text x=\"0\" y=\"10\" font-weight=\"bold\">Legend</text>\n");
		double at = 24;
		Set<String> kinds = new LinkedHashSet<>();
		for (String kind : Styles.VALUE_KINDS) {
			if (sankey.links().stream().anyMatch(l -> l.kind().equals(kind))) {
				kinds.add(kind);
			}
		}
		for (String kind : kinds) {
			svg.append(rect(0, at, 26, 12, 0)).append(" fill=\"").append(Styles.flowColour(kind)).append("\" fill-opacity=\"0.38\"/>");
			svg.append("<text x=\"34\" y=\"").append(num(at + 10)).append("\">").append(kind).append("</text>\n");
			at += 18;
		}
		List<String> lines = new ArrayList<>();
		lines.add("band width: yearly amount");
		lines.add("columns: longest path from the sources");
		lines.addAll(sankey.notes());
		for (String note : lines) {
			for (String line : wrap(note, 40)) {
				svg.append("<text x=\"0\" y=\"").append(num(at + 10)).append("\" font-size=\"10\" fill=\"#666666\">").append(text(line)).append("</text>\n");
				at += 14;
			}
		}
		svg.append("</g>\n");
		return close(svg);
	}

	// ---- heatmap -----------------------------------------------------------------------------

	public static String heatmap(Heatmap heatmap) {
		int n = heatmap.size();
		double cell = Math.max(8, Math.min(22, 720.0 / Math.max(1, n)));
		double labelWidth = 10;
		for (String label : heatmap.labels()) {
			labelWidth = Math.max(labelWidth, Styles.textWidth(label, 10) + 10);
		}
		double left = 20 + labelWidth;
		double top = HEADER + labelWidth * 0.8 + 10;
		double width = left + n * cell + 30 + LEGEND_WIDTH;
		double height = Math.max(top + n * cell + 30, top + 300);
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (double[] row : heatmap.values()) {
			for (double v : row) {
				if (v > 0) {
					lo = Math.min(lo, Math.log10(v));
					hi = Math.max(hi, Math.log10(v));
				}
			}
		}
		StringBuilder svg = open(width, height, heatmap.title());
		header(svg, heatmap.title(), "heatmap of yearly flow magnitude, layer " + heatmap.layer() + " - " + n + " x " + n
				+ (heatmap.summarized() ? " (communities)" : "") + "; row gives, column receives");
		svg.append(rect(left, top, n * cell, n * cell, 0)).append(" fill=\"#f7f7f7\" stroke=\"#cccccc\"/>\n");
		svg.append("<g class=\"column-labels\" font-size=\"10\" fill=\"#333333\">\n");
		for (int j = 0; j < n; j++) {
			double x = left + j * cell + cell / 2 + 3;
			svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(top - 4)).append("\" transform=\"rotate(-50 ").append(num(x)).append(' ')
					.append(num(top - 4)).append(")\">").append(text(heatmap.labels().get(j))).append("</text>\n");
		}
		svg.append("</g>\n<g class=\"rows\">\n");
		for (int i = 0; i < n; i++) {
			double y = top + i * cell;
			svg.append("<g class=\"row\" id=\"").append(attr("r-" + heatmap.ids().get(i))).append("\">");
			svg.append("<text x=\"").append(num(left - 6)).append("\" y=\"").append(num(y + cell / 2 + 3.5)).append("\" text-anchor=\"end\" font-size=\"10\"")
					.append(" fill=\"").append(Styles.community(heatmap.community()[i])).append("\">").append(text(heatmap.labels().get(i))).append("</text>");
			for (int j = 0; j < n; j++) {
				double v = heatmap.values()[i][j];
				int count = heatmap.flows()[i][j];
				if (count == 0) {
					continue;
				}
				String fill = v > 0 ? Styles.sequential(hi > lo ? 0.08 + 0.92 * (Math.log10(v) - lo) / (hi - lo) : 0.6) : "#bdbdbd";
				svg.append(rect(left + j * cell, y, cell, cell, 0)).append(" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"0.5\"><title>")
						.append(text(heatmap.labels().get(i) + " -> " + heatmap.labels().get(j) + ": " + (v > 0 ? DiagramBuilder.compact(v) + " " + heatmap.currency() + " per year, " : "")
								+ count + " flow" + (count == 1 ? "" : "s")))
						.append("</title></rect>");
			}
			svg.append("</g>\n");
		}
		svg.append("</g>\n<g class=\"communities\" fill=\"none\" stroke-width=\"1.5\">\n");
		int start = 0;
		for (int i = 1; i <= n; i++) {
			if (i == n || heatmap.community()[i] != heatmap.community()[start]) {
				svg.append(rect(left + start * cell, top + start * cell, (i - start) * cell, (i - start) * cell, 0)).append(" stroke=\"")
						.append(Styles.community(heatmap.community()[start])).append("\"/>\n");
				start = i;
			}
		}
		svg.append("</g>\n");
		double lx = left + n * cell + 30;
		svg.append("<defs><linearGradient id=\"ramp\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">");
		for (int k = 0; k <= 10; k++) {
			svg.append("<stop offset=\"").append(num(k / 10.0)).append("\" stop-color=\"").append(Styles.sequential(0.08 + 0.92 * k / 10.0)).append("\"/>");
		}
		svg.append("</linearGradient></defs>\n");
		// below the rotated column labels, which reach past the matrix's right edge
		svg.append("<g class=\"legend\" transform=\"translate(").append(num(lx)).append(',').append(num(top))
				.append(")\" font-size=\"11\" fill=\"#333333\">\n<text x=\"0\" y=\"10\" font-weight=\"bold\">Legend</text>\n");
		svg.append(rect(0, 24, 18, 140, 0)).append(" fill=\"url(#ramp)\" stroke=\"#999999\"/>\n");
		svg.append("<text x=\"26\" y=\"32\">").append(hi >= lo ? DiagramBuilder.compact(Math.pow(10, hi)) : "-").append(" ").append(text(heatmap.currency())).append(" per year</text>\n");
		svg.append("<text x=\"26\" y=\"164\">").append(hi >= lo ? DiagramBuilder.compact(Math.pow(10, lo)) : "-").append(" ").append(text(heatmap.currency())).append(" per year</text>\n");
		svg.append("<text x=\"26\" y=\"98\">log scale</text>\n");
		svg.append(rect(0, 176, 18, 12, 0)).append(" fill=\"#bdbdbd\"/><text x=\"26\" y=\"186\">flows without value</text>\n");
		double at = 206;
		List<String> lines = new ArrayList<>();
		lines.add("outlined blocks and label colours: Leiden communities");
		lines.add("amounts mix units unless the layer carries one kind");
		lines.addAll(heatmap.notes());
		for (String note : lines) {
			for (String line : wrap(note, 40)) {
				svg.append("<text x=\"0\" y=\"").append(num(at)).append("\" font-size=\"10\" fill=\"#666666\">").append(text(line)).append("</text>\n");
				at += 14;
			}
		}
		svg.append("</g>\n");
		return close(svg);
	}

	// ---- helpers -----------------------------------------------------------------------------

	private static StringBuilder open(double width, double height, String title) {
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
				.append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append("\" font-family=\"").append(FONT).append("\">\n");
		svg.append("<title>").append(text(title)).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		return svg;
	}

	private static void header(StringBuilder svg, String title, String subtitle) {
		svg.append("<text x=\"16\" y=\"26\" font-size=\"17\" font-weight=\"bold\" fill=\"#222222\">").append(text(title)).append("</text>\n");
		svg.append("<text x=\"16\" y=\"46\" font-size=\"11\" fill=\"#666666\">").append(text(subtitle)).append("</text>\n");
	}

	private static String close(StringBuilder svg) {
		return svg.append("</svg>\n").toString();
	}

	private static String rect(double x, double y, double w, double h, double rx) {
		return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\"" + (rx > 0 ? " rx=\"" + num(rx) + "\"" : "");
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + word.length() + 1 > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	static String num(double v) {
		return LayoutSidecar.number(v);
	}

	/** XML character data: markup characters escaped, characters XML 1.0 forbids dropped. */
	public static String text(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String attr(String s) {
		return text(s);
	}
}
