package dev.valuenet.dsl.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.load.Models;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.Document;
import dev.valuenet.model.Network;

/**
 * An edited text reparsed in place (only the touched elements) has exactly the nodes, objects and
 * findings of the same text parsed whole: on seeded random edits of every example (lines copied,
 * deleted, words and broken syntax typed anywhere, then repaired), and on the 5,200-actor example's
 * line insertion the workbench benchmark makes. Edits between elements keep the other elements' objects.
 */
class NetworkElementReparserTest {
	private static final String[] TYPED = { " ", "\n", "x", "// note\n", "/* c */", "\"t\"", "{", "}", "  actor Zq : firm\n",
			"  flow zq : money ", "->", "  actor Zr : supplier \"Z r\"\n", " 12 EUR", "\n  segment Sq \"s\"\n" };

	private final Injector language = language();

	@Test
	void randomEditsOfEveryExampleGiveTheWholeParsesNodesObjectsAndFindings() throws IOException {
		Random random = new Random(20261206);
		int cleanEdits = 0, inPlace = 0;
		for (Path file : ValuenetWorkspace.collect(List.of(Models.examples()))) {
			if (file.toString().contains("large")) continue;
			XtextResource edited = load(Files.readString(file), file.getFileName().toString());
			String lastValid = edited.getParseResult().getRootNode().getText();
			for (int i = 0; i < 40; i++) {
				String before = edited.getParseResult().getRootNode().getText();
				if (edited.getParseResult().hasSyntaxErrors() && random.nextBoolean()) {
					edit(edited, difference(before, lastValid)); // back to the last valid text, in one edit as an editor's undo
					continue;
				}
				if (!edited.getParseResult().hasSyntaxErrors()) lastValid = before;
				Edit edit = randomEdit(random, edited);
				cleanEdits += edit(edited, edit) ? 1 : 0;
				inPlace += edit.keptRoot ? 1 : 0;
				// undone at once: most broken texts, some valid ones
				if (random.nextInt(4) < (edited.getParseResult().hasSyntaxErrors() ? 3 : 1)) {
					Edit undo = new Edit(edit.offset, edit.text.length(), before.substring(edit.offset, edit.offset + edit.length));
					cleanEdits += edit(edited, undo) ? 1 : 0;
					inPlace += undo.keptRoot ? 1 : 0;
				}
			}
		}
		// an edit of valid text that leaves it valid takes the element path (245 of 302): all but those of a
		// scenario, of a network's header, and of its first element
		assertTrue(inPlace * 4 > cleanEdits * 3, inPlace + " of " + cleanEdits + " edits of valid text reparsed in place");
	}

	@Test
	void aLineInsertedAndRemovedInTheLargeExampleKeepsEveryOtherElement() throws IOException {
		String text = Files.readString(Models.examples().resolve("large/large-network.vnet"));
		XtextResource edited = load(text);
		Network network = (Network) ((Document) edited.getContents().get(0)).getNetworks().get(0);
		EObject firstElement = network.getElements().get(0), lastElement = network.getElements().getLast();
		int line17 = nthLineStart(text, 16);
		String duplicate = "  actor Hub00_001 : firm \"a second Hub00_001\"\n";
		edited.update(line17, 0, duplicate);
		assertSame(firstElement, network.getElements().get(0));
		assertSame(lastElement, network.getElements().getLast());
		assertSameAsWholeParse(text.substring(0, line17) + duplicate + text.substring(line17), edited, "insertion");
		edited.update(line17, duplicate.length(), "");
		assertSame(lastElement, network.getElements().getLast());
		assertSameAsWholeParse(text, edited, "removal");
	}

	@Test
	void anEditOfTheHeaderParsesTheWholeTextAndOneAtTheEndOnlyTheLastElement() {
		String text = "network n {\n  currency EUR\n  actor A : firm\n  actor B : firm\n  actor C : firm\n}\n";
		XtextResource edited = load(text);
		EObject root = edited.getContents().get(0);
		edited.update(text.indexOf("EUR"), 3, "USD"); // the header is not an element
		assertNotSame(root, edited.getContents().get(0));
		assertSameAsWholeParse(text.replace("EUR", "USD"), edited, "header edit");
		root = edited.getContents().get(0);
		edited.update(text.indexOf("  actor B"), 0, "  actor X : firm\n");
		assertSame(root, edited.getContents().get(0));
		String inserted = text.replace("EUR", "USD").replace("  actor B", "  actor X : firm\n  actor B");
		assertSameAsWholeParse(inserted, edited, "insertion");
		edited.update(inserted.lastIndexOf('}'), 0, "  flow f : money A -> C\n"); // appended: the elements end at the brace
		assertSame(root, edited.getContents().get(0));
		assertSameAsWholeParse(inserted.replace("firm\n}", "firm\n  flow f : money A -> C\n}"), edited, "appended");
	}

