package dev.valuenet.dsl.canvas;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.edit.TextEdits;
import dev.valuenet.model.Canvas;
import dev.valuenet.model.Hypothesis;
import dev.valuenet.model.HypothesisStatus;
import dev.valuenet.model.Network;
import dev.valuenet.model.ValuenetPackage.Literals;

/**
 * Form actions on partner canvases as text changes of the parsed text, in canonical layout
 * (docs/language.md#canonical-layout): a status, text or name change replaces only its token, a new
 * hypothesis is one new line after the last one, a removed hypothesis takes its lines with it (the
 * {@link TextEdits} primitives); a value line ({@code offers}, {@code desires}, {@code joint}) is
 * replaced, inserted at its place in the grammar's order or removed. Every other line, comments
 * included, stays byte-identical. All offsets refer to the text the objects were parsed from.
 */
public final class CanvasEdits {

	/** The three value lines of a canvas, in the order the grammar requires them. */
	public static final List<EAttribute> VALUE_LINES = List.of(Literals.CANVAS__OFFERS, Literals.CANVAS__DESIRES, Literals.CANVAS__JOINT);

	private static final Pattern ID = Pattern.compile("\\^?[A-Za-z_][A-Za-z_0-9]*");
	private static final String INDENT = "  ";

	private CanvasEdits() {
	}

	/** Sets a hypothesis' status: replaces the status keyword, or appends {@code status S} after its text. */
	public static TextChange setStatus(Hypothesis hypothesis, HypothesisStatus status) {
		if (status == HypothesisStatus.UNSPECIFIED) throw new IllegalArgumentException("choose a status: untested, testing, validated or invalidated");
		if (!NodeModelUtils.findNodesForFeature(hypothesis, Literals.HYPOTHESIS__STATUS).isEmpty()) {
			return TextEdits.replaceFeature(hypothesis, Literals.HYPOTHESIS__STATUS, 0, status.getLiteral());
		}
		INode statement = NodeModelUtils.findNodesForFeature(hypothesis, Literals.HYPOTHESIS__TEXT).get(0);
		return new TextChange(uri(hypothesis), statement.getEndOffset(), 0, " status " + status.getLiteral());
	}

	/** Replaces a hypothesis' text. */
	public static TextChange setText(Hypothesis hypothesis, String value) {
		return TextEdits.replaceFeature(hypothesis, Literals.HYPOTHESIS__TEXT, 0, quote(value));
	}

	/** Renames a hypothesis (only its declaration: nothing refers to hypotheses). */
	public static TextChange setName(Hypothesis hypothesis, String name) {
		checkName(hypothesis, name);
		return TextEdits.replaceFeature(hypothesis, Literals.NAMED_ELEMENT__NAME, 0, name);
	}

	/** A new hypothesis line after the canvas' last one (after its value lines when it has none). */
	public static TextChange addHypothesis(Canvas canvas, String name, String statement, HypothesisStatus status) {
		checkName(canvas, name);
		String line = "hypothesis " + name + " " + quote(statement)
				+ (status == null || status == HypothesisStatus.UNSPECIFIED ? "" : " status " + status.getLiteral());
		return TextEdits.insertMember(canvas, TextEdits.lastMember(canvas, h -> true), line);
	}

	/** Removes a hypothesis with its line (and its own doc comment). */
	public static TextChange removeHypothesis(Hypothesis hypothesis) {
		return TextEdits.deleteLines(List.of(hypothesis)).get(0);
	}

	/**
	 * Sets one value line ({@code offers}, {@code desires} or {@code joint}) to {@code values}: replaces the
	 * values of an existing line, inserts the line at its place when it was missing, removes it when no
	 * value is left. Blank values are dropped. Null when nothing changes.
	 */
	public static TextChange setValues(Canvas canvas, EAttribute line, List<String> values) {
		if (!VALUE_LINES.contains(line)) throw new IllegalArgumentException(line.getName() + " is not a canvas value line");
		String text = TextEdits.text(canvas);
		List<String> kept = values.stream().map(v -> v.replaceAll("[\\r\\n]+", " ").strip()).filter(v -> !v.isEmpty()).toList();
		List<INode> written = NodeModelUtils.findNodesForFeature(canvas, line);
		if (written.isEmpty()) {
			if (kept.isEmpty()) return null;
			return insertLineAfter(canvas, text, anchorBefore(canvas, line), line.getName() + " " + joined(kept));
		}
		int first = written.get(0).getOffset();
		int last = written.get(written.size() - 1).getEndOffset();
		if (kept.isEmpty()) {
			return removeLine(canvas, text, keywordBefore(canvas, first).getOffset(), last);
		}
		String replacement = joined(kept);
		if (text.substring(first, last).equals(replacement)) return null;
		return new TextChange(uri(canvas), first, last - first, replacement);
	}

	/**
	 * A new, empty canvas for {@code partner} as the last declaration of {@code network}, after a blank
	 * line. Not {@link TextEdits#insertMember}: the block spans two lines and is set apart by a blank one.
	 */
	public static TextChange newCanvas(Network network, String partner) {
		String text = TextEdits.text(network);
		ICompositeNode node = NodeModelUtils.getNode(network);
		ILeafNode close = lastKeyword(node, "}");
		int closeLineStart = TextEdits.lineStart(text, close.getOffset());
		String indent = TextEdits.indentOfLine(text, node.getOffset()) + INDENT;
		String block = indent + "partner " + partner + " {\n" + indent + "}\n";
		if (!text.substring(closeLineStart, close.getOffset()).isBlank()) {
			return new TextChange(uri(network), close.getOffset(), 0, "\n" + block + TextEdits.indentOfLine(text, node.getOffset()));
		}
		int previousLineStart = closeLineStart == 0 ? 0 : TextEdits.lineStart(text, closeLineStart - 1);
		String previous = text.substring(previousLineStart, closeLineStart).strip();
		boolean blankBefore = previous.isEmpty() || previous.endsWith("{");
		return new TextChange(uri(network), closeLineStart, 0, (blankBefore ? "" : "\n") + block);
	}

