package dev.valuenet.validation.checks;

import dev.valuenet.analysis.BetweennessSample;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.validation.CheckContext;

/**
 * An actor through which more than half of all shortest value paths run (normalized betweenness
 * above {@value #THRESHOLD} on all layers) is a hub the network depends on. Above
 * {@link BetweennessSample#EXACT_MAX_NODES} actors the betweenness is estimated and the finding states
 * the error bound.
 */
public final class HubDependency extends BasicCheck {

	public HubDependency() {
		super(IssueCodes.HUB_DEPENDENCY, Cost.NORMAL);
	}

	public static final double THRESHOLD = 0.5;

	@Override
	public void check(CheckContext context) {
		if (context.analysis().betweennessAtMost(LayerGraph.ALL, -1, THRESHOLD)) {
			return; // proved without searching from every actor: no hub
		}
		double[] scores = context.analysis().scores(LayerGraph.ALL, "betweenness");
		LayerGraph graph = context.analysis().graph(LayerGraph.ALL);
		BetweennessSample sample = context.analysis().betweennessSample(LayerGraph.ALL);
		for (int v = 0; v < scores.length; v++) {
			double betweenness = scores[v];
			if (betweenness > THRESHOLD) {
				String[] shown = Figures.apart(betweenness, THRESHOLD, 2);
				context.report(CheckContext.Severity.WARNING, String.format(
						"%s lies on %.0f%% of the shortest value paths (betweenness %s > %s): the network depends on this hub.%s",
						graph.node(v).simpleName(), betweenness * 100, shown[0], shown[1], sample == null ? "" : " (" + sample.describe() + ")"),
						graph.node(v).source(),
						ValuenetPackage.Literals.NAMED_ELEMENT__NAME, code());
			}
		}
	}
}
