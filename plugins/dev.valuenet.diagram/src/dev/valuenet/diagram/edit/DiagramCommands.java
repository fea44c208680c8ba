package dev.valuenet.diagram.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.diagram.Ties;
import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.edit.TextEdits;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Actor;
import dev.valuenet.model.ActorKind;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flow;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.RemoveEdit;
import dev.valuenet.model.ReplaceEdit;
import dev.valuenet.model.Role;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.Segment;
import dev.valuenet.model.Tie;
import dev.valuenet.model.ValueKind;
import dev.valuenet.model.ValueObject;
import dev.valuenet.model.ValuenetPackage.Literals;

/**
 * The editing gestures of the network map, as text edits of the .vnet files behind it. Ids are
 * those of {@link dev.valuenet.diagram.DiagramBuilder#map}: a node is its participant's qualified
 * name, {@code f<n>} the n-th resolved flow, {@code t<n>} the n-th tie. Each command returns the
 * changes to apply (every file the gesture touches, e.g. all files of a renamed actor) or a
 * refusal message; it never throws for a bad request and never changes the model itself.
 * <p>
 * On a scenario's map the scenario is edited, never its base: a new actor or flow becomes an
 * {@code add} edit, deleting something of the base adds a {@code remove} edit, and reconnecting a
 * flow of the base removes it and adds a rewired copy. What the scenario itself added is edited in
 * place. Renaming renames the declaration wherever it lives, with every reference in every file.
 */
public final class DiagramCommands {