	@Test
	void anEditAtTheFirstElementParsesItAloneUnlessItJoinsOrChangesTheHeader() {
		String text = "network n {\n  currency EUR\n  actor A : firm\n  actor B : firm\n  actor C : firm\n}\n";
		XtextResource edited = load(text);
		Network network = (Network) ((Document) edited.getContents().get(0)).getNetworks().get(0);
		EObject c = network.getElements().get(2);
		String inserted = "\n  actor Z : firm";
		edited.update(text.indexOf("\n  actor A"), 0, inserted); // a line before the first element
		assertSame(network, ((Document) edited.getContents().get(0)).getNetworks().get(0), "parsed in place");
		assertSame(c, network.getElements().get(3));
		String now = text.replace("EUR\n", "EUR" + inserted + "\n");
		assertSameAsWholeParse(now, edited, "a line before the first element");
		// typed right after the header's last token, the text joins it: "EURactor"
		edited.update(now.indexOf("EUR") + 3, 0, "actor Y : firm");
		now = now.replace("EUR", "EURactor Y : firm");
		assertSameAsWholeParse(now, edited, "text joined to the header");
		// a line that is header, not an element
		String restored = text.replace("EUR\n", "EUR\n  rate USD = 0.9 EUR\n");
		edited = load(text);
		edited.update(text.indexOf("\n  actor A"), 0, "\n  rate USD = 0.9 EUR");
		assertSameAsWholeParse(restored, edited, "a rate before the first element");
	}

	private static EObject root(XtextResource resource) {
		return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}

	private static final class Edit {
		final int offset, length;
		final String text;
		/** Whether the edit was of valid text, left it valid and kept the root object (parsed in place). */
		boolean keptRoot;

		Edit(int offset, int length, String text) {
			this.offset = offset;
			this.length = length;
			this.text = text;
		}

		@Override
		public String toString() {
			return "edit at " + offset + " of " + length + " characters: '" + text + "'";
		}
	}

	/** The one edit that turns {@code from} into {@code to}, as the language server computes it. */
	private static Edit difference(String from, String to) {
		TextChange change = TextChange.between(null, from, to);
		return new Edit(change.offset(), change.length(), change.text());
	}

	/** Applies {@code edit} in place and compares with the whole parse; whether it was an edit from valid to valid text. */
	private boolean edit(XtextResource edited, Edit edit) {
		String text = edited.getParseResult().getRootNode().getText();
		boolean wasClean = !edited.getParseResult().hasSyntaxErrors();
		EObject root = root(edited);
		edited.update(edit.offset, edit.length, edit.text);
		String after = new StringBuilder(text).replace(edit.offset, edit.offset + edit.length, edit.text).toString();
		assertSameAsWholeParse(after, edited, edited.getURI().lastSegment() + " after the " + edit);
		boolean clean = wasClean && !edited.getParseResult().hasSyntaxErrors();
		edit.keptRoot = clean && root != null && root(edited) == root;
		return clean;
	}

