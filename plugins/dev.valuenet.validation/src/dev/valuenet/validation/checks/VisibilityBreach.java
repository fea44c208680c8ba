package dev.valuenet.validation.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.Flow;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Participant;
import dev.valuenet.model.Tie;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.model.Visibility;
import dev.valuenet.model.VisibilityLevel;
import dev.valuenet.validation.CheckContext;

/**
 * {@code visibility X confidential to A, B}: a confidential element must not reach participants
 * outside its audience. X is carried by a flow when X is the flow, its exchange, its value object or
 * the tie it travels {@code via}; when X is a participant, by every flow it gives or receives. A
 * carrying flow reaches its two ends and the two ends of its tie: any of them outside the audience is
 * a breach, reported on the flow. A confidential tie with an end outside the audience is a breach
 * too. A confidential element without an audience is not checked (nobody is named to compare with).
 */
public final class VisibilityBreach extends BasicCheck {

	public VisibilityBreach() {
		super(IssueCodes.VISIBILITY_BREACH, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		for (Visibility visibility : Governances.statements(context.network(), Visibility.class)) {
			NamedElement target = visibility.getTarget();
			if (visibility.getLevel() != VisibilityLevel.CONFIDENTIAL || visibility.getAudience().isEmpty() || target == null
					|| target.eIsProxy()) {
				continue;
			}
			Set<String> audience = new LinkedHashSet<>();
			visibility.getAudience().forEach(p -> audience.add(Governances.name(p)));
			if (target instanceof Tie tie) {
				List<String> outsiders = outsiders(context, audience, Governances.name(tie.getA()), Governances.name(tie.getB()));
				if (!outsiders.isEmpty()) {
					context.report(CheckContext.Severity.WARNING, "Confidential tie " + tie.getName() + " joins " + String.join(", ", outsiders)
							+ ", outside its audience (" + names(context, audience) + "); add them to the audience or make the tie public.",
							tie, ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
				}
			}
			String participant = target instanceof Participant p ? Governances.name(p) : null;
			for (FlowRecord flow : context.analysis().network().flows()) {
				Flow source = flow.source();
				boolean carries = target == source || target == source.eContainer() || target == source.getValue()
						|| target == source.getVia() || participant != null && (participant.equals(flow.from()) || participant.equals(flow.to()));
				if (!carries) {
					continue;
				}
				Tie via = source.getVia() != null && !source.getVia().eIsProxy() ? source.getVia() : null;
				List<String> outsiders = via == null ? outsiders(context, audience, flow.from(), flow.to())
						: outsiders(context, audience, flow.from(), flow.to(), Governances.name(via.getA()), Governances.name(via.getB()));
				if (!outsiders.isEmpty()) {
					EObject subject = source.getName() == null && source.eContainer() instanceof NamedElement exchange ? exchange : source;
					context.report(CheckContext.Severity.WARNING, "Confidential " + target.getName() + " reaches " + String.join(", ", outsiders)
							+ " through " + describe(context, flow, via) + ", outside its audience (" + names(context, audience)
							+ "); add them to the audience, or route the flow through its audience only.", subject,
							ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
				}
			}
		}
	}

	private static List<String> outsiders(CheckContext context, Set<String> audience, String... reached) {
		Set<String> outside = new LinkedHashSet<>();
		for (String name : reached) {
			if (name != null && !audience.contains(name)) {
				outside.add(simple(context, name));
			}
		}
		return new ArrayList<>(outside);
	}

	private static String describe(CheckContext context, FlowRecord flow, Tie via) {
		String name = flow.source().getName() != null ? "flow " + flow.source().getName() + " ("
				: "exchange " + ((NamedElement) flow.source().eContainer()).getName() + " (";
		return name + simple(context, flow.from()) + " -> " + simple(context, flow.to()) + (via == null ? "" : " via " + via.getName()) + ")";
	}

	private static String names(CheckContext context, Set<String> names) {
		List<String> simple = new ArrayList<>();
		names.forEach(n -> simple.add(simple(context, n)));
		return String.join(", ", simple);
	}

	private static String simple(CheckContext context, String qualified) {
		ParticipantRecord record = context.analysis().network().participants().get(qualified);
		return record != null ? record.simpleName() : qualified.substring(qualified.lastIndexOf('.') + 1);
	}
}
