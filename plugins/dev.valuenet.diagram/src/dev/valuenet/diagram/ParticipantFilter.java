package dev.valuenet.diagram;

import java.util.List;
import java.util.regex.Pattern;

import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.model.Actor;

/**
 * Which participants a diagram shows, by kind, role or name: the include and exclude lines of a
 * declared view. A participant is shown when it matches one of the {@code include} rules (or there
 * are none) and none of the {@code exclude} rules.
 *
 * @param include rules of which one must match; empty = every participant
 * @param exclude rules of which none may match
 */
public record ParticipantFilter(List<Match> include, List<Match> exclude) {

	/** Every participant. */
	public static final ParticipantFilter ALL = new ParticipantFilter(List.of(), List.of());

	public ParticipantFilter {
		include = List.copyOf(include);
		exclude = List.copyOf(exclude);
	}

	/** What a rule looks at. */
	public enum By {
		/** the actor kind (firm, supplier, ...), written or the base kind of the actor's role */
		KIND,
		/** the simple name of the actor's role */
		ROLE,
		/** a pattern on the simple or qualified name: {@code *} any characters, {@code ?} one */
		NAME
	}

	/** One include or exclude rule. */
	public record Match(By by, String value) {

		public boolean matches(ParticipantRecord participant) {
			return switch (by) {
				case KIND -> participant.source() instanceof Actor actor && value.equals(kindOf(actor));
				case ROLE -> participant.source() instanceof Actor actor && actor.getRole() != null && value.equals(actor.getRole().getName());
				case NAME -> glob(value).matcher(participant.simpleName()).matches() || glob(value).matcher(participant.name()).matches();
			};
		}

		/** The rule as written in a view: {@code supplier}, {@code role Tier1}, {@code "Test*"}. */
		public String text() {
			return switch (by) {
				case KIND -> value;
				case ROLE -> "role " + value;
				case NAME -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
			};
		}
	}

	/** An actor's kind, or its role's base kind; null when neither is known. */
	private static String kindOf(Actor actor) {
		if (actor.getRole() == null) {
			return actor.getKind() == null ? null : actor.getKind().getLiteral();
		}
		return actor.getRole().eIsProxy() || actor.getRole().getBaseKind() == null ? null : actor.getRole().getBaseKind().getLiteral();
	}

	/** Whether there are no rules: every participant is shown. */
	public boolean isAll() {
		return include.isEmpty() && exclude.isEmpty();
	}

	public boolean shows(ParticipantRecord participant) {
		return (include.isEmpty() || include.stream().anyMatch(m -> m.matches(participant)))
				&& exclude.stream().noneMatch(m -> m.matches(participant));
	}

	private static Pattern glob(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (String part : pattern.split("((?<=[*?])|(?=[*?]))")) {
			regex.append(switch (part) {
				case "*" -> ".*";
				case "?" -> ".";
				default -> Pattern.quote(part);
			});
		}
		return Pattern.compile(regex.toString());
	}
}
