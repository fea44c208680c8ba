package dev.valuenet.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import dev.valuenet.model.ValuenetPackage;

/**
 * Colours names by what they denote, in declarations and references alike: participants (actors,
 * segments), roles, ties, flows, layers, value objects, networks and governance statements, plus the
 * enumerated kinds (firm, goods, contract...). The style ids are LSP semantic token types (Xtext's
 * SemanticTokensService maps the first id to the token type, the others to modifiers), so any LSP
 * client can render them; {@value #DECLARATION} marks the defining occurrence.
 * <p>
 * Cost: one pass over the model and the node model, linear in the file size; references are not
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

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		EClass type = object.eClass();
		String declared = styleOf(type);
		if (declared != null && P.getNamedElement().isSuperTypeOf(type)) {
			highlightFeature(acceptor, object, P.getNamedElement_Name(), declared, DECLARATION);
		}
		for (EReference reference : type.getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) continue;
			String style = styleOf(reference.getEReferenceType());
			if (style == null) continue;
			for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
				acceptor.addPosition(node.getOffset(), node.getLength(), style);
			}
		}
		for (EAttribute attribute : type.getEAllAttributes()) {
			if (attribute.getEAttributeType() instanceof EEnum) highlightFeature(acceptor, object, attribute, KIND);
		}
		return false; // children are visited too
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
