package dev.valuenet.validation.checks;

import java.util.ArrayList;
import java.util.List;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.Tie;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * A tie whose {@code until} year lies before the current year ({@link CheckContext#currentYear()}) but
 * still carries flows ({@code via} it): either the flows ended with the tie, or the tie was renewed.
 * A tie ending this year is still current.
 */
public final class ExpiredTie extends BasicCheck {

	public ExpiredTie() {
		super(IssueCodes.EXPIRED_TIE, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		int now = context.currentYear();
		for (Governances.TieRecord record : Governances.ties(context.network())) {
			Tie tie = record.source();
			if (!tie.isSetUntil() || tie.getUntil() >= now) {
				continue;
			}
			List<String> carried = new ArrayList<>();
			for (FlowRecord flow : context.analysis().network().flows()) {
				if (flow.source().getVia() == tie) {
					carried.add(flow.source().getName() != null ? flow.source().getName()
							: flow.source().eContainer() instanceof dev.valuenet.model.NamedElement e ? e.getName() : "?");
				}
			}
			if (!carried.isEmpty()) {
				context.report(CheckContext.Severity.WARNING, "Tie " + tie.getName() + " ended in " + tie.getUntil() + " (it is " + now
						+ ") but " + String.join(", ", carried.stream().distinct().toList()) + (carried.size() == 1 ? " still travels" : " still travel")
						+ " on it; end the flows, renew the tie (a later 'until'), or move them to a current tie.", tie,
						ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}
}
