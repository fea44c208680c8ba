package dev.valuenet.validation;

import java.util.List;

import dev.valuenet.validation.checks.EscalationWithoutChannel;
import dev.valuenet.validation.checks.ExpiredTie;
import dev.valuenet.validation.checks.GovernanceRules;
import dev.valuenet.validation.checks.IncentiveWithoutFlow;
import dev.valuenet.validation.checks.HubDependency;
import dev.valuenet.validation.checks.LossMaking;
import dev.valuenet.validation.checks.LowRedundancy;
import dev.valuenet.validation.checks.SingleBridgeCommunity;
import dev.valuenet.validation.checks.SinglePointOfFailure;
import dev.valuenet.validation.checks.SupplierConcentration;
import dev.valuenet.validation.checks.UnvaluedFlows;
import dev.valuenet.validation.checks.VisibilityBreach;

/** The one place where metric checks are registered: the workbench and the CLI both run this list. */
public final class MetricChecks {

	public static final List<MetricCheck> ALL = List.of(
			new GovernanceRules(),
			new SinglePointOfFailure(),
			new HubDependency(),
			new SupplierConcentration(),
			new LowRedundancy(),
			new SingleBridgeCommunity(),
			new LossMaking(),
			new UnvaluedFlows(),
			new VisibilityBreach(),
			new IncentiveWithoutFlow(),
			new EscalationWithoutChannel(),
			new ExpiredTie());

	private MetricChecks() {
	}
}
