package dev.valuenet.dsl.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.model.Canvas;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Governance;
import dev.valuenet.model.Network;
import dev.valuenet.model.Scenario;

/**
 * Text edits of parsed .vnet files, located through the node model, so everything outside the
 * edited ranges (other lines, comments, the user's own layout) stays byte-identical. Inserted
 * lines take the block's indentation and are expected in canonical form (the formatter's output
 * for a declaration, e.g. {@code actor A : firm}); in a formatted file the result is formatted too.
 * <p>
 * Rejected: Xtext's ChangeSerializer. It re-serializes whole changed objects and needs the
 * serializer to accept every intermediate model state; these edits only ever touch the exact
 * tokens a diagram gesture changes.
 */
public final class TextEdits {

	private TextEdits() {
	}

	/** The current text of the resource an object belongs to. */
	public static String text(EObject object) {
		return ((XtextResource) object.eResource()).getParseResult().getRootNode().getText();
	}

	/** The members one line each of a block: network elements, scenario edits, hypotheses, ... */
	public static List<? extends EObject> members(EObject block) {
		return switch (block) {
			case Network network -> network.getElements();
			case Scenario scenario -> scenario.getEdits();
			case Governance governance -> governance.getStatements();
			case Canvas canvas -> canvas.getHypotheses();
			case Exchange exchange -> exchange.getFlows();
			default -> throw new IllegalArgumentException("not a block of lines: " + block.eClass().getName());
		};
	}

