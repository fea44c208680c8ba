package dev.valuenet.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.compare.ModelTree.Node;
import dev.valuenet.model.AddEdit;
import dev.valuenet.model.ChangeEdit;
import dev.valuenet.model.Document;

/**
 * Three-way merge of .vnet texts by element ({@link ModelTree} keys), not by line.
 * <p>
 * The result starts from OURS' text, so its layout and comments stay; THEIRS' changes are applied to
 * it element by element: an element THEIRS added is inserted after the element that precedes it in
 * THEIRS, one THEIRS removed (and OURS left alone) is removed, one only THEIRS changed replaces OURS'
 * copy (with its comments). When both changed the same element, a container (network, scenario,
 * governance block, exchange, partner canvas) is merged child by child; a leaf (actor, tie, flow,
 * rule...) property by property: THEIRS' changed properties are written into OURS' text (or OURS'
 * into THEIRS' when THEIRS changed the comments), and the edited element is parsed again to check
 * that it holds exactly the merged properties.
 * <p>
 * A <b>conflict</b> is the same property changed to different values on both sides, an element
 * deleted on one side and changed on the other, the same new key added differently on both sides, or
 * a change this merge cannot write safely. Each is written with git's markers around the smallest
 * element (OURS' copy, then THEIRS'), never resolved silently. Before it is returned, a merge without
 * conflicts is parsed and compared with the three-way merge of the three trees: a change that did not
 * make it into the text is an {@link IllegalStateException}, never a quiet loss.
 */
public final class ModelMerge {

	/** The merged text and its conflicts (descriptions like "network shop > flow pay: quantity changed on both sides"). */
	public record Result(String text, List<String> conflicts, boolean formatted) {
		public int conflictCount() {
			return conflicts.size();
		}
	}

	private final Version ours;
	private final ModelTree b;
	private final ModelTree o;
	private final ModelTree t;
	private final String oursLabel;
	private final String theirsLabel;
	/** Replacements of OURS' text [start, end) -> text; insertions have start == end. */
	private final TreeMap<Long, String[]> edits = new TreeMap<>();
	private final List<String> conflicts = new ArrayList<>();
	private int verifications;

	private ModelMerge(Version base, Version ours, Version theirs, String oursLabel, String theirsLabel) {
		this.ours = ours;
		this.b = ModelTree.of(base.document());
		this.o = ModelTree.of(ours.document());
		this.t = ModelTree.of(theirs.document());
		this.oursLabel = oursLabel;
		this.theirsLabel = theirsLabel;
	}