	/** A name for a new hypothesis that no hypothesis of the file has yet: {@code hypothesis1}, {@code hypothesis2}... */
	public static String freshName(Canvas canvas) {
		Set<String> taken = new java.util.HashSet<>();
		canvas.eResource().getAllContents().forEachRemaining(o -> {
			if (o instanceof Hypothesis h && h.getName() != null) taken.add(h.getName());
		});
		int i = 1;
		while (taken.contains("hypothesis" + i)) i++;
		return "hypothesis" + i;
	}

	// ---- value lines: attributes of the canvas, not members, so placed here rather than by TextEdits ----

	/** Where a missing value line goes: after the value line before it in the grammar's order, else after the canvas' '{'. */
	private static int anchorBefore(Canvas canvas, EAttribute line) {
		int anchor = firstKeyword(NodeModelUtils.getNode(canvas), "{").getEndOffset();
		for (EAttribute before : VALUE_LINES.subList(0, VALUE_LINES.indexOf(line))) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(canvas, before);
			if (!nodes.isEmpty()) anchor = nodes.get(nodes.size() - 1).getEndOffset();
		}
		return anchor;
	}

	/** Inserts {@code line} at the canvas' child indentation on a new line after the one holding {@code anchor}. */
	private static TextChange insertLineAfter(Canvas canvas, String text, int anchor, String line) {
		String indent = TextEdits.indentOfLine(text, NodeModelUtils.getNode(canvas).getOffset()) + INDENT;
		int lineEnd = TextEdits.lineEnd(text, anchor);
		String rest = text.substring(anchor, lineEnd).strip();
		boolean restOfLineFree = rest.isEmpty() || rest.startsWith("//");
		if (restOfLineFree && lineEnd < text.length()) {
			return new TextChange(uri(canvas), lineEnd + 1, 0, indent + line + "\n");
		}
		return new TextChange(uri(canvas), anchor, 0, "\n" + indent + line + (restOfLineFree ? "" : "\n" + indent));
	}

	/** Removes [from, to) with its whole line when nothing else is on it, else only that text and the blanks before it. */
	private static TextChange removeLine(Canvas canvas, String text, int from, int to) {
		int start = TextEdits.lineStart(text, from);
		int lineEnd = TextEdits.lineEnd(text, to);
		if (text.substring(start, from).isBlank() && text.substring(to, lineEnd).isBlank()) {
			int stop = lineEnd < text.length() ? lineEnd + 1 : lineEnd;
			return new TextChange(uri(canvas), start, stop - start, "");
		}
		int begin = from;
		while (begin > start && (text.charAt(begin - 1) == ' ' || text.charAt(begin - 1) == '\t')) begin--;
		return new TextChange(uri(canvas), begin, to - begin, "");
	}

	private static URI uri(EObject object) {
		return object.eResource().getURI();
	}

	private static ILeafNode firstKeyword(ICompositeNode node, String keyword) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword)) return leaf;
		}
		throw new IllegalStateException("no '" + keyword + "' in " + node.getText());
	}

	private static ILeafNode lastKeyword(ICompositeNode node, String keyword) {
		ILeafNode found = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword)) found = leaf;
		}
		if (found == null) throw new IllegalStateException("no '" + keyword + "' in " + node.getText());
		return found;
	}

	/** The keyword token ({@code offers}, ...) that opens the value line whose first value starts at {@code first}. */
	private static ILeafNode keywordBefore(Canvas canvas, int first) {
		ILeafNode found = null;
		for (ILeafNode leaf : NodeModelUtils.getNode(canvas).getLeafNodes()) {
			if (leaf.getOffset() >= first) break;
			if (leaf.getGrammarElement() instanceof Keyword) found = leaf;
		}
		return found;
	}

	private static String joined(List<String> values) {
		return String.join(", ", values.stream().map(CanvasEdits::quote).toList());
	}

	/** A .vnet string: only {@code \} and {@code "} are escaped (docs/language.md); line breaks become spaces. */
	static String quote(String value) {
		String oneLine = value.replaceAll("[\\r\\n]+", " ");
		return '"' + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/** A hypothesis name must be an identifier that is no keyword and that no other hypothesis of the file has. */
	private static void checkName(EObject context, String name) {
		if (name == null || !ID.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + name + "' is not a name: use letters, digits and _, starting with a letter (e.g. cheaperParts)");
		}
		INode root = NodeModelUtils.getNode(context).getRootNode();
		if (GrammarUtil.getAllKeywords(GrammarUtil.getGrammar(root.getGrammarElement())).contains(name)) {
			throw new IllegalArgumentException("'" + name + "' is a keyword of the language; choose another name (or write ^" + name + ")");
		}
		var iterator = context.eResource().getAllContents();
		while (iterator.hasNext()) {
			if (iterator.next() instanceof Hypothesis h && name.equals(h.getName()) && h != context) {
				throw new IllegalArgumentException("a hypothesis named '" + name + "' exists already; choose another name");
			}
		}
	}
}
