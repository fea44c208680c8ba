package dev.valuenet.interop;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/**
 * Graphviz DOT, for documentation ({@code dot -Tsvg}): actors as boxes, segments as ellipses, flows
 * as edges labelled with kind and yearly amount, intangible flows dashed. Export only.
 */
final class DotFormat implements TableFormat {

	@Override
	public String name() {
		return "dot";
	}

	@Override
	public String extension() {
		return ".dot";
	}

	@Override
	public boolean reads() {
		return false;
	}

	@Override
	public Map<String, byte[]> write(NetworkTables tables) {
		StringBuilder dot = new StringBuilder();
		dot.append("digraph ").append(quote(tables.name())).append(" {\n");
		if (tables.title() != null) {
			dot.append("  label=").append(quote(tables.title())).append(";\n");
		}
		dot.append("  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
		for (ActorRow actor : tables.actors()) {
			String label = (actor.title() != null ? actor.title() : actor.id()) + "\n" + actor.kind();
			dot.append("  ").append(quote(actor.id())).append(" [label=").append(quote(label)).append(", shape=")
					.append(actor.isSegment() ? "ellipse" : "box").append("];\n");
		}
		for (FlowRow flow : tables.flows()) {
			dot.append("  ").append(quote(flow.from())).append(" -> ").append(quote(flow.to())).append(" [id=").append(quote(flow.id()))
					.append(", label=").append(quote(Labels.flow(flow))).append(flow.tangible() ? "" : ", style=dashed").append("];\n");
		}
		dot.append("}\n");
		return Map.of("", dot.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A DOT quoted string: backslash and quote escaped, line breaks as \n. */
	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
	}
}
