package dev.valuenet.dsl.parsing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.AbstractNode;
import org.eclipse.xtext.nodemodel.impl.CompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;

import dev.valuenet.dsl.linking.ElementEdit;
import dev.valuenet.dsl.services.ValuenetGrammarAccess;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;
import dev.valuenet.model.Element;
import dev.valuenet.model.Network;

/**
 * The parse of an edited text that parses again only the elements of a network the edit touches, with one
 * untouched element on either side (nothing before the first element, and the network's closing brace after
 * its last), and puts them in place of the old ones (their objects and their nodes); every other element
 * keeps its objects and nodes. Any other edit (of a scenario or a network's header), or one whose elements
 * do not parse cleanly on their own, parses the whole text. Xtext's own partial parse reparses the smallest
 * rule around the edit: a line inserted between two elements is in the network's rule, so it parsed the
 * whole 2.4 MB of the 5,200-actor example again (0.3 s, and 250 MB of new objects for the collector).
 * <p>
 * Why the untouched neighbours suffice: an element starts with its keyword and every optional part at its
 * end starts with a token that no element starts with, so the parser ends an element where the next one
 * begins whatever follows; text added right after an element may still extend it (a title), hence the
 * neighbour before the edit is parsed again too. Nothing after the header extends it, as long as its last
 * token stays one (blank text follows it) and what is parsed holds no header part (a currency, a rate).
 * Hidden text (blanks, comments) before an element belongs to that element's node, in the whole text and
 * in the piece alike.
 */
public class NetworkElementReparser extends PartialParsingHelper {
	/** Text around the elements parsed again: a network for them to be elements of. */
	private static final String BEFORE = "network reparsed {", AFTER = "\n}";

	@Inject
	private ValuenetGrammarAccess grammar;

	@Inject
	private IReferableElementsUnloader unloader;

	@Override
	public IParseResult reparse(IParser parser, IParseResult previous, ReplaceRegion change) {
		IParseResult spliced = reparseElements(parser, previous, change);
		return spliced != null ? spliced : fullyReparse(parser, previous, change);
	}

	/** The new parse with only the touched elements parsed again, or null where that does not apply. */
	private IParseResult reparseElements(IParser parser, IParseResult previous, ReplaceRegion change) {
		ICompositeNode root = previous.getRootNode();
		if (!(previous.getRootASTElement() instanceof Document document) || change.getOffset() < 0 || change.getEndOffset() > root.getTotalLength()) {
			return null;
		}
		// what is parsed again covers the edit and every syntax error of the old text
		int from = change.getOffset(), to = change.getEndOffset();
		if (previous.hasSyntaxErrors()) {
			for (INode error : previous.getSyntaxErrors()) {
				from = Math.min(from, error.getTotalOffset());
				to = Math.max(to, error.getTotalEndOffset());
			}
		}
		Network network = networkAround(document, from, to);
		if (network == null) {
			return null;
		}
		ICompositeNode body = NodeModelUtils.getNode(network);
		List<INode> children = new ArrayList<>();
		List<Integer> elementAt = new ArrayList<>(); // the positions in children of the element nodes
		for (INode child : body.getChildren()) {
			if (isElement(child)) {
				elementAt.add(children.size());
			}
			children.add(child);
		}
		EList<Element> elements = network.getElements();
		int first = 0, last = elementAt.size() - 1;
		while (first < elementAt.size() && children.get(elementAt.get(first)).getTotalEndOffset() < from) {
			first++;
		}
		while (last >= 0 && children.get(elementAt.get(last)).getTotalOffset() > to) {
			last--;
		}
		// parsed again: from the untouched element before the edit to the untouched one after it, or to the
		// network's closing brace where the edit reaches its last element or the text after it; from the first
		// element itself where the edit touches it (nothing that follows the header can extend it, see below)
		boolean fromFirst = first == 0;
		int before = Math.max(0, first - 1);
		boolean toEnd = last + 1 == elementAt.size();
		int lastReplaced = toEnd ? elementAt.size() - 1 : last + 1;
		if (elementAt.isEmpty() || elements.size() != elementAt.size()) {
			return null;
		}
		for (int i = before; i <= lastReplaced; i++) {
			if (semanticElement(children.get(elementAt.get(i))) != elements.get(i)) {
				return null;
			}
		}
		INode firstOld = children.get(elementAt.get(before));
		if (from < firstOld.getTotalOffset()) {
			return null; // the edit reaches into the network's header
		}
		int endIndex = toEnd ? children.size() - 1 : elementAt.get(lastReplaced); // the child swapped for its new self
		INode endOld = children.get(endIndex);
		if (toEnd && (endOld.getGrammarElement() != grammar.getNetworkAccess().getRightCurlyBracketKeyword_7() || to > endOld.getTotalOffset())) {
			return null;
		}
		StringBuilder edited = new StringBuilder(root.getText());
		change.applyTo(edited);
		String newText = edited.toString();
		int shift = change.getText().length() - change.getLength();
		String piece = newText.substring(firstOld.getTotalOffset(), (toEnd ? endOld.getTotalOffset() : endOld.getTotalEndOffset()) + shift);
		// from the first element: the header's last token must stay one (text typed right after "currency EUR"
		// would join it), and what is parsed must not be header (a currency or a rate)
		if (fromFirst && (piece.isEmpty() || !Character.isWhitespace(piece.charAt(0)))) {
			return null;
		}
		IParseResult parsed = parser.parse(new StringReader(BEFORE + piece + (toEnd ? "}" : AFTER)));
		if (parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof Document wrapper) || wrapper.getNetworks().size() != 1
				|| !(wrapper.getNetworks().get(0) instanceof Network reparsed) || reparsed.getCurrency() != null || !reparsed.getRates().isEmpty()) {
			return null;
		}
		// the new children: what the piece parsed to between the braces (up to the last element, unless to the end)
		List<INode> newChildren = new ArrayList<>();
		boolean inBody = false;
		for (INode child : NodeModelUtils.getNode(reparsed).getChildren()) {
			if (inBody) {
				newChildren.add(child);
			}
			inBody |= child.getGrammarElement() == grammar.getNetworkAccess().getLeftCurlyBracketKeyword_3();
		}
		INode endNew = newChildren.removeLast(); // the closing brace
		if (!toEnd) {
			while (!newChildren.isEmpty() && !isElement(newChildren.getLast())) {
				newChildren.removeLast(); // what AFTER added
			}
			endNew = newChildren.isEmpty() ? null : newChildren.removeLast();
		}
		List<Element> newElements = List.copyOf(reparsed.getElements());
		if (endNew == null || newChildren.stream().filter(this::isElement).count() + (toEnd ? 0 : 1) != newElements.size()) {
			return null;
		}
		INode firstNew = newChildren.isEmpty() ? endNew : newChildren.get(0);
		if (firstNew.getTotalOffset() != BEFORE.length() || (toEnd ? endNew.getTotalOffset() : endNew.getTotalEndOffset()) != BEFORE.length() + piece.length()) {
			return null; // the new nodes do not cover the piece exactly
		}