	/**
	 * Merges THEIRS' changes since BASE into OURS. The three versions must parse (no syntax errors).
	 * A merge without conflicts is formatted canonically.
	 */
	public static Result merge(Version base, Version ours, Version theirs, String oursLabel, String theirsLabel) {
		ModelMerge merge = new ModelMerge(base, ours, theirs, oursLabel, theirsLabel);
		merge.children(List.of(), merge.b.root(), merge.o.root(), merge.t.root());
		String text = merge.apply();
		if (!merge.conflicts.isEmpty()) return new Result(text, List.copyOf(merge.conflicts), false);
		XtextResource resource = ours.workspace().loadText("merged-result.vnet", text);
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException("the merged text does not parse: " + resource.getErrors().get(0).getMessage());
		}
		merge.verify(List.of(), merge.b.root(), merge.o.root(), merge.t.root(), ModelTree.of((Document) resource.getContents().get(0)).root());
		String formatted = ours.workspace().formatted(java.nio.file.Path.of("merged-result.vnet"));
		if (formatted != null && ours.workspace().sameTokens(java.nio.file.Path.of("merged-result.vnet"), formatted)) {
			return new Result(formatted, List.of(), true);
		}
		return new Result(text, List.of(), false);
	}

	// ---- the walk ---------------------------------------------------------------------------------

	private void children(List<String> path, Node base, Node mine, Node their) {
		Set<String> keys = new LinkedHashSet<>();
		mine.children().forEach(c -> keys.add(c.key()));
		their.children().forEach(c -> keys.add(c.key()));
		if (base != null) base.children().forEach(c -> keys.add(c.key()));
		for (String key : keys) {
			Node B = base == null ? null : base.child(key);
			Node O = mine.child(key);
			Node T = their.child(key);
			List<String> at = append(path, key);
			if (O == null && T == null) continue; // absent, or deleted on both sides
			if (B == null) {
				if (O == null) insert(base, mine, their, T, t.chunk(T));
				else if (T != null && !same(O, o, T, t)) {
					if (isContainer(O) || isContainer(T)) {
						header(at, null, O, T);
						children(at, null, O, T);
					} else conflict(at, "added differently on both sides", base, mine, their, O, T);
				}
			} else if (O == null) {
				if (!same(T, t, B, b)) conflict(at, "deleted by " + oursLabel + ", changed by " + theirsLabel, base, mine, their, null, T);
			} else if (T == null) {
				if (same(O, o, B, b)) replace(O, "");
				else conflict(at, "changed by " + oursLabel + ", deleted by " + theirsLabel, base, mine, their, O, null);
			} else {
				boolean oursChanged = !same(O, o, B, b);
				boolean theirsChanged = !same(T, t, B, b);
				if (!theirsChanged || same(O, o, T, t)) continue;
				if (!oursChanged) {
					replace(O, wholeLines(O, o, t.chunk(T)));
				} else if (isContainer(O) || isContainer(T) || isContainer(B)) {
					header(at, B, O, T);
					children(at, B, O, T);
				} else {
					leaf(at, base, mine, their, B, O, T);
				}
			}
		}
	}

	private static boolean isContainer(Node node) {
		return node.element() instanceof dev.valuenet.model.AbstractNetwork || !node.children().isEmpty()
				|| node.element() instanceof dev.valuenet.model.Governance || node.element() instanceof dev.valuenet.model.Exchange
				|| node.element() instanceof dev.valuenet.model.Canvas;
	}

	/** Same properties, children and comments (layout aside). */
	private static boolean same(Node x, ModelTree xt, Node y, ModelTree yt) {
		return x.sameAs(y) && comments(x, xt).equals(comments(y, yt));
	}

	private static List<String> comments(Node node, ModelTree tree) {
		List<String> result = new ArrayList<>();
		String chunk = tree.chunk(node);
		ICompositeNode n = NodeModelUtils.getNode(node.element());
		// comments above the element (in its chunk) and inside it
		int i = 0;
		while (i < chunk.length()) {
			if (chunk.startsWith("//", i)) {
				int e = chunk.indexOf('\n', i);
				e = e < 0 ? chunk.length() : e;
				result.add(chunk.substring(i, e).strip());
				i = e;
			} else if (chunk.startsWith("/*", i)) {
				int e = chunk.indexOf("*/", i + 2);
				e = e < 0 ? chunk.length() : e + 2;
				result.add(chunk.substring(i, e).replaceAll("\\s+", " "));
				i = e;
			} else if (chunk.charAt(i) == '"') {
				int e = i + 1;
				while (e < chunk.length() && chunk.charAt(e) != '"') e += chunk.charAt(e) == '\\' ? 2 : 1;
				i = e + 1;
			} else {
				i++;
			}
		}
		return n == null ? List.of() : result;
	}

	/** Both sides changed a container: its own properties (title, currency, volume...), replaced where written. */
	private void header(List<String> at, Node B, Node O, Node T) {
		Map<String, String> base = B == null ? Map.of() : B.properties();
		for (String property : union(base.keySet(), O.properties().keySet(), T.properties().keySet())) {
			String bv = base.get(property);
			String ov = O.properties().get(property);
			String tv = T.properties().get(property);
			if (Objects.equals(tv, bv) || Objects.equals(ov, tv)) continue;
			int[] mine = clause(O, o, property);
			int[] their = clause(T, t, property);
			if (Objects.equals(ov, bv) && mine != null && their != null) {
				replaceRange(mine[0], mine[1], t.text().substring(their[0], their[1]));
			} else {
				conflicts.add(String.join(" > ", at) + ": " + property + " "
						+ (Objects.equals(ov, bv) ? "added or removed by " + theirsLabel : "changed on both sides")
						+ " (" + oursLabel + ": " + show(ov) + ", " + theirsLabel + ": " + show(tv) + ")");
				String marker = "<<<<<<< " + oursLabel + "\n" + (mine == null ? "" : o.text().substring(mine[0], mine[1]) + "\n")
						+ "=======\n" + (their == null ? "" : t.text().substring(their[0], their[1]) + "\n") + ">>>>>>> " + theirsLabel + "\n";
				int at0 = O.children().isEmpty() ? closingLine(O) : O.children().get(0).start();
				insertAt(at0, marker);
			}
		}
	}

	private static String show(String value) {
		return value == null ? "(none)" : value;
	}

	/** Both sides changed the same leaf element: merge property by property, or mark a conflict. */
	private void leaf(List<String> at, Node base, Node mine, Node their, Node B, Node O, Node T) {
		Map<String, String> merged = new LinkedHashMap<>();
		List<String> clashes = new ArrayList<>();
		for (String property : union(B.properties().keySet(), O.properties().keySet(), T.properties().keySet())) {
			String bv = B.properties().get(property);
			String ov = O.properties().get(property);
			String tv = T.properties().get(property);
			String value;
			if (Objects.equals(ov, bv)) value = tv;
			else if (Objects.equals(tv, bv) || Objects.equals(ov, tv)) value = ov;
			else {
				clashes.add(property + " (" + oursLabel + ": " + show(ov) + ", " + theirsLabel + ": " + show(tv) + ")");
				continue;
			}
			if (value != null) merged.put(property, value);
		}
		List<String> cb = comments(B, b);
		List<String> co = comments(O, o);
		List<String> ct = comments(T, t);
		boolean commentsClash = !co.equals(cb) && !ct.equals(cb) && !co.equals(ct);
		if (!clashes.isEmpty() || commentsClash) {
			conflict(at, (commentsClash && clashes.isEmpty() ? "comments changed on both sides" : "changed on both sides: " + String.join(", ", clashes)),
					base, mine, their, O, T);
			return;
		}
		// write the other side's properties into the copy whose comments win
		boolean fromTheirs = !ct.equals(cb) && !ct.equals(co);
		String candidate = fromTheirs ? rewrite(T, t, O, o, merged) : rewrite(O, o, T, t, merged);
		String text = candidate == null ? null : wholeLines(O, o, candidate);
		if (text != null && verified(at, O, text, merged)) {
			replace(O, text);
		} else {
			conflict(at, "changed on both sides in ways this merge cannot combine safely", base, mine, their, O, T);
		}
	}

	/**
	 * The chunk of {@code target} (in {@code tt}) with its properties set to {@code merged}, taking the
	 * written form of a property from {@code source} (in {@code st}); null when a property cannot be placed.
	 */
	private static String rewrite(Node target, ModelTree tt, Node source, ModelTree st, Map<String, String> merged) {
		String chunk = tt.chunk(target);
		int base = target.start();
		// edits on the chunk, applied from the end
		TreeMap<Integer, String[]> local = new TreeMap<>(Comparator.reverseOrder());
		for (String property : union(target.properties().keySet(), merged.keySet(), Set.of())) {
			String want = merged.get(property);
			String have = target.properties().get(property);
			if (Objects.equals(want, have)) continue;
			int[] mine = clause(target, tt, property);
			if (want == null) {
				if (mine == null) return null;
				int start = mine[0];
				while (start > base && chunk.charAt(start - base - 1) == ' ') start--;
				local.put(start - base, new String[] { String.valueOf(mine[1] - base), "" });
				continue;
			}
			int[] their = clause(source, st, property);
			if (their == null || !Objects.equals(source.properties().get(property), want)) return null;
			String written = st.text().substring(their[0], their[1]);
			if (mine != null) {
				local.put(mine[0] - base, new String[] { String.valueOf(mine[1] - base), written });
				continue;
			}
			// a property the target lacks: after the nearest clause that precedes it in the source and exists in the target
			int[] anchor = null;
			for (String other : source.properties().keySet()) {
				int[] o2 = clause(source, st, other);
				int[] m2 = target.properties().containsKey(other) ? clause(target, tt, other) : null;
				if (o2 != null && m2 != null && o2[1] <= their[0] && (anchor == null || m2[1] > anchor[1])) anchor = m2;
			}
			if (anchor == null) return null;
			local.merge(anchor[1] - base, new String[] { String.valueOf(anchor[1] - base), " " + written },
					(x, y) -> new String[] { x[0], x[1] + y[1] });
		}
		StringBuilder text = new StringBuilder(chunk);
		int limit = Integer.MAX_VALUE;
		for (Map.Entry<Integer, String[]> edit : local.entrySet()) {
			int end = Integer.parseInt(edit.getValue()[0]);
			if (end > limit) return null; // overlapping edits
			text.replace(edit.getKey(), end, edit.getValue()[1]);
			limit = edit.getKey();
		}
		return text.toString();
	}

	/** Whether OURS' text with O's chunk replaced by {@code text} parses and holds {@code merged} there. */
	private boolean verified(List<String> at, Node O, String text, Map<String, String> merged) {
		String candidate = o.text().substring(0, O.start()) + text + o.text().substring(O.end());
		XtextResource resource = ours.workspace().loadText("merge-check-" + (verifications++) + ".vnet", candidate);
		if (!resource.getErrors().isEmpty()) return false;
		Node node = ModelTree.of((Document) resource.getContents().get(0)).root();
		for (String key : at) {
			node = node == null ? null : node.child(key);
		}
		return node != null && node.properties().equals(merged);
	}

	// ---- writing ----------------------------------------------------------------------------------

	private void conflict(List<String> at, String why, Node base, Node mine, Node their, Node O, Node T) {
		conflicts.add(String.join(" > ", at) + ": " + why);
		String oursPart = O == null ? "" : lines(o.chunk(O));
		String theirsPart = T == null ? "" : lines(t.chunk(T));
		String marker = "<<<<<<< " + oursLabel + "\n" + oursPart + "=======\n" + theirsPart + ">>>>>>> " + theirsLabel + "\n";
		if (O != null) {
			boolean lineStart = O.start() == 0 || o.text().charAt(O.start() - 1) == '\n';
			boolean lineEnd = O.end() == o.text().length() || o.text().charAt(O.end() - 1) == '\n';
			replace(O, (lineStart ? "" : "\n") + marker + (lineEnd ? "" : "\n"));
		} else {
			insert(base, mine, their, T, marker);
		}
	}

	private static String lines(String chunk) {
		return chunk.endsWith("\n") ? chunk : chunk + "\n";
	}

	/** {@code text} fitted to O's chunk: whole lines if O's chunk is whole lines. */
	private String wholeLines(Node O, ModelTree tree, String text) {
		boolean oLines = o.chunk(O).endsWith("\n");
		if (oLines && !text.endsWith("\n")) return text + "\n";
		if (!oLines && text.endsWith("\n")) return text.strip();
		return text;
	}

	/** Inserts THEIRS' element T (as {@code text}) into OURS' container after the element preceding it in THEIRS. */
	private void insert(Node base, Node mine, Node their, Node T, String text) {
		Node anchor = null;
		for (Node sibling : their.children()) {
			if (sibling == T) break;
			Node inOurs = mine.child(sibling.key());
			if (inOurs != null) anchor = inOurs;
		}
		int at;
		if (anchor != null) {
			// after what OURS added right after the same element: OURS' additions first, as git orders them
			List<Node> siblings = mine.children();
			int k = siblings.indexOf(anchor);
			while (k + 1 < siblings.size() && their.child(siblings.get(k + 1).key()) == null
					&& (base == null || base.child(siblings.get(k + 1).key()) == null)) {
				k++;
			}
			at = siblings.get(k).end();
		} else if (!mine.children().isEmpty()) {
			at = mine.children().get(0).start();
		} else {
			at = closingLine(mine);
		}
		insertAt(at, text);
	}

	/** Where a first child goes: the start of the line of the container's closing brace, or the end of the document. */
	private int closingLine(Node container) {
		ICompositeNode node = NodeModelUtils.getNode(container.element());
		if (node == null || container.element() instanceof Document) return o.text().length();
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals("}")) close = leaf;
		}
		if (close == null) return node.getEndOffset();
		int lineStart = o.text().lastIndexOf('\n', close.getOffset() - 1) + 1;
		return o.text().substring(lineStart, close.getOffset()).isBlank() ? lineStart : close.getOffset();
	}

	private void insertAt(int at, String text) {
		boolean lineStart = at == 0 || o.text().charAt(at - 1) == '\n';
		String fitted = (lineStart ? "" : "\n") + lines(text);
		edits.merge(key(at, at), new String[] { String.valueOf(at), fitted }, (x, y) -> new String[] { x[0], x[1] + y[1] });
	}

	private void replace(Node O, String text) {
		replaceRange(O.start(), O.end(), text);
	}

	private void replaceRange(int start, int end, String text) {
		edits.put(key(start, end), new String[] { String.valueOf(end), text });
	}

	/** Edits sorted so that applying them last-first never moves the next one: by start, then end. */
	private static long key(int start, int end) {
		return ((long) start << 32) | end;
	}

	private String apply() {
		StringBuilder text = new StringBuilder(o.text());
		int limit = Integer.MAX_VALUE;
		for (Map.Entry<Long, String[]> edit : edits.descendingMap().entrySet()) {
			int start = (int) (edit.getKey() >>> 32);
			int end = Integer.parseInt(edit.getValue()[0]);
			if (end > limit && start != end) throw new IllegalStateException("overlapping merge edits at offset " + start);
			text.replace(start, end, edit.getValue()[1]);
			limit = start;
		}
		return text.toString();
	}

	// ---- clauses ----------------------------------------------------------------------------------

	/**
	 * Where a property is written in an element: the nodes of its feature, with the keywords right
	 * before them ("lead 14 d", "via supply", "applies to A, B"), never the element's first keyword.
	 */
	static int[] clause(Node node, ModelTree tree, String property) {
		EObject owner = node.element() instanceof AddEdit add ? add.getElement()
				: node.element() instanceof ChangeEdit change ? change.getPatch() : node.element();
		if (owner == null) return null;
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(property);
		if (feature == null) return null;
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) return null;
		int start = nodes.get(0).getOffset();
		int end = nodes.get(nodes.size() - 1).getEndOffset();
		ICompositeNode whole = NodeModelUtils.getNode(node.element());
		List<ILeafNode> leaves = new ArrayList<>();
		for (ILeafNode leaf : whole.getLeafNodes()) {
			if (!leaf.isHidden()) leaves.add(leaf);
		}
		int i = 0;
		while (i < leaves.size() && leaves.get(i).getOffset() < start) i++;
		while (i - 1 > 0 && leaves.get(i - 1).getGrammarElement() instanceof Keyword k && Character.isLetter(k.getValue().charAt(0))) {
			i--;
			start = leaves.get(i).getOffset();
		}
		return new int[] { start, end };
	}

	private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		all.addAll(c);
		return all;
	}

	private static List<String> append(List<String> path, String key) {
		List<String> result = new ArrayList<>(path);
		result.add(key);
		return List.copyOf(result);
	}

	// ---- the safety net ---------------------------------------------------------------------------

	/** Checks the merged tree against the three-way merge of the trees: every change of either side is in it. */
	private void verify(List<String> path, Node base, Node mine, Node their, Node result) {
		Set<String> keys = new LinkedHashSet<>();
		if (base != null) base.children().forEach(c -> keys.add(c.key()));
		mine.children().forEach(c -> keys.add(c.key()));
		their.children().forEach(c -> keys.add(c.key()));
		for (String key : keys) {
			Node B = base == null ? null : base.child(key);
			Node O = mine.child(key);
			Node T = their.child(key);
			Node R = result.child(key);
			List<String> at = append(path, key);
			boolean expected = B == null ? (O != null || T != null) : (O != null && T != null);
			if (expected != (R != null)) {
				throw new IllegalStateException(String.join(" > ", at) + (expected ? " is missing from" : " should not be in") + " the merge");
			}
			if (R == null) continue;
			Map<String, String> bp = B == null ? Map.of() : B.properties();
			Map<String, String> op = O == null ? bp : O.properties();
			Map<String, String> tp = T == null ? bp : T.properties();
			for (String property : union(bp.keySet(), op.keySet(), tp.keySet())) {
				String want = Objects.equals(op.get(property), bp.get(property)) ? tp.get(property) : op.get(property);
				if (!Objects.equals(want, R.properties().get(property))) {
					throw new IllegalStateException(String.join(" > ", at) + ": " + property + " should be " + show(want) + " after the merge, not "
							+ show(R.properties().get(property)));
				}
			}
			Node emptyMine = O == null ? (B != null ? B : T) : O;
			Node emptyTheirs = T == null ? (B != null ? B : O) : T;
			verify(at, B, emptyMine, emptyTheirs, R);
		}
	}
}