	/**
	 * Inserts {@code declaration} as a line of {@code block}: after the line of {@code anchor} (one
	 * of the block's members; its trailing comment stays with it), or, when anchor is null, as the
	 * first member (after the block's header such as {@code currency} and {@code rate} lines).
	 */
	public static TextChange insertMember(EObject block, EObject anchor, String declaration) {
		String text = text(block);
		List<? extends EObject> members = members(block);
		ICompositeNode blockNode = NodeModelUtils.getNode(block);
		String blockIndent = indentOfLine(text, blockNode.getOffset());
		String indent = members.isEmpty() ? blockIndent + "  " : memberIndent(text, members.get(0), blockIndent);
		int after = anchor != null ? NodeModelUtils.getNode(anchor).getEndOffset() : headerEnd(blockNode, members);
		int pos = after;
		while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
			pos++;
		}
		if (text.startsWith("//", pos)) {
			while (pos < text.length() && text.charAt(pos) != '\n') {
				pos++;
			}
		}
		String newline = text.contains("\r\n") ? "\r\n" : "\n";
		if (pos < text.length() && text.charAt(pos) == '\n') {
			return new TextChange(uri(block), pos + 1, 0, indent + declaration + newline);
		}
		if (text.startsWith("\r\n", pos)) {
			return new TextChange(uri(block), pos + 2, 0, indent + declaration + newline);
		}
		// something follows on the same line (a closing brace, another member): break the line
		String following = pos < text.length() && text.charAt(pos) == '}' ? blockIndent : indent;
		return new TextChange(uri(block), after, pos - after, newline + indent + declaration + newline + following);
	}

	/** The last member of {@code block} of the given class (exactly), or null. */
	public static EObject lastMember(EObject block, java.util.function.Predicate<EObject> test) {
		List<? extends EObject> members = members(block);
		for (int i = members.size() - 1; i >= 0; i--) {
			if (test.test(members.get(i))) {
				return members.get(i);
			}
		}
		return null;
	}

	/** End of the last token before the first member (or before the closing brace). */
	private static int headerEnd(ICompositeNode blockNode, List<? extends EObject> members) {
		int limit = members.isEmpty() ? closingBrace(blockNode).getOffset() : NodeModelUtils.getNode(members.get(0)).getOffset();
		int end = blockNode.getOffset();
		for (ILeafNode leaf : blockNode.getLeafNodes()) {
			if (leaf.getOffset() >= limit) {
				break;
			}
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	private static ILeafNode closingBrace(ICompositeNode blockNode) {
		ILeafNode close = null;
		for (ILeafNode leaf : blockNode.getLeafNodes()) {
			if (!leaf.isHidden() && "}".equals(leaf.getText())) {
				close = leaf;
			}
		}
		if (close == null) {
			throw new IllegalArgumentException("block without closing brace");
		}
		return close;
	}

	private static String memberIndent(String text, EObject member, String blockIndent) {
		int offset = NodeModelUtils.getNode(member).getOffset();
		int lineStart = lineStart(text, offset);
		return text.substring(lineStart, offset).isBlank() ? text.substring(lineStart, offset) : blockIndent + "  ";
	}

	/**
	 * Deletes the elements with their whole lines: an element's own leading doc comment
	 * ({@code /** ... *}{@code /} ending on the line above) and a comment trailing it on its line go
	 * with it; other comments stay. Blank lines are merged as the formatter would (never two in a
	 * row, none right after an opening or before a closing brace). An element that shares its line
	 * with other code is cut out of the line alone. Returns the changes per file, in text order.
	 */
	public static List<TextChange> deleteLines(Collection<? extends EObject> elements) {
		Map<Resource, List<int[]>> ranges = new LinkedHashMap<>();
		for (EObject element : elements) {
			ranges.computeIfAbsent(element.eResource(), r -> new ArrayList<>()).add(range(element));
		}
		List<TextChange> changes = new ArrayList<>();
		ranges.forEach((resource, list) -> {
			String text = ((XtextResource) resource).getParseResult().getRootNode().getText();
			list.sort(Comparator.comparingInt((int[] r) -> r[0]));
			List<int[]> merged = new ArrayList<>();
			for (int[] r : list) {
				int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && r[0] <= last[1]) {
					last[1] = Math.max(last[1], r[1]);
				} else {
					merged.add(r.clone());
				}
			}
			for (int[] r : merged) {
				tidyBlankLines(text, r);
				changes.add(new TextChange(resource.getURI(), r[0], r[1] - r[0], ""));
			}
		});
		return changes;
	}

	/** [start, end) of an element: whole lines when it has its lines to itself. */
	private static int[] range(EObject element) {
		String text = text(element);
		INode node = NodeModelUtils.getNode(element);
		int start = docCommentStart(element, text, node.getOffset());
		int end = node.getEndOffset();
		int lineStart = lineStart(text, start);
		boolean ownsStart = text.substring(lineStart, start).isBlank();
		int pos = end;
		while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\r')) {
			pos++;
		}
		if (text.startsWith("//", pos)) {
			while (pos < text.length() && text.charAt(pos) != '\n') {
				pos++;
			}
		}
		boolean ownsEnd = pos >= text.length() || text.charAt(pos) == '\n';
		if (ownsStart && ownsEnd) {
			return new int[] { lineStart, Math.min(text.length(), pos + 1) };
		}
		if (ownsEnd) {
			// code before it on the line: keep that code and the line break
			int s = start;
			while (s > lineStart && Character.isWhitespace(text.charAt(s - 1))) {
				s--;
			}
			return new int[] { s, pos };
		}
		// code after it on the line: cut it and the blanks that follow
		while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
			pos++;
		}
		return new int[] { start, pos };
	}

	/** Where the element's own doc comment starts (a {@code /**} comment directly above it), else {@code offset}. */
	private static int docCommentStart(EObject element, String text, int offset) {
		int pos = offset;
		int newlines = 0;
		while (pos > 0 && Character.isWhitespace(text.charAt(pos - 1))) {
			if (text.charAt(pos - 1) == '\n') {
				newlines++;
			}
			pos--;
		}
		if (newlines > 1 || pos < 2 || !text.startsWith("*/", pos - 2)) {
			return offset;
		}
		ICompositeNode root = NodeModelUtils.getNode(element).getRootNode();
		ILeafNode comment = NodeModelUtils.findLeafNodeAtOffset(root, pos - 1);
		if (comment == null || !comment.isHidden() || !comment.getText().startsWith("/**")) {
			return offset;
		}
		int lineStart = lineStart(text, comment.getOffset());
		return text.substring(lineStart, comment.getOffset()).isBlank() ? comment.getOffset() : offset;
	}

	/** Widens a whole-line deletion so the blank lines around it end up as the formatter wants them. */
	private static void tidyBlankLines(String text, int[] r) {
		if (r[0] != lineStart(text, r[0]) || (r[1] > 0 && text.charAt(r[1] - 1) != '\n')) {
			return;
		}
		int nextEnd = lineEnd(text, r[1]);
		boolean nextBlank = r[1] < text.length() && text.substring(r[1], nextEnd).isBlank();
		boolean nextCloses = text.substring(r[1], nextEnd).strip().startsWith("}");
		int previousStart = r[0] == 0 ? -1 : lineStart(text, r[0] - 1);
		boolean previousBlank = previousStart >= 0 && text.substring(previousStart, r[0]).isBlank();
		boolean previousOpens = previousStart < 0 || text.substring(previousStart, r[0]).strip().endsWith("{");
		if (nextBlank && (previousBlank || previousOpens)) {
			r[1] = Math.min(text.length(), nextEnd + 1);
		} else if (previousBlank && nextCloses) {
			r[0] = previousStart;
		}
	}

	/** Replaces the text of the {@code index}-th value of a reference or attribute (e.g. a flow's target). */
	public static TextChange replaceFeature(EObject owner, EStructuralFeature feature, int index, String newText) {
		INode node = featureNode(owner, feature, index);
		return new TextChange(uri(owner), node.getOffset(), node.getLength(), newText);
	}

	/**
	 * Renames a reference as written: only its last segment changes, so {@code auto.oem.OEM} stays
	 * qualified and {@code OEM} stays simple.
	 */
	public static TextChange renameReference(EObject owner, EStructuralFeature reference, int index, String newSimpleName) {
		INode node = featureNode(owner, reference, index);
		String written = text(owner).substring(node.getOffset(), node.getEndOffset());
		int lastSegment = written.lastIndexOf('.') + 1;
		return new TextChange(uri(owner), node.getOffset() + lastSegment, node.getLength() - lastSegment, newSimpleName);
	}

	/**
	 * Removes one value of a comma-separated list ({@code applies to A, B}) with its comma; the
	 * caller makes sure another value remains.
	 */
	public static TextChange removeListValue(EObject owner, EStructuralFeature feature, int index) {
		String text = text(owner);
		INode node = featureNode(owner, feature, index);
		int before = node.getOffset();
		while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
			before--;
		}
		if (before > 0 && text.charAt(before - 1) == ',') {
			return new TextChange(uri(owner), before - 1, node.getEndOffset() - before + 1, "");
		}
		int after = node.getEndOffset();
		while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
			after++;
		}
		if (after < text.length() && text.charAt(after) == ',') {
			after++;
			while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
				after++;
			}
		}
		return new TextChange(uri(owner), node.getOffset(), after - node.getOffset(), "");
	}

	/**
	 * Removes an optional property with its keyword, e.g. {@code via supply} from a flow's
	 * {@code { 2.4M EUR/year via supply }}, and the space before it.
	 */
	public static TextChange removeProperty(EObject owner, EStructuralFeature feature) {
		String text = text(owner);
		INode node = featureNode(owner, feature, 0);
		int start = node.getOffset();
		ILeafNode keyword = previousToken(node);
		if (keyword != null && keyword.getGrammarElement() instanceof Keyword k && Character.isLetter(k.getValue().charAt(0))) {
			start = keyword.getOffset();
		}
		while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
			start--;
		}
		return new TextChange(uri(owner), start, node.getEndOffset() - start, "");
	}

	/** The (first) value of a feature as written, e.g. {@code auto.oem.OEM} for a qualified reference. */
	public static String featureText(EObject owner, EStructuralFeature feature) {
		INode node = featureNode(owner, feature, 0);
		return text(owner).substring(node.getOffset(), node.getEndOffset());
	}

	/** The text an element occupies (from its first to its last token). */
	public static String elementText(EObject element) {
		INode node = NodeModelUtils.getNode(element);
		return text(element).substring(node.getOffset(), node.getEndOffset());
	}

	private static ILeafNode previousToken(INode node) {
		ILeafNode previous = null;
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getOffset() >= node.getOffset()) {
				break;
			}
			if (!leaf.isHidden()) {
				previous = leaf;
			}
		}
		return previous;
	}

	private static INode featureNode(EObject owner, EStructuralFeature feature, int index) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (index >= nodes.size()) {
			throw new IllegalArgumentException(owner.eClass().getName() + "." + feature.getName() + " has no value " + index + " in the text");
		}
		return nodes.get(index);
	}

	private static URI uri(EObject object) {
		return object.eResource().getURI();
	}

	/** Offset of the first character of the line holding {@code offset}. */
	public static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	/** Offset of the line break ending the line holding {@code offset} (or the text's end). */
	public static int lineEnd(String text, int offset) {
		int end = text.indexOf('\n', offset);
		return end < 0 ? text.length() : end;
	}

	/** The spaces and tabs that start the line holding {@code offset}. */
	public static String indentOfLine(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}
}
