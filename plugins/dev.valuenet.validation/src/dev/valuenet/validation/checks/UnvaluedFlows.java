package dev.valuenet.validation.checks;

import java.util.List;
import java.util.Locale;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * Says once per file which flows have no value in the network currency, so that no value figure leaves
 * them out silently: one info on the network (or scenario) declaration, naming the first few flows and
 * what each lacks.
 */
public final class UnvaluedFlows extends BasicCheck {

	private static final int NAMED = 5;

	public UnvaluedFlows() {
		super(IssueCodes.UNVALUED_FLOWS, Cost.NORMAL);
	}

	@Override
	public void check(CheckContext context) {
		List<FlowRecord> all = context.analysis().network().flows();
		List<FlowRecord> unvalued = context.analysis().unvaluedFlows().stream()
				.filter(f -> context.network() instanceof Scenario || f.source().eResource() == context.network().eResource()).toList();
		if (unvalued.isEmpty()) {
			return;
		}
		String currency = context.analysis().currency() == null ? "the network currency" : context.analysis().currency();
		StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
				"%d of %d flows have no value in %s and are left out of value figures (strength, concentration, Shapley, money at risk, Sankey): ",
				unvalued.size(), all.size(), currency));
		for (int i = 0; i < Math.min(NAMED, unvalued.size()); i++) {
			FlowRecord flow = unvalued.get(i);
			message.append(i == 0 ? "" : "; ").append(name(flow)).append(" (").append(flow.value().note()).append(')');
		}
		if (unvalued.size() > NAMED) {
			message.append("; and ").append(unvalued.size() - NAMED).append(" more");
		}
		message.append(". Give them a 'price' or a 'worth' (docs/language.md, Value).");
		context.report(CheckContext.Severity.INFO, message.toString(), context.network(), ValuenetPackage.Literals.NAMED_ELEMENT__NAME,
				code());
	}

	private static String name(FlowRecord flow) {
		String name = flow.source().getName();
		return name != null ? name : flow.kind().getLiteral() + " " + simple(flow.from()) + " -> " + simple(flow.to());
	}

	private static String simple(String qualified) {
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}
}