	private static final Pattern QUANTITY = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?[kMBT]?)\\s*([A-Za-z_]\\w*)(?:\\s*/\\s*([A-Za-z_]\\w*))?\\s*");
	private static final Pattern EDGE = Pattern.compile("([ft])(\\d{1,9})");

	private final AbstractNetwork network;

	/** Commands on the map of {@code network} (a network or a scenario, loaded with the other files it needs). */
	public DiagramCommands(AbstractNetwork network) {
		this.network = network;
	}

	/**
	 * Commands on the network or scenario named {@code name} of a model session (by its rule: qualified
	 * name or a unique last part), e.g. one opened with the editors' unsaved texts.
	 *
	 * @throws IllegalArgumentException when the model declares none (the message suggests the closest name)
	 */
	public static DiagramCommands of(ModelSession session, String name) {
		return new DiagramCommands(session.network(name));
	}

	public AbstractNetwork network() {
		return network;
	}

	// ---- create -------------------------------------------------------------------------------

	/** The kinds {@link #createActor} accepts, for a picker: the actor kinds, then the network's roles. */
	public List<String> actorKinds() {
		List<String> kinds = new ArrayList<>(literals(ActorKind.VALUES));
		declarations(Role.class).stream().map(Role::getName).distinct().forEach(kinds::add);
		return kinds;
	}

	/** The kinds {@link #createFlow} accepts, for a picker: the value kinds, then the network's value objects. */
	public List<String> flowKinds() {
		List<String> kinds = new ArrayList<>(literals(ValueKind.VALUES));
		declarations(ValueObject.class).stream().map(ValueObject::getName).distinct().forEach(kinds::add);
		return kinds;
	}

	/**
	 * A new actor: {@code actor <name> : <kind>}. A null name gives NewActor (NewActor2, ... when
	 * taken); {@code kind} is an actor kind ({@code firm}, {@code supplier}, ...) or the name of a
	 * role of the network, null for {@code firm}.
	 */
	public EditResult createActor(String name, String kind) {
		return guarded(() -> createActorUnguarded(name, kind));
	}

	private EditResult createActorUnguarded(String name, String kind) {
		Names names = new Names(network);
		String actorName = name == null || name.isBlank() ? names.unique("NewActor") : name;
		String refusal = names.refusal(actorName);
		if (refusal != null) {
			return EditResult.refused(refusal);
		}
		String kindText = kind == null || kind.isBlank() ? ActorKind.FIRM.getLiteral() : kind;
		if (!literals(ActorKind.VALUES).contains(kindText) && visible(Role.class, kindText) == null) {
			return EditResult.refused("'" + kindText + "' is neither an actor kind (" + String.join(", ", literals(ActorKind.VALUES)) + ") nor a role of "
					+ network.getName() + ".");
		}
		return EditResult.of(List.of(Placement.insert(network, Actor.class, "actor " + actorName + " : " + kindText)), qualified(actorName));
	}

	/** A new customer segment: {@code segment <name>}; a null name gives NewSegment (NewSegment2, ...). */
	public EditResult createSegment(String name) {
		return guarded(() -> createSegmentUnguarded(name));
	}

	private EditResult createSegmentUnguarded(String name) {
		Names names = new Names(network);
		String segmentName = name == null || name.isBlank() ? names.unique("NewSegment") : name;
		String refusal = names.refusal(segmentName);
		if (refusal != null) {
			return EditResult.refused(refusal);
		}
		return EditResult.of(List.of(Placement.insert(network, Segment.class, "segment " + segmentName)), qualified(segmentName));
	}

	/** A new flow between two nodes, without a quantity. */
	public EditResult createFlow(String sourceId, String targetId, String kind) {
		return createFlow(sourceId, targetId, kind, null);
	}

	/**
	 * A new flow {@code flow <kind>To<Target> : <kind> <source> -> <target> { <quantity> }}.
	 * {@code kind} is a value kind ({@code money}, {@code goods}, ...) or the name of a value object
	 * of the network; {@code quantity} (optional) is an amount with a unit, e.g. {@code 2.4M EUR/year}.
	 * The result's element is the new flow's name.
	 */
	public EditResult createFlow(String sourceId, String targetId, String kind, String quantity) {
		return guarded(() -> createFlowUnguarded(sourceId, targetId, kind, quantity));
	}

	private EditResult createFlowUnguarded(String sourceId, String targetId, String kind, String quantity) {
		ParticipantRecord source = participant(sourceId);
		ParticipantRecord target = participant(targetId);
		if (source == null || target == null) {
			return EditResult.refused(unknownNode(source == null ? sourceId : targetId));
		}
		if (source == target) {
			return EditResult.refused("A flow from '" + source.simpleName() + "' to itself moves no value; drag it to another node.");
		}
		String kindText = kind == null ? "" : kind.strip();
		if (!literals(ValueKind.VALUES).contains(kindText) && visible(ValueObject.class, kindText) == null) {
			return EditResult.refused("'" + kindText + "' is neither a value kind (" + String.join(", ", literals(ValueKind.VALUES)) + ") nor a value object of "
					+ network.getName() + ".");
		}
		Names names = new Names(network);
		String properties = "";
		if (quantity != null && !quantity.isBlank()) {
			Matcher m = QUANTITY.matcher(quantity);
			if (!m.matches() || (names.isKeyword(m.group(2)) && !m.group(2).equals("unit")) || (m.group(3) != null && names.isKeyword(m.group(3))
					&& !m.group(3).equals("unit"))) {
				return EditResult.refused("'" + quantity + "' is not a quantity; write an amount and a unit, e.g. 2.4M EUR/year or 120k units/year.");
			}
			properties = " { " + m.group(1) + " " + m.group(2) + (m.group(3) == null ? "" : "/" + m.group(3)) + " }";
		}
		String flowName = names.unique(decapitalize(kindText) + "To" + capitalize(target.simpleName()));
		String declaration = "flow " + flowName + " : " + kindText + " " + source.simpleName() + " -> " + target.simpleName() + properties;
		return EditResult.of(List.of(Placement.insert(network, Flow.class, declaration)), flowName);
	}

	// ---- delete -------------------------------------------------------------------------------

	// ---- views -------------------------------------------------------------------------------

	/**
	 * The map's current settings as a new {@code view} statement (docs/language.md, Views), after
	 * the last view of the network (else at its end; in a scenario, after its last edit), in the
	 * formatter's canonical layout. Only what differs from the defaults is written.
	 *
	 * @param title a title, or null
	 * @param chart map, sankey or heatmap
	 */
	public EditResult saveView(String name, String title, String chart, dev.valuenet.diagram.DiagramOptions options) {
		return guarded(() -> saveViewUnguarded(name, title, chart, options));
	}

	private EditResult saveViewUnguarded(String name, String title, String chart, dev.valuenet.diagram.DiagramOptions options) {
		String refusal = new Names(network).refusal(name);
		if (refusal != null) {
			return EditResult.refused(refusal);
		}
		String prefix = network.getName() + ".";
		if (options.focus() != null && options.focus().startsWith(prefix)) {
			options = options.withFocus(options.focus().substring(prefix.length()), options.hops()); // the map's ids are qualified
		}
		if (chart == null || !dev.valuenet.diagram.DeclaredViews.CHARTS.contains(chart)) {
			return EditResult.refused("A view is drawn as one of " + String.join(", ", dev.valuenet.diagram.DeclaredViews.CHARTS) + ", not '" + chart + "'.");
		}
		Network target = network instanceof Network n ? n : null;
		EObject block = network;
		if (target != null) {
			for (Network part : Networks.parts(target)) {
				if (TextEdits.lastMember(part, m -> m instanceof dev.valuenet.model.View) != null) {
					target = part;
					break;
				}
			}
			block = target;
		}
		List<? extends EObject> members = TextEdits.members(block);
		EObject anchor = TextEdits.lastMember(block, m -> m instanceof dev.valuenet.model.View);
		if (anchor == null && !members.isEmpty()) {
			anchor = members.get(members.size() - 1);
		}
		String text = TextEdits.text(block);
		String indent = members.isEmpty() ? TextEdits.indentOfLine(text, NodeModelUtils.getNode(block).getOffset()) + "  "
				: TextEdits.indentOfLine(text, NodeModelUtils.getNode(members.get(0)).getOffset());
		// insertMember indents the first line itself
		String statement = dev.valuenet.diagram.DeclaredViews.statement(name, title, chart, options, indent).substring(indent.length());
		return EditResult.of(List.of(TextEdits.insertMember(block, anchor, statement)), null); // a view has no box to select
	}

	/**
	 * Deletes a node or an edge with what refers to it (see {@link Deletion}): an actor takes its
	 * flows, ties, exchanges, rules, partner canvas and the scenario edits about it along. On a
	 * scenario's map, deleting something of the base adds {@code remove <name>} to the scenario
	 * (and deletes the scenario's own edits that use it); deleting an actor that replaces another
	 * turns {@code replace A with B} into {@code remove A}.
	 */
	public EditResult delete(String id) {
		return guarded(() -> deleteUnguarded(id));
	}

	private EditResult deleteUnguarded(String id) {
		EObject element = element(id);
		if (element == null) {
			return EditResult.refused(unknownElement(id));
		}
		ResourceSet resources = element.eResource().getResourceSet();
		if (declaredHere(element)) {
			if (element.eContainer() instanceof ReplaceEdit replace) {
				List<TextChange> changes = new ArrayList<>(new Deletion(resources, o -> true).changes(List.of(), List.of(element)));
				INode node = NodeModelUtils.getNode(replace);
				changes.add(new TextChange(replace.eResource().getURI(), node.getOffset(), node.getLength(),
						"remove " + TextEdits.featureText(replace, Literals.REPLACE_EDIT__TARGET)));
				return EditResult.of(changes, null);
			}
			// the last flow of an exchange takes the exchange along: an exchange without flows exchanges nothing
			EObject line = element.eContainer() instanceof Exchange exchange && exchange.getFlows().size() == 1 ? Deletion.line(exchange)
					: Deletion.line(element);
			return EditResult.of(new Deletion(resources, o -> true).changes(List.of(line), List.of()), null);
		}
		Scenario scenario = (Scenario) network;
		NamedElement named = (NamedElement) element;
		if (named.getName() == null) {
			return EditResult.refused("This flow belongs to exchange '" + ((NamedElement) element.eContainer()).getName()
					+ "' of the base network; a scenario removes a whole exchange: delete the exchange in the text with 'remove "
					+ ((NamedElement) element.eContainer()).getName() + "'.");
		}
		List<TextChange> changes = new ArrayList<>(new Deletion(resources, o -> EcoreUtil.isAncestor(scenario, o)).changes(List.of(),
				List.of(element)));
		changes.add(Placement.insertEdit(scenario, Placement.rank(RemoveEdit.class), "remove " + named.getName()));
		return EditResult.of(changes, null);
	}

	// ---- rename -------------------------------------------------------------------------------

	/**
	 * Renames the declaration behind a node (or a named flow or tie) and every reference to it in
	 * every loaded file: a reference keeps its form, {@code OEM} becomes {@code Maker} and
	 * {@code auto.oem.OEM} becomes {@code auto.oem.Maker}. The result's element is the node's new id.
	 */
	public EditResult rename(String id, String newName) {
		return guarded(() -> renameUnguarded(id, newName));
	}

	private EditResult renameUnguarded(String id, String newName) {
		EObject element = element(id);
		if (element == null) {
			return EditResult.refused(unknownElement(id));
		}
		NamedElement named = (NamedElement) element;
		if (named.getName() == null) {
			return EditResult.refused("This flow belongs to exchange '" + ((NamedElement) element.eContainer()).getName()
					+ "' and has no name of its own; rename the exchange in the text.");
		}
		if (named.getName().equals(newName)) {
			return EditResult.refused("'" + newName + "' is already its name.");
		}
		AbstractNetwork declaring = EcoreUtil2.getContainerOfType(named, AbstractNetwork.class);
		String refusal = new Names(declaring).refusal(newName);
		if (refusal != null) {
			return EditResult.refused(refusal);
		}
		return Renaming.rename(named, newName);
	}

	// ---- reconnect ----------------------------------------------------------------------------

	/**
	 * Moves an edge's ends: a flow's giver and receiver, or a tie's two participants (null keeps an
	 * end). A {@code via} tie that no longer joins the flow's ends is dropped. On a scenario's map a
	 * flow or tie of the base is removed and a rewired copy added (its name gets a number, since the
	 * base keeps the old declaration).
	 */
	public EditResult reconnect(String edgeId, String newSourceId, String newTargetId) {
		return guarded(() -> reconnectUnguarded(edgeId, newSourceId, newTargetId));
	}

	private EditResult reconnectUnguarded(String edgeId, String newSourceId, String newTargetId) {
		EObject element = element(edgeId);
		if (!(element instanceof Flow) && !(element instanceof Tie)) {
			return EditResult.refused(element == null ? unknownElement(edgeId) : "'" + edgeId + "' is a node; only flows and ties are reconnected.");
		}
		if (element.eContainer() instanceof Exchange exchange) {
			return EditResult.refused("The flows of exchange '" + exchange.getName() + "' go between its two parties; change the exchange in the text.");
		}
		String[] ends = currentEnds(edgeId);
		ParticipantRecord from = participant(newSourceId == null ? ends[0] : newSourceId);
		ParticipantRecord to = participant(newTargetId == null ? ends[1] : newTargetId);
		if (from == null || to == null) {
			return EditResult.refused(unknownNode(from == null ? newSourceId : newTargetId));
		}
		String what = element instanceof Flow ? "flow" : "tie";
		if (from == to) {
			return EditResult.refused("A " + what + " from '" + from.simpleName() + "' to itself connects nothing; drop the end on another node.");
		}
		if (from.name().equals(ends[0]) && to.name().equals(ends[1])) {
			return EditResult.refused("The " + what + " already connects " + from.simpleName() + " and " + to.simpleName() + ".");
		}
		return declaredHere(element) ? Rewiring.rewire((NamedElement) element, from.source(), to.source())
				: Rewiring.rewiredCopy((Scenario) network, (NamedElement) element, from, to);
	}

	private String[] currentEnds(String edgeId) {
		int n = Integer.parseInt(edgeId.substring(1));
		if (edgeId.startsWith("f")) {
			FlowRecord flow = resolved().flows().get(n);
			return new String[] { flow.from(), flow.to() };
		}
		Ties.TieRecord tie = Ties.of(network, resolved()).get(n);
		return new String[] { tie.a(), tie.b() };
	}

	// ---- shared -------------------------------------------------------------------------------

	/**
	 * Runs a command; refuses to edit a file with syntax errors (its node model may not match what
	 * the user sees) and turns a defect of ours into a message instead of an exception.
	 */
	private EditResult guarded(Supplier<EditResult> command) {
		EditResult result;
		try {
			result = command.get();
		} catch (RuntimeException e) {
			return EditResult.refused("The edit could not be computed (" + e + "); fix the model's errors and retry, or report this with the"
					+ " files attached.");
		}
		if (!result.ok() || network.eResource() == null) {
			return result;
		}
		for (org.eclipse.emf.common.util.URI file : result.byFile().keySet()) {
			Resource resource = network.eResource().getResourceSet().getResource(file, false);
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null && xtext.getParseResult().hasSyntaxErrors()) {
				INode error = xtext.getParseResult().getSyntaxErrors().iterator().next();
				return EditResult.refused(file.lastSegment() + ":" + error.getStartLine() + " has a syntax error; fix it before editing from"
						+ " the diagram.");
			}
		}
		return result;
	}

	ResolvedNetwork resolved() {
		return NetworkAnalysis.of(network).network();
	}

	ParticipantRecord participant(String id) {
		return id == null ? null : resolved().participants().get(id);
	}

	/** The declaration behind a node or edge id, or null. */
	EObject element(String id) {
		ParticipantRecord participant = participant(id);
		if (participant != null) {
			return participant.source();
		}
		Matcher m = id == null ? null : EDGE.matcher(id);
		if (m == null || !m.matches()) {
			return null;
		}
		int n = Integer.parseInt(m.group(2));
		if (m.group(1).equals("f")) {
			List<FlowRecord> flows = resolved().flows();
			return n < flows.size() ? flows.get(n).source() : null;
		}
		List<Ties.TieRecord> ties = Ties.of(network, resolved());
		return n < ties.size() ? ties.get(n).tie() : null;
	}

	String unknownElement(String id) {
		return id != null && id.matches("f\\d+|t\\d+") ? "No flow or tie '" + id + "' on the map of " + network.getName() + "; reload the diagram."
				: unknownNode(id);
	}

	String unknownNode(String id) {
		return id != null && (id.startsWith("community-") || id.matches("c\\d+"))
				? "'" + id + "' stands for a whole community; expand the summarized map to edit its actors."
				: "No actor or segment '" + id + "' in " + network.getName() + "; reload the diagram.";
	}

	/** Whether the element is declared by the network shown (editable in place) rather than by a base of the scenario. */
	boolean declaredHere(EObject element) {
		return network instanceof Network || EcoreUtil.isAncestor(network, element);
	}

	String qualified(String simpleName) {
		return network.getName() + "." + simpleName;
	}

	/** A declaration of {@code type} named {@code name} in the network, its other files, or its bases; null when none. */
	<T extends NamedElement> T visible(Class<T> type, String name) {
		return declarations(type).stream().filter(d -> name.equals(d.getName())).findFirst().orElse(null);
	}

	/** The named declarations of {@code type} in the network, its other files and its bases, nearest first. */
	<T extends NamedElement> List<T> declarations(Class<T> type) {
		List<T> found = new ArrayList<>();
		java.util.Set<AbstractNetwork> seen = new java.util.HashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			List<EObject> scopes = new ArrayList<>();
			if (n instanceof Network declared) {
				scopes.addAll(Networks.parts(declared));
			} else {
				scopes.add(n);
			}
			for (EObject scope : scopes) {
				for (EObject object : (Iterable<EObject>) scope::eAllContents) {
					if (type.isInstance(object) && ((NamedElement) object).getName() != null) {
						found.add(type.cast(object));
					}
				}
			}
		}
		return found;
	}

	/** The literals the grammar accepts ("unspecified" is the metamodel's default, not a keyword). */
	private static List<String> literals(List<? extends org.eclipse.emf.common.util.Enumerator> values) {
		return values.stream().map(org.eclipse.emf.common.util.Enumerator::getLiteral).filter(l -> !l.equals("unspecified")).toList();
	}

	static String capitalize(String s) {
		return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
	}

	static String decapitalize(String s) {
		return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
	}

}
