package dev.valuenet.interop;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/**
 * A Mermaid flowchart, for Markdown documentation (GitHub and GitLab render it): actors as boxes,
 * segments as stadiums, flows as labelled arrows, intangible flows dotted. Export only.
 */
final class MermaidFormat implements TableFormat {

	@Override
	public String name() {
		return "mermaid";
	}

	@Override
	public String extension() {
		return ".mmd";
	}

	@Override
	public boolean reads() {
		return false;
	}

	@Override
	public Map<String, byte[]> write(NetworkTables tables) {
		StringBuilder text = new StringBuilder();
		if (tables.title() != null) {
			text.append("---\ntitle: ").append(label(tables.title())).append("\n---\n");
		}
		text.append("flowchart LR\n");
		for (ActorRow actor : tables.actors()) {
			String label = label(actor.title() != null ? actor.title() : actor.id());
			text.append("  ").append(id(actor.id())).append(actor.isSegment() ? "([\"" : "[\"").append(label)
					.append(actor.isSegment() ? "\"])" : "\"]").append('\n');
		}
		for (FlowRow flow : tables.flows()) {
			text.append("  ").append(id(flow.from())).append(flow.tangible() ? " -->|\"" : " -.->|\"").append(label(Labels.flow(flow)))
					.append("\"| ").append(id(flow.to())).append('\n');
		}
		return Map.of("", text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A node id: Mermaid's keyword "end" (any case) breaks a flowchart, so such ids get a prefix. */
	static String id(String id) {
		return id.equalsIgnoreCase("end") || id.startsWith("o") || id.startsWith("x") ? "n_" + id : id;
	}

	/** Mermaid label text: quotes and markup characters as entity codes, one line. */
	static String label(String text) {
		return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;").replace("|", "#124;").replace("\r", "")
				.replace("\n", " ");
	}
}