		// the objects: the new elements in place of the old ones, which become proxies (as Xtext unloads); all
		// unloaded before any is removed, so that their URIs come from one table of positions (ValuenetResource).
		// The linking that follows links what the change can have changed (dev.valuenet.dsl.linking.ValuenetLinker).
		ElementEdit.record(document, elements.subList(before, lastReplaced + 1), newElements);
		for (int i = before; i <= lastReplaced; i++) {
			unloader.unloadRoot(elements.get(i));
		}
		for (int i = lastReplaced; i >= before; i--) {
			elements.remove(i);
		}
		elements.addAll(before, newElements);
		// the nodes: the body's children with the new ones in place of the old
		List<INode> spliced = new ArrayList<>(children.subList(0, elementAt.get(before)));
		spliced.addAll(newChildren);
		spliced.addAll(children.subList(endIndex, children.size()));
		Splicer splicer = new Splicer(); // one per splice: the parser, and this with it, may serve several threads
		splicer.setChildren(body, spliced);
		splicer.replace(endOld, endNew, newText);
		return new ParseResult(document, root, false);
	}

	private boolean isElement(INode node) {
		return node.getGrammarElement() == grammar.getNetworkAccess().getElementsNetworkElementParserRuleCall_6_0();
	}

	/** The network whose element list holds the region from {@code from} to {@code to}, if one does. */
	private static Network networkAround(Document document, int from, int to) {
		for (AbstractNetwork candidate : document.getNetworks()) {
			ICompositeNode node = NodeModelUtils.getNode(candidate);
			if (candidate instanceof Network network && node != null && node.getTotalOffset() < from && to < node.getTotalEndOffset()) {
				return network;
			}
		}
		return null;
	}

	/** The element of a node for {@code elements+=NetworkElement}: the object of its (only) rule's node. */
	private static EObject semanticElement(INode elementNode) {
		if (elementNode.hasDirectSemanticElement()) {
			return elementNode.getSemanticElement();
		}
		if (elementNode instanceof ICompositeNode composite) {
			for (INode child : composite.getChildren()) {
				if (child.hasDirectSemanticElement()) {
					return child.getSemanticElement();
				}
			}
		}
		return null;
	}

	/**
	 * Xtext's node-model builder, for the two operations a splice needs: a composite's children set anew,
	 * and one node replaced by a new one with the offsets of all leaves computed again for the new text.
	 */
	private static final class Splicer extends NodeModelBuilder {
		private boolean relinking;

		/** Makes {@code children}, some of them still linked elsewhere, the children of {@code parent}, in order. */
		void setChildren(ICompositeNode parent, List<INode> children) {
			replaceChildren(collect(children), (AbstractNode) parent);
		}

		/** Puts {@code newNode} (linked elsewhere) in place of {@code oldNode}; the root's text becomes {@code text}. */
		void replace(INode oldNode, INode newNode, String text) {
			ICompositeNode root = oldNode.getRootNode();
			replaceAndTransferLookAhead(oldNode, collect(List.of(newNode))); // also sets every leaf's offset anew, from the lengths
			setCompleteContent(root, text);
		}

		/** A new composite holding {@code nodes}, relinked from wherever they are. */
		private CompositeNode collect(List<INode> nodes) {
			CompositeNode collector = (CompositeNode) newRootNode("");
			relinking = true;
			try {
				nodes.forEach(node -> addChild(collector, (AbstractNode) node));
			} finally {
				relinking = false;
			}
			return collector;
		}

		@Override
		protected void checkValidNewChild(AbstractNode child) {
			if (!relinking) {
				super.checkValidNewChild(child);
			}
		}
	}
}
