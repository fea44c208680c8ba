package dev.valuenet.analysis;

import java.util.List;

/**
 * The flow efficiency of one value path: the fastest chain of goods and service flows from an
 * actor into a customer segment ({@link dev.valuenet.metrics.flow.FlowEfficiency}).
 *
 * @param from         qualified name of the actor where the path starts
 * @param segment      qualified name of the segment it ends in
 * @param steps        number of flows (edges) on the path
 * @param leadDays     total lead time in days (a step without a stated lead time counts 0)
 * @param cost         total cost per transfer in the network currency (a step without a cost counts 0)
 * @param accuracy     product of the steps' accuracies, 0..1 (a step without one counts 1)
 * @param slowestFrom  giver of the step with the longest lead time (the first on a tie)
 * @param slowestTo    receiver of that step
 * @param slowestDays  its lead time in days
 * @param stepsWithoutLead steps whose lead time is not stated
 * @param path         the participants along the path, from {@code from} to {@code segment}
 */
public record ValuePath(String from, String segment, int steps, double leadDays, double cost, double accuracy, String slowestFrom,
		String slowestTo, double slowestDays, int stepsWithoutLead, List<String> path) {
}
