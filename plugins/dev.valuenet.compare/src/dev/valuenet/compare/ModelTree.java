package dev.valuenet.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.valuenet.model.AddEdit;
import dev.valuenet.model.ChangeEdit;
import dev.valuenet.model.Document;
import dev.valuenet.model.Flow;

/**
 * One .vnet text as a tree of keyed elements, read from the parse tree (not the linked model), so
 * that names are compared as written and a file with unresolved references still compares.
 * <p>
 * Every containment list of the metamodel (networks, elements, rates, governance statements, exchange
 * flows, hypotheses, scenario edits, imports) holds child elements. An element's <b>key</b> is its
 * keyword and identity within its container ("actor OEM", "partner Pistons", "visibility payment",
 * "remove Pistons", "OEM -> Buyers goods" for an exchange line), made unique with "#2", "#3"... Its
 * <b>properties</b> are the other features, each as the tokens written for it ("120k units/year"),
 * so the tree follows the grammar without a list of known features: a feature added to the language
 * is compared too. The patch of a {@code change} edit and the element of an {@code add} edit are read
 * as properties of the edit.
 * <p>
 * Each element also knows its <b>chunk</b>: the whole lines it occupies plus the comment lines right
 * above it (or exactly its tokens when it shares a line with another element), which the merge moves
 * as a unit so comments travel with their element.
 */
public final class ModelTree {

	/** An element: key, keyword, properties (feature -> tokens), children, chunk [start, end) in the text. */
	public record Node(String key, String kind, String name, Map<String, String> properties, List<Node> children, int start, int end,
			EObject element, Map<String, Node> byKey) {

		Node(String key, String kind, String name, Map<String, String> properties, List<Node> children, int start, int end, EObject element) {
			this(key, kind, name, properties, children, start, end, element, index(children));
		}

		private static Map<String, Node> index(List<Node> children) {
			Map<String, Node> index = new HashMap<>(children.size() * 2);
			for (Node child : children) index.put(child.key, child);
			return index;
		}

		/** The child with this key, or null (a hash lookup: models have tens of thousands of flows). */
		public Node child(String childKey) {
			return byKey.get(childKey);
		}

		/** Whether the element (properties and children, recursively) is the same as {@code other}, ignoring layout. */
		public boolean sameAs(Node other) {
			if (!properties.equals(other.properties) || children.size() != other.children.size()) return false;
			for (int i = 0; i < children.size(); i++) {
				Node a = children.get(i);
				Node b = other.child(a.key);
				if (b == null || !a.sameAs(b)) return false;
			}
			return true;
		}
	}

	private final String text;
	private final Node root;

