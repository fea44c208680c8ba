package dev.valuenet.validation.checks;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.Incentive;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * {@code incentive X "..." for B from P}: an incentive is something P gives B, so the model must have
 * at least one flow (of any kind) from P to B. An incentive without a payer is not checked, nor one whose
 * payer or beneficiary a scenario removed or replaced (the comparison of the scenario shows that).
 */
public final class IncentiveWithoutFlow extends BasicCheck {

	public IncentiveWithoutFlow() {
		super(IssueCodes.INCENTIVE_WITHOUT_FLOW, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		for (Incentive incentive : Governances.statements(context.network(), Incentive.class)) {
			String payer = Governances.name(incentive.getPayer());
			String beneficiary = Governances.name(incentive.getBeneficiary());
			var participants = context.analysis().network().participants();
			if (payer == null || beneficiary == null || payer.equals(beneficiary) || !participants.containsKey(payer)
					|| !participants.containsKey(beneficiary)) {
				continue; // a scenario that removes or replaces a party leaves the incentive without object
			}
			boolean paid = false;
			for (FlowRecord flow : context.analysis().network().flows()) {
				if (flow.from().equals(payer) && flow.to().equals(beneficiary)) {
					paid = true;
					break;
				}
			}
			if (!paid) {
				context.report(CheckContext.Severity.WARNING, "Incentive " + incentive.getName() + ": no flow goes from "
						+ incentive.getPayer().getName() + " to " + incentive.getBeneficiary().getName()
						+ "; add the flow that carries it (money, a discount, a service...) or remove the incentive.", incentive,
						ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}
}
