package dev.valuenet.diagram;

import java.util.List;

/**
 * A box of the network map: an actor, a customer segment, or (in the summarized view) a whole
 * community of actors.
 *
 * @param id           qualified name of the participant, or {@code community-N}
 * @param label        the text shown in the box (simple name, or the community's summary)
 * @param kind         actor kind ({@code firm}, {@code supplier}, ...; the base kind of a role),
 *                     {@code segment} or {@code community}
 * @param detail       the second line: role or kind, or the community's members
 * @param type         what the box stands for
 * @param community    Leiden community on the diagram's layer
 * @param members      actors a community box stands for (1 otherwise)
 * @param score        the overlay centrality (0 without overlay)
 * @param articulation a cut vertex of the layer's undirected view
 * @param cutsOff      segments that lose all supply if this actor exits (single point of failure)
 * @param width        box width
 * @param height       box height
 */
public record DiagramNode(String id, String label, String kind, String detail, Type type, int community, int members, double score,
		boolean articulation, List<String> cutsOff, double width, double height) {

	/** What a box stands for. */
	public enum Type {
		ACTOR, SEGMENT, COMMUNITY
	}

	public boolean isSinglePointOfFailure() {
		return !cutsOff.isEmpty();
	}
}
