package dev.valuenet.validation.checks;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.Escalation;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * {@code escalation X A -> B}: an escalation travels on an existing relationship, so A and B must share
 * a tie or a flow (in either direction). Self-escalations are a structural error of their own; an
 * escalation one of whose parties a scenario removed or replaced is not checked.
 */
public final class EscalationWithoutChannel extends BasicCheck {

	public EscalationWithoutChannel() {
		super(IssueCodes.ESCALATION_WITHOUT_CHANNEL, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		var ties = Governances.ties(context.network());
		for (Escalation escalation : Governances.statements(context.network(), Escalation.class)) {
			String from = Governances.name(escalation.getFrom());
			String to = Governances.name(escalation.getTo());
			var participants = context.analysis().network().participants();
			if (from == null || to == null || from.equals(to) || !participants.containsKey(from) || !participants.containsKey(to)) {
				continue; // a scenario that removes or replaces a party leaves the escalation without object
			}
			boolean channel = ties.stream().anyMatch(t -> t.joins(from, to));
			for (FlowRecord flow : context.analysis().network().flows()) {
				if (channel) {
					break;
				}
				channel = flow.from().equals(from) && flow.to().equals(to) || flow.from().equals(to) && flow.to().equals(from);
			}
			if (!channel) {
				context.report(CheckContext.Severity.WARNING, "Escalation " + escalation.getName() + ": " + escalation.getFrom().getName()
						+ " has no tie and no flow with " + escalation.getTo().getName()
						+ ", so the escalation has no channel; add the tie (a contract, an informal tie...) it travels on.", escalation,
						ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}
}
