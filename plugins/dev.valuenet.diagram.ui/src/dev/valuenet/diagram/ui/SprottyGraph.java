package dev.valuenet.diagram.ui;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramEdge;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramNode;
import dev.valuenet.diagram.Layout;
import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;
import dev.valuenet.diagram.Styles;
import dev.valuenet.diagram.SvgRenderer;

/**
 * A laid-out map as Sprotty's SGraph JSON: positions and sizes from ELK, and every style already
 * decided here with {@link Styles} (so the browser draws what {@link SvgRenderer} draws). The client
 * (client/src/views.tsx) reads each element's {@code vn} object.
 */
public final class SprottyGraph {

	private SprottyGraph() {
	}

	public static String json(DiagramGraph graph, Layout layout, WhatIf whatIf, int revision) {
		JsonObject root = new JsonObject();
		root.addProperty("type", "graph");
		root.addProperty("id", "root");
		root.addProperty("revision", revision);
		JsonArray kinds = new JsonArray();
		for (String kind : Styles.VALUE_KINDS) {
			if (!kind.equals("unspecified")) {
				JsonObject k = new JsonObject();
				k.addProperty("kind", kind);
				k.addProperty("colour", Styles.flowColour(kind));
				kinds.add(k);
			}
		}
		root.add("valueKinds", kinds);
		JsonArray children = new JsonArray();
		frames(graph, layout, children);
		for (DiagramNode node : graph.nodes()) {
			Box box = layout.nodes().get(node.id());
			if (box != null) {
				children.add(node(graph, node, box, whatIf));
			}
		}
		for (DiagramEdge edge : graph.edges()) {
			List<Point> route = layout.edges().get(edge.id());
			if (route != null) {
				children.add(edge(graph, edge, route, layout.labels().get(edge.id()), whatIf));
			}
		}
		root.add("children", children);
		return root.toString();
	}

	/**
	 * Behind the actors of each expanded community of a collapsed map, a frame that says which community
	 * they are (first, so that it is drawn below everything); a double click on it collapses them.
	 */
	private static void frames(DiagramGraph graph, Layout layout, JsonArray children) {
		if (!graph.summarized()) {
			return;
		}
		java.util.Map<Integer, double[]> extents = new java.util.TreeMap<>();
		java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
		for (DiagramNode node : graph.nodes()) {
			Box b = layout.nodes().get(node.id());
			if (node.type() != DiagramNode.Type.ACTOR || b == null) {
				continue;
			}
			double[] e = extents.computeIfAbsent(node.community(), k -> new double[] { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
					-Double.MAX_VALUE });
			e[0] = Math.min(e[0], b.x());
			e[1] = Math.min(e[1], b.y());
			e[2] = Math.max(e[2], b.x() + b.width());
			e[3] = Math.max(e[3], b.y() + b.height());
			counts.merge(node.community(), 1, Integer::sum);
		}
		double pad = 16;
		double title = 22;
		extents.forEach((c, e) -> {
			JsonObject n = new JsonObject();
			n.addProperty("type", "node:frame");
			n.addProperty("id", "frame-" + c);
			n.add("position", point(e[0] - pad, e[1] - pad - title));
			JsonObject size = new JsonObject();
			size.addProperty("width", e[2] - e[0] + 2 * pad);
			size.addProperty("height", e[3] - e[1] + 2 * pad + title);
			n.add("size", size);
			JsonObject vn = new JsonObject();
			vn.addProperty("type", "frame");
			vn.addProperty("community", c);
			vn.addProperty("label", "community " + c + ": " + counts.get(c) + " actors (double-click here to collapse)");
			vn.addProperty("stroke", Styles.community(c));
			n.add("vn", vn);
			children.add(n);
		});
	}

	private static JsonObject node(DiagramGraph graph, DiagramNode node, Box box, WhatIf whatIf) {
		JsonObject n = new JsonObject();
		n.addProperty("type", "node:box");
		n.addProperty("id", node.id());
		n.add("position", point(box.x(), box.y()));
		JsonObject size = new JsonObject();
		size.addProperty("width", box.width());
		size.addProperty("height", box.height());
		n.add("size", size);
		JsonObject vn = new JsonObject();
		vn.addProperty("label", node.label());
		vn.addProperty("detail", node.detail());
		vn.addProperty("type", node.type().name().toLowerCase(java.util.Locale.ROOT));
		vn.addProperty("kind", node.kind());
		vn.addProperty("fill", Styles.boxFill(graph, node));
		vn.addProperty("stroke", Styles.boxStroke(graph, node));
		vn.addProperty("strokeWidth", node.type() == DiagramNode.Type.SEGMENT ? 2 : 1.4);
		vn.addProperty("rx", Styles.cornerRadius(node, box.height()));
		vn.addProperty("articulation", node.articulation());
		vn.addProperty("spof", node.isSinglePointOfFailure());
		vn.addProperty("tooltip", SvgRenderer.nodeTooltip(graph, node) + (node.type() == DiagramNode.Type.COMMUNITY
				? "\nDouble-click to expand" : graph.summarized() && node.type() == DiagramNode.Type.ACTOR
						? "\nRight-click > Collapse Community to collapse" : ""));
		vn.addProperty("community", node.community());
		String mark = whatIf.markOf(node.id(), node.label());
		if (mark != null) {
			vn.addProperty("whatif", mark);
		}
		n.add("vn", vn);
		return n;
	}

	private static JsonObject edge(DiagramGraph graph, DiagramEdge edge, List<Point> route, Box label, WhatIf whatIf) {
		JsonObject e = new JsonObject();
		e.addProperty("type", "edge:line");
		e.addProperty("id", edge.id());
		e.addProperty("sourceId", edge.source());
		e.addProperty("targetId", edge.target());
		// ELK's start and end lie on the boxes' borders: Sprotty's anchors find them again, and follow a dragged box
		JsonArray bends = new JsonArray();
		for (int i = 1; i < route.size() - 1; i++) {
			bends.add(point(route.get(i).x(), route.get(i).y()));
		}
		e.add("routingPoints", bends);
		JsonObject vn = new JsonObject();
		vn.addProperty("tie", edge.tie());
		vn.addProperty("kind", edge.kind());
		vn.addProperty("colour", edge.tie() ? Styles.TIE : Styles.flowColour(edge.kind()));
		vn.addProperty("width", edge.strokeWidth());
		vn.addProperty("dashed", edge.intangible());
		vn.addProperty("label", edge.label());
		if (!edge.tie() && Double.isFinite(edge.valuePerYear()) && edge.valuePerYear() != 0) {
			// in the network currency, as the tooltip and the SVG say it
			vn.addProperty("amount", DiagramBuilder.compact(edge.valuePerYear()) + " " + graph.currency() + "/year");
		}
		if (label != null) {
			JsonObject box = new JsonObject();
			box.addProperty("x", label.x());
			box.addProperty("y", label.y());
			box.addProperty("width", label.width());
			box.addProperty("height", label.height());
			vn.add("labelBox", box);
		}
		vn.addProperty("tooltip", SvgRenderer.edgeTooltip(graph, edge));
		if (whatIf.removed() != null && (whatIf.removed().equals(edge.source()) || whatIf.removed().equals(edge.target()))) {
			vn.addProperty("whatif", "lost");
		}
		e.add("vn", vn);
		return e;
	}

	private static JsonObject point(double x, double y) {
		JsonObject p = new JsonObject();
		p.addProperty("x", x);
		p.addProperty("y", y);
		return p;
	}
}
