package dev.valuenet.analysis;

import dev.valuenet.model.Participant;

/**
 * An actor or segment of a resolved network.
 *
 * @param name      qualified name, unique in the network
 * @param source    the declaration
 * @param kind      actor kind or custom role name; "segment" for segments
 * @param isSegment whether it is a customer segment
 */
public record ParticipantRecord(String name, Participant source, String kind, boolean isSegment) {

	/** The name as written in the model, without its namespace. */
	public String simpleName() {
		return source.getName();
	}
}
