package dev.valuenet.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.tasks.ITaskTagProvider;
import org.eclipse.xtext.tasks.TaskTag;
import org.eclipse.xtext.tasks.TaskTags;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import dev.valuenet.model.ValuenetPackage;

/**
 * Colours names by what they denote, in declarations and references alike: participants (actors,
 * segments), roles, ties, flows, layers, value objects, networks and governance statements, plus the
 * enumerated kinds (firm, goods, contract...). The style ids are LSP semantic token types (Xtext's
 * SemanticTokensService maps the first id to the token type, the others to modifiers), so any LSP
 * client can render them; {@value #DECLARATION} marks the defining occurrence.
 * <p>
 * Cost: one pass over the model and one walk of each object's nodes, linear in the file size; references are not
 * resolved (the node text is coloured by the reference's declared type), so no linking is forced.
 */
public class ValuenetSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {
	public static final String PARTICIPANT = "class";
	public static final String ROLE = "interface";
	public static final String TIE = "struct";
	public static final String FLOW = "event";
	public static final String LAYER = "enum";
	public static final String VALUE = "type";
	public static final String NETWORK = "namespace";
	public static final String STATEMENT = "variable";
	public static final String KIND = "enumMember";
	public static final String DECLARATION = "declaration";

	private static final ValuenetPackage P = ValuenetPackage.eINSTANCE;

	@Inject
	private ITaskTagProvider taskTags;

	/**
	 * Task tags (TODO, FIXME...) in comments, as Xtext finds them, but only when the text holds a tag's name
	 * at all: finding them walks every token of the file (0.02 s of each colouring of the 5,200-actor file,
	 * which has none), and so did the tags' own pattern (0.06 s), where a plain search of the text for each
	 * name rules them out.
	 */
	@Override
	protected void highlightTasks(XtextResource resource, IHighlightedPositionAcceptor acceptor) {
		IParseResult parse = resource.getParseResult();
		if (parse != null && !mayHoldTags(parse.getRootNode().getText(), taskTags.getTaskTags(resource))) {
			return;
		}
		super.highlightTasks(resource, acceptor);
	}

	/** Whether {@code text} holds the name of one of {@code tags}: a tag anywhere, in a comment or not. */
	public static boolean mayHoldTags(String text, TaskTags tags) {
		String searched = tags.isCaseSensitive() ? text : text.toLowerCase(Locale.ROOT);
		for (TaskTag tag : tags) {
			String name = tags.isCaseSensitive() ? tag.getName() : tag.getName().toLowerCase(Locale.ROOT);
			if (!name.isEmpty() && searched.contains(name)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return false;
		}
		Map<String, List<INode>> nodes = nodesByFeature(object, node);
		EClass type = object.eClass();
		String declared = styleOf(type);
		if (declared != null && P.getNamedElement().isSuperTypeOf(type)) {
			highlightFirst(acceptor, nodes.get(P.getNamedElement_Name().getName()), declared, DECLARATION);
		}
		for (EReference reference : type.getEAllReferences()) {
			List<INode> referring = nodes.get(reference.getName());
			if (referring == null || reference.isContainment() || reference.isContainer()) continue;
			String style = styleOf(reference.getEReferenceType());
			if (style == null) continue;
			for (INode each : referring) {
				acceptor.addPosition(each.getOffset(), each.getLength(), style);
			}
		}
		for (EAttribute attribute : type.getEAllAttributes()) {
			if (attribute.getEAttributeType() instanceof EEnum) highlightFirst(acceptor, nodes.get(attribute.getName()), KIND);
		}
		return false; // children are visited too
	}

	/** As Xtext's highlightFeature: the first node assigned to a feature, if any. */
	private void highlightFirst(IHighlightedPositionAcceptor acceptor, List<INode> assigned, String... styles) {
		if (assigned != null) highlightNode(acceptor, assigned.get(0), styles);
	}

	/**
	 * The nodes assigned to each feature of {@code object}, from one walk of its node: what
	 * {@link NodeModelUtils#findNodesForFeature} returns for each feature, walking the node again for each
	 * (seven walks per flow; 1.8 s of the colours of the 5,200-actor example).
	 */
	public static Map<String, List<INode>> nodesByFeature(EObject object, ICompositeNode node) {
		Map<String, List<INode>> result = new HashMap<>();
		BidiTreeIterator<INode> iterator = node.getAsTreeIterable().iterator();
		while (iterator.hasNext()) {
			INode child = iterator.next();
			EObject grammarElement = child.getGrammarElement();
			if (grammarElement instanceof Action action) {
				// as Xtext: an action of this object assigns the next node; one of a child object, its first assignment
				if (child.getSemanticElement() == object) {
					child = iterator.next();
					if (action.getFeature() != null) result.computeIfAbsent(action.getFeature(), f -> new ArrayList<>()).add(child);
				} else {
					INode first = ((ICompositeNode) child).getFirstChild();
					while (first.getGrammarElement() instanceof Action) {
						first = ((ICompositeNode) first).getFirstChild();
					}
					Assignment assignment = GrammarUtil.containingAssignment(first.getGrammarElement());
					if (assignment != null) result.computeIfAbsent(assignment.getFeature(), f -> new ArrayList<>()).add(child);
				}
				iterator.prune();
			} else if (grammarElement != null && child != node) {
				Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
				if (assignment != null) {
					result.computeIfAbsent(assignment.getFeature(), f -> new ArrayList<>()).add(child);
					iterator.prune();
				}
			}
		}
		return result;
	}

	/** The token type of a declaration or reference of this type; null = not coloured. */
	static String styleOf(EClass type) {
		if (P.getParticipant().isSuperTypeOf(type)) return PARTICIPANT;
		if (P.getRole().isSuperTypeOf(type)) return ROLE;
		if (P.getTie().isSuperTypeOf(type)) return TIE;
		if (P.getFlow().isSuperTypeOf(type) || P.getExchange().isSuperTypeOf(type)) return FLOW;
		if (P.getLayer().isSuperTypeOf(type)) return LAYER;
		if (P.getValueObject().isSuperTypeOf(type)) return VALUE;
		if (P.getAbstractNetwork().isSuperTypeOf(type)) return NETWORK;
		if (P.getGovernanceStatement().isSuperTypeOf(type) || P.getHypothesis().isSuperTypeOf(type)) return STATEMENT;
		if (type == P.getNamedElement()) return STATEMENT;
		return null;
	}
}