	private ModelTree(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/** The tree of a parsed document (its resource must keep the node model, as Xtext resources do). */
	public static ModelTree of(Document document) {
		ICompositeNode node = NodeModelUtils.getNode(document);
		String text = node == null ? "" : node.getRootNode().getText();
		ModelTree tree = new ModelTree(text, null);
		return new ModelTree(text, tree.build(document, "", "", 0, text.length()));
	}

	public String text() {
		return text;
	}

	/** The document node: its children are the networks, scenarios and imports. */
	public Node root() {
		return root;
	}

	/** The chunk text of a node. */
	public String chunk(Node node) {
		return text.substring(node.start, node.end);
	}

	private Node build(EObject element, String kind, String name, int start, int end) {
		Map<String, String> properties = new LinkedHashMap<>();
		List<Node> children = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature.getName().equals("name")) continue;
			if (feature instanceof EReference ref && ref.isContainment() && ref.isMany()) {
				for (Object o : (List<?>) element.eGet(ref)) {
					EObject child = (EObject) o;
					String childKind = kind(child);
					String childName = name(child);
					String key = (childKind + " " + childName).trim();
					int n = seen.merge(key, 1, Integer::sum);
					if (n > 1) key = key + " #" + n;
					int[] chunk = chunk(child);
					Node node = build(child, childKind, childName, chunk[0], chunk[1]);
					children.add(new Node(key, node.kind, node.name, node.properties, node.children, node.start, node.end, child));
				}
			} else if (element.eIsSet(feature)) {
				if (feature instanceof EReference ref && ref.isContainment()
						&& (element instanceof AddEdit || element instanceof ChangeEdit)) {
					EObject inner = (EObject) element.eGet(ref);
					Node flat = build(inner, kind(inner), name(inner), start, end);
					flat.properties.forEach(properties::put);
					for (Node child : flat.children) {
						properties.put(child.key, tokens(NodeModelUtils.getNode(child.element)));
					}
				} else {
					properties.put(feature.getName(), featureText(element, feature));
				}
			}
		}
		return new Node((kind + " " + name).trim(), kind, name, properties, children, start, end, element);
	}

	/** The element's keyword ("actor", "flow", "partner", "add"...) or, without one, its class ("flow" of an exchange). */
	static String kind(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (leaf.isHidden()) continue;
				if (leaf.getGrammarElement() instanceof Keyword keyword && Character.isLetter(keyword.getValue().charAt(0))) {
					return keyword.getValue();
				}
				break;
			}
		}
		String name = element.eClass().getName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/** The identity of an element within its container, as written. */
	static String name(EObject element) {
		EStructuralFeature nameFeature = element.eClass().getEStructuralFeature("name");
		if (nameFeature != null && element.eGet(nameFeature) != null) return String.valueOf(element.eGet(nameFeature));
		if (element instanceof AddEdit add && add.getElement() != null) return kind(add.getElement()) + " " + name(add.getElement());
		if (element instanceof Flow flow) {
			EStructuralFeature kindFeature = flow.getValue() != null ? flow.eClass().getEStructuralFeature("value")
					: flow.eClass().getEStructuralFeature("kind");
			return featureText(flow, flow.eClass().getEStructuralFeature("from")) + " -> "
					+ featureText(flow, flow.eClass().getEStructuralFeature("to")) + " " + featureText(flow, kindFeature);
		}
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EReference ref && ref.isContainment() && ref.isMany()) continue;
			if (!feature.isDerived() && !feature.isTransient() && element.eIsSet(feature)) return featureText(element, feature);
		}
		return "";
	}

	/** The tokens written for a feature, joined by single spaces (lists joined by ", "). */
	static String featureText(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) return String.valueOf(element.eGet(feature));
		List<String> parts = new ArrayList<>();
		for (INode node : nodes) parts.add(tokens(node));
		return String.join(", ", parts);
	}

	/**
	 * An element as written, on one line: its tokens with each run of spaces, line breaks and comments
	 * between them as one space ("2 t/year" stays so; {@link #tokens} would give "2 t / year").
	 */
	static String written(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	static String tokens(INode node) {
		if (node == null) return "";
		StringBuilder text = new StringBuilder();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) continue;
			if (!text.isEmpty()) text.append(' ');
			text.append(leaf.getText());
		}
		return text.toString();
	}

	/**
	 * The chunk of an element: [first token, last token) widened to whole lines when nothing else
	 * shares them, plus the comment lines directly above.
	 */
	private int[] chunk(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) return new int[] { 0, 0 };
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd < 0) lineEnd = text.length();
		boolean aloneBefore = text.substring(lineStart, start).isBlank();
		String after = text.substring(end, lineEnd).strip();
		boolean aloneAfter = after.isEmpty() || after.startsWith("//")
				|| (after.startsWith("/*") && after.indexOf("*/") == after.length() - 2);
		if (!aloneBefore || !aloneAfter) return new int[] { start, end };
		start = lineStart;
		// comment lines right above belong to the element
		while (start > 0) {
			int previousStart = text.lastIndexOf('\n', start - 2) + 1;
			String previous = text.substring(previousStart, start - 1).strip();
			if (previous.startsWith("//") || previous.startsWith("/*") || previous.startsWith("*")) {
				start = previousStart;
			} else {
				break;
			}
		}
		end = lineEnd < text.length() ? lineEnd + 1 : lineEnd;
		return new int[] { start, end };
	}
}
