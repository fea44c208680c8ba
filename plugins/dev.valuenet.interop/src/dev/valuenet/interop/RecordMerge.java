package dev.valuenet.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.interop.NetworkTables.FlowRow;
import dev.valuenet.model.Element;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Flows;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.Participant;
import dev.valuenet.model.Units;

/**
 * Aggregated records merged into an existing model, as text edits so its comments, order and
 * layout stay: a flow the model already has (same giver, receiver, kind or value object, a
 * stand-alone flow) gets its magnitude replaced, in the model's own style (its {@code /period} or
 * frequency kept); other flows, and actors the model lacks, are added at the end of the network.
 * The result is formatted and checked before it is returned.
 */
public final class RecordMerge {

	/** The merged text and what changed. */
	public record Result(String text, int updated, int added, int addedActors) {
	}

	private record Edit(int offset, int length, String text) {
	}

	private RecordMerge() {
	}

	public static Result into(Path model, NetworkTables tables) throws IOException {
		Path key = model.toAbsolutePath().normalize();
		String text = Files.readString(model);
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(List.of(key), Map.of(key, text));
		List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (errors.isEmpty() && workspace.document(key) != null && !workspace.document(key).getNetworks().isEmpty()
				&& workspace.document(key).getNetworks().get(0) instanceof Network network) {
			return merge(workspace, key, text, network, tables);
		}
		throw new BadInputException(model + " has errors or no network; fix it first (valuenet check " + model + ")"
				+ (errors.isEmpty() ? "" : ": " + errors.get(0)));
	}

	private static Result merge(ValuenetWorkspace workspace, Path key, String text, Network network, NetworkTables tables) throws IOException {
		List<Edit> edits = new ArrayList<>();
		Set<String> names = new HashSet<>();
		List<Flow> flows = new ArrayList<>();
		for (Element element : network.getElements()) {
			if (element instanceof NamedElement named && named.getName() != null) {
				names.add(named.getName());
			}
			if (element instanceof Flow flow) {
				flows.add(flow);
			}
		}
		StringBuilder added = new StringBuilder();
		int updated = 0, addedFlows = 0, addedActors = 0;
		Set<String> declared = new HashSet<>();
		for (Element element : network.getElements()) {
			if (element instanceof Participant p) {
				declared.add(p.getName());
			}
		}
		for (var actor : tables.actors()) {
			if (declared.add(VnetText.identifier(actor.id()).replace("^", ""))) {
				String name = unique(VnetText.identifier(actor.id()), names);
				added.append("  actor ").append(name).append(" : firm\n");
				addedActors++;
			}
		}
		for (FlowRow row : tables.flows()) {
			String from = VnetText.identifier(row.from()).replace("^", "");
			String to = VnetText.identifier(row.to()).replace("^", "");
			Flow existing = flows.stream().filter(f -> matches(f, row, from, to)).findFirst().orElse(null);
			if (existing != null) {
				edits.add(magnitude(existing, row));
				updated++;
			} else {
				String what = row.valueObject() != null && names.contains(row.valueObject()) ? row.valueObject() : row.kind();
				added.append("  flow ").append(unique(VnetText.identifier(row.id()), names)).append(" : ").append(what).append(' ')
						.append(VnetText.identifier(row.from())).append(" -> ").append(VnetText.identifier(row.to())).append(" { ")
						.append(Columns.plain(row.amountPerYear())).append(' ').append(VnetText.unitName(row.yearlyUnit())).append("/year }\n");
				addedFlows++;
			}
		}
		if (!added.isEmpty()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(network);
			int close = text.lastIndexOf('}', node.getEndOffset() - 1);
			edits.add(new Edit(close, 0, "\n  // added by valuenet import\n" + added));
		}
		edits.sort(Comparator.comparingInt(Edit::offset).reversed());
		StringBuilder merged = new StringBuilder(text);
		for (Edit edit : edits) {
			merged.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		ValuenetWorkspace check = ValuenetWorkspace.create();
		check.load(List.of(key), Map.of(key, merged.toString()));
		List<Problem> errors = check.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new BadInputException("the merged model would have errors; nothing written: " + errors.get(0));
		}
		return new Result(check.formatted(key), updated, addedFlows, addedActors);
	}

	private static boolean matches(Flow flow, FlowRow row, String from, String to) {
		if (Flows.exchange(flow) != null || flow.getFrom() == null || flow.getTo() == null || !from.equals(flow.getFrom().getName())
				|| !to.equals(flow.getTo().getName()) || !Flows.kind(flow).getLiteral().equals(row.kind())) {
			return false;
		}
		if (row.valueObject() != null && (flow.getValue() == null || !row.valueObject().equals(flow.getValue().getName()))) {
			return false;
		}
		// never put an amount in another unit into a flow: amounts of unlike units are different flows
		return flow.getQuantity() == null || Units.isCurrency(flow.getQuantity().getUnit()) == Units.isCurrency(row.yearlyUnit())
				&& (Units.isCurrency(row.yearlyUnit()) || flow.getQuantity().getUnit().equals(row.yearlyUnit()));
	}

	/** The flow's new magnitude, in its own style: per its /period, else per its frequency, else per year. */
	private static Edit magnitude(Flow flow, FlowRow row) {
		double yearly = row.amountPerYear();
		String unit = VnetText.unitName(row.yearlyUnit());
		String quantity;
		if (flow.getQuantity() != null && flow.getQuantity().getPer() != null && Units.periodsPerYear(flow.getQuantity().getPer()).isPresent()) {
			OptionalDouble periods = Units.periodsPerYear(flow.getQuantity().getPer());
			quantity = Columns.plain(yearly / periods.getAsDouble()) + " " + unit + "/" + flow.getQuantity().getPer();
		} else if (flow.getFrequency() != null && flow.getFrequency().getValue() != 0) {
			quantity = Columns.plain(yearly / Units.perYear(flow.getFrequency())) + " " + unit;
		} else {
			quantity = Columns.plain(yearly) + " " + unit + "/year";
		}
		if (flow.getQuantity() != null) {
			INode node = NodeModelUtils.findActualNodeFor(flow.getQuantity());
			return new Edit(node.getOffset(), node.getLength(), quantity);
		}
		INode node = NodeModelUtils.findActualNodeFor(flow);
		String flowText = node.getText();
		int brace = flowText.indexOf('{');
		if (brace >= 0) {
			return new Edit(node.getOffset() + brace + 1, 0, " " + quantity + " ");
		}
		return new Edit(node.getEndOffset(), 0, " { " + quantity + " }");
	}

	private static String unique(String name, Set<String> names) {
		String candidate = name;
		for (int i = 2; !names.add(candidate.replace("^", "")); i++) {
			candidate = name + "_" + i;
		}
		return candidate;
	}
}
