package dev.valuenet.validation.checks;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.valuenet.analysis.Profitability;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Amounts;
import dev.valuenet.model.Governance;
import dev.valuenet.model.GovernanceStatement;
import dev.valuenet.model.Incentive;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * An actor that pays out more money a year than it takes in cannot sustain its place in the network
 * (e3value's profitability sheet). Customers are expected to pay (segments and actors of kind
 * {@code customer} are exempt), and so is an actor that declares the subsidy: the payer of an
 * {@code incentive}. A deficit within {@value #TOLERANCE} of the money paid out is within the precision of a
 * model's yearly estimates (a clearing house passing money on) and not reported.
 */
public final class LossMaking extends BasicCheck {

	/** Share of the money paid out that a deficit must exceed to be reported. */
	public static final double TOLERANCE = 0.05;

	public LossMaking() {
		super(IssueCodes.LOSS_MAKING, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		ResolvedNetwork network = context.analysis().network();
		Set<String> subsidizers = subsidizers(context);
		String currency = context.analysis().currency() == null ? "" : " " + context.analysis().currency();
		for (Profitability row : context.analysis().profitability()) {
			if (row.segment() || row.kind().equals("customer") || subsidizers.contains(row.actor()) || !(row.moneyOut() - row.moneyIn() > TOLERANCE * row.moneyOut())) {
				continue;
			}
			context.report(CheckContext.Severity.WARNING, String.format(Locale.ROOT,
					"%s pays out %s%s a year and takes in %s%s: a loss of %s%s a year. Add the money it earns, or declare the subsidy"
							+ " as an 'incentive ... for <beneficiary> from %s'.",
					network.participants().get(row.actor()).simpleName(), Amounts.compact(row.moneyOut()), currency,
					Amounts.compact(row.moneyIn()), currency, Amounts.compact(row.moneyOut() - row.moneyIn()), currency,
					network.participants().get(row.actor()).simpleName()),
					network.participants().get(row.actor()).source(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
		}
	}

	/** Payers of declared incentives, by qualified name. */
	private static Set<String> subsidizers(CheckContext context) {
		Set<String> names = new HashSet<>();
		AbstractNetwork base = context.network();
		for (int depth = 0; base instanceof Scenario scenario && depth < 100; depth++) {
			base = scenario.getBase();
		}
		if (base instanceof Network root && !root.eIsProxy()) {
			for (Network part : Networks.parts(root)) {
				part.getElements().stream().filter(Governance.class::isInstance).map(Governance.class::cast)
						.flatMap(g -> g.getStatements().stream()).forEach(s -> addPayer(s, names));
			}
		}
		return names;
	}

	private static void addPayer(GovernanceStatement statement, Set<String> names) {
		if (statement instanceof Incentive incentive && incentive.getPayer() != null && !incentive.getPayer().eIsProxy()) {
			names.add(ResolvedNetwork.qualifiedName(incentive.getPayer()));
		}
	}
}