	/**
	 * An element copied before another, deleted, or given a title or a comment after it; or a line copied or
	 * deleted, or a snippet typed over a few characters anywhere (mostly broken syntax).
	 */
	private static Edit randomEdit(Random random, XtextResource resource) {
		String text = resource.getParseResult().getRootNode().getText();
		List<INode> elements = new ArrayList<>();
		for (EObject object : resource.getContents().isEmpty() ? List.<EObject>of() : resource.getContents().get(0).eContents()) {
			if (object instanceof Network network) network.getElements().forEach(element -> elements.add(NodeModelUtils.getNode(element)));
		}
		int kind = random.nextInt(elements.isEmpty() ? 3 : 7);
		if (kind >= 3) {
			INode element = elements.get(random.nextInt(elements.size()));
			return switch (kind) {
				case 3 -> new Edit(elements.get(random.nextInt(elements.size())).getTotalOffset(), 0, element.getText());
				case 4 -> new Edit(element.getTotalOffset(), element.getTotalLength(), "");
				case 5 -> new Edit(element.getTotalEndOffset(), 0, " \"t\"");
				default -> new Edit(element.getTotalEndOffset(), 0, "\n  // note");
			};
		}
		List<Integer> lineStarts = new ArrayList<>();
		lineStarts.add(0);
		for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
			lineStarts.add(i + 1);
		}
		int line = random.nextInt(lineStarts.size());
		int start = lineStarts.get(line), end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
		return switch (kind) {
			case 0 -> new Edit(lineStarts.get(random.nextInt(lineStarts.size())), 0, text.substring(start, end));
			case 1 -> new Edit(start, end - start, "");
			default -> {
				int offset = random.nextInt(text.length() + 1);
				yield new Edit(offset, Math.min(random.nextInt(3), text.length() - offset), TYPED[random.nextInt(TYPED.length)]);
			}
		};
	}

	private void assertSameAsWholeParse(String text, XtextResource edited, String what) {
		assertEquals(text, edited.getParseResult().getRootNode().getText(), what);
		XtextResource whole = load(text, edited.getURI().lastSegment());
		assertEquals(whole.getParseResult().hasSyntaxErrors(), edited.getParseResult().hasSyntaxErrors(), what);
		assertLinesEqual(nodes(whole.getParseResult().getRootNode()), nodes(edited.getParseResult().getRootNode()), what + ": nodes");
		EcoreUtil.resolveAll(whole);
		EcoreUtil.resolveAll(edited);
		assertTrue(new SameObjects().equals(whole.getContents(), edited.getContents()), what + ": objects");
		if (text.length() < 200_000) {
			assertLinesEqual(findings(whole), findings(edited), what + ": findings");
		}
	}

	/**
	 * EMF's comparison, except that two references which did not resolve are equal: their proxies hold the
	 * position of the reference among those the linker installed, which differs when only some were linked
	 * again (the findings say which names did not resolve).
	 */
	@SuppressWarnings("serial")
	private static final class SameObjects extends EcoreUtil.EqualityHelper {
		@Override
		public boolean equals(EObject a, EObject b) {
			return a != null && b != null && a.eIsProxy() && b.eIsProxy() && a.eClass() == b.eClass() || super.equals(a, b);
		}
	}

	private static void assertLinesEqual(List<String> expected, List<String> actual, String what) {
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			assertEquals(expected.get(i), actual.get(i), what + ", line " + i);
		}
		assertEquals(expected.size(), actual.size(), what + ": count");
	}

	/** Every node: its kind, grammar element, place, lookahead, syntax error and object. */
	private static List<String> nodes(ICompositeNode root) {
		List<String> lines = new ArrayList<>();
		for (INode node : root.getAsTreeIterable()) {
			lines.add(node.getClass().getSimpleName() + " " + (node.getGrammarElement() == null ? null : EcoreUtil.getURI(node.getGrammarElement()).fragment())
					+ " " + node.getTotalOffset() + "+" + node.getTotalLength() + " line " + node.getStartLine() + "-" + node.getEndLine()
					+ (node instanceof ICompositeNode composite ? " la " + composite.getLookAhead() : "")
					+ (node.getSyntaxErrorMessage() == null ? "" : " error " + node.getSyntaxErrorMessage().getMessage())
					+ (node.hasDirectSemanticElement() ? " " + EcoreUtil.getURI(node.getSemanticElement()).fragment() : ""));
		}
		return lines;
	}

	private static List<String> findings(XtextResource resource) {
		List<String> lines = new ArrayList<>();
		for (Issue issue : resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			lines.add(issue.getSeverity() + " " + issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getCode() + " " + issue.getMessage());
		}
		return lines;
	}

	private XtextResource load(String text) {
		return load(text, "test.vnet");
	}

	private XtextResource load(String text, String name) {
		XtextResourceSet set = language.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI("/work/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	private static int nthLineStart(String text, int n) {
		int offset = 0;
		for (int i = 0; i < n; i++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset;
	}

	private static Injector language() {
		AtomicReference<Injector> language = new AtomicReference<>();
		ValuenetWorkspace.create(language::set);
		return language.get();
	}
}
