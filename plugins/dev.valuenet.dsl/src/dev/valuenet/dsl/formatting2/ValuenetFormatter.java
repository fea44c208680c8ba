package dev.valuenet.dsl.formatting2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.model.Accept;
import dev.valuenet.model.Canvas;
import dev.valuenet.model.Document;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Governance;
import dev.valuenet.model.Network;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.View;

/**
 * The canonical layout of .vnet files: one declaration per line (small git diffs), blocks of
 * networks, scenarios, exchanges, governance, partner canvases and views indented by two spaces, single
 * spaces between tokens, inline property blocks ({@code { 2.4M EUR/year via supply }}) kept on
 * their line. Up to one blank line between declarations is kept; comments stay where they are.
 * Formatting a formatted file changes nothing.
 */
public class ValuenetFormatter extends AbstractFormatter2 {

	private static final Set<String> NO_SPACE_BEFORE = Set.of(",", "(", ")", "%", ".", "/");
	private static final Set<String> NO_SPACE_AFTER = Set.of("(", ".", "/");
	private static final Set<String> CANVAS_LINES = Set.of("offers", "desires", "joint");
	private static final Set<String> VIEW_LINES = Set.of("layer", "include", "exclude", "focus", "size", "colour", "chart");

	@Override
	protected void initialize(FormatterRequest request) {
		// canonical layout: the same indentation whatever the client's settings
		Map<String, String> canonical = new HashMap<>(Map.of(FormatterPreferenceKeys.indentation.getId(), "  "));
		request.setPreferences(request.getPreferences() == null ? new MapBasedPreferenceValues(canonical)
				: new MapBasedPreferenceValues(request.getPreferences(), canonical));
		super.initialize(request);
	}

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		String rule = comment.getGrammarElement() instanceof AbstractRule r ? r.getName() : "";
		if (rule.startsWith("ML")) {
			return new BlockCommentReplacer(comment);
		}
		ITextReplacer standard = super.createCommentReplacer(comment);
		return rule.startsWith("SL") && standard instanceof CommentReplacer line ? new LineCommentReplacer(line) : standard;
	}

	/** Re-indents the lines of a block comment to its new indentation, without trailing spaces. */
	private static final class BlockCommentReplacer extends MultilineCommentReplacer {
		BlockCommentReplacer(IComment comment) {
			super(comment, '*');
		}

		@Override
		public ITextReplacerContext createReplacements(ITextReplacerContext context) {
			IComment comment = getComment();
			String[] lines = comment.getText().split("\r?\n", -1);
			if (lines.length == 1) {
				return context;
			}
			String indentation = context.getIndentationString();
			StringBuilder text = new StringBuilder(lines[0].stripTrailing());
			for (int i = 1; i < lines.length; i++) {
				String line = lines[i].strip();
				text.append('\n').append(line.isEmpty() ? "" : indentation + (line.startsWith("*") ? " " : "") + line);
			}
			context.addReplacement(comment.replaceWith(text.toString()));
			return context;
		}
	}

	/**
	 * A line comment keeps the blank line that follows it (Xtext counts the comment's own line
	 * break as the only one and would drop it).
	 */
	private static final class LineCommentReplacer extends CommentReplacer {
		private final CommentReplacer delegate;

		LineCommentReplacer(CommentReplacer delegate) {
			super(delegate.getComment());
			this.delegate = delegate;
		}

		@Override
		public ITextReplacerContext createReplacements(ITextReplacerContext context) {
			return delegate.createReplacements(context);
		}

		@Override
		public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
			delegate.configureWhitespace(leading, trailing);
			if (trailing != null && trailing.getFormatting() != null && trailing.getRegion().getText().contains("\n")
					&& trailing.getRegion().getEndOffset() < trailing.getRegion().getTextRegionAccess().regionForDocument().getEndOffset()
					&& !nextIsClosingBrace(trailing)) {
				trailing.getFormatting().setNewLinesMin(2);
				trailing.getFormatting().setNewLinesDefault(2);
				trailing.getFormatting().setNewLinesMax(2);
			}
		}

		private static boolean nextIsClosingBrace(WhitespaceReplacer trailing) {
			String rest = trailing.getRegion().getTextRegionAccess().textForOffset(trailing.getRegion().getEndOffset(), 1);
			return "}".equals(rest);
		}
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document root) {
				formatDocument(root, document);
			}
		} else if (object instanceof Document root) {
			formatDocument(root, document);
		}
	}

	private void formatDocument(Document root, IFormattableDocument document) {
		IEObjectRegion rootRegion = getTextRegionAccess().regionForEObject(root);
		if (rootRegion == null) {
			return;
		}
		ISemanticRegion last = null;
		for (ISemanticRegion region : rootRegion.getAllSemanticRegions()) {
			formatToken(region, document);
			last = region;
		}
		List<IHiddenRegion> fileLines = new ArrayList<>();
		root.getImports().forEach(i -> fileLines.add(before(i)));
		root.getNetworks().forEach(n -> fileLines.add(before(n)));
		startLines(fileLines, document);
		for (EObject object : (Iterable<EObject>) root::eAllContents) {
			formatBlock(object, document);
		}
		if (last != null && last.getNextHiddenRegion() != null) {
			document.set(last.getNextHiddenRegion(), IHiddenRegionFormatter::newLine);
		}
	}

	/** Spacing around a single token; lower priority than line breaks so blocks can override it. */
	private void formatToken(ISemanticRegion region, IFormattableDocument document) {
		String text = region.getText();
		IHiddenRegion after = region.getNextHiddenRegion();
		if (after != null && after.getNextSemanticRegion() != null) {
			document.set(after, f -> {
				f.oneSpace();
				f.lowPriority();
			});
		}
		if (NO_SPACE_BEFORE.contains(text) && region.getPreviousSemanticRegion() != null) {
			document.prepend(region, f -> {
				f.noSpace();
				f.setPriority(IHiddenRegionFormatter.NORMAL_PRIORITY);
			});
		}
		if (NO_SPACE_AFTER.contains(text) && after != null && after.getNextSemanticRegion() != null) {
			document.append(region, f -> {
				f.noSpace();
				f.setPriority(IHiddenRegionFormatter.NORMAL_PRIORITY);
			});
		}
	}

	/** Multi-line blocks: one child per line, indented, closing brace on its own line. */
	private void formatBlock(EObject owner, IFormattableDocument document) {
		List<IHiddenRegion> lines = new ArrayList<>();
		if (owner instanceof Network network) {
			var currency = regionFor(network).keyword("currency");
			if (currency != null) {
				lines.add(currency.getPreviousHiddenRegion());
			}
			network.getRates().forEach(r -> lines.add(before(r)));
			network.getElements().forEach(e -> lines.add(before(e)));
		} else if (owner instanceof Scenario scenario) {
			scenario.getEdits().forEach(e -> lines.add(before(e)));
			scenario.getElements().forEach(e -> lines.add(before(e)));
			lines.removeIf(java.util.Objects::isNull);
			lines.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		} else if (owner instanceof Accept accept) {
			// vnet.low-redundancy is one word: no space around its dots and hyphens
			var code = regionFor(accept).feature(dev.valuenet.model.ValuenetPackage.Literals.ACCEPT__CODE);
			if (code == null) {
				for (ISemanticRegion hyphen : regionFor(accept).keywords("-")) {
					document.surround(hyphen, f -> {
						f.noSpace();
						f.setPriority(IHiddenRegionFormatter.HIGH_PRIORITY);
					});
				}
			}
			return;
		} else if (owner instanceof Exchange exchange) {
			exchange.getFlows().forEach(f -> lines.add(before(f)));
		} else if (owner instanceof Governance governance) {
			governance.getStatements().forEach(s -> lines.add(before(s)));
		} else if (owner instanceof Canvas canvas) {
			for (ISemanticRegion keyword : regionFor(canvas).keywords(CANVAS_LINES.toArray(String[]::new))) {
				lines.add(keyword.getPreviousHiddenRegion());
			}
			lines.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
			canvas.getHypotheses().forEach(h -> lines.add(before(h)));
		} else if (owner instanceof View view) {
			// every statement keyword starts a line, found among all the view's tokens: with the ViewFilter objects'
			// regions as line starts, a first 'exclude intangible' stayed on the 'view ... {' line (examples/auto)
			for (ISemanticRegion region : getTextRegionAccess().regionForEObject(view).getAllSemanticRegions()) {
				if (region.getGrammarElement() instanceof org.eclipse.xtext.Keyword && VIEW_LINES.contains(region.getText())) {
					lines.add(region.getPreviousHiddenRegion());
				}
			}
		} else {
			return;
		}
		ISemanticRegion open = regionFor(owner).keyword("{");
		ISemanticRegion close = regionFor(owner).keyword("}");
		if (open == null || close == null) {
			return;
		}
		startLines(lines, document);
		document.prepend(close, IHiddenRegionFormatter::newLine);
		document.interior(open, close, IHiddenRegionFormatter::indent);
	}

	/** The first line follows its opener directly; later ones keep at most one blank line before them. */
	private void startLines(List<IHiddenRegion> lines, IFormattableDocument document) {
		boolean first = true;
		for (IHiddenRegion line : lines) {
			if (line == null) {
				continue;
			}
			boolean atFileStart = line.getPreviousSemanticRegion() == null;
			if (atFileStart) {
				document.set(line, f -> f.setNewLines(0, 0, 0));
			} else if (first) {
				document.set(line, f -> f.setNewLines(1, 1, 1));
			} else {
				document.set(line, f -> f.setNewLines(1, 1, 2));
			}
			first = false;
		}
	}

	private IHiddenRegion before(EObject object) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(object);
		return region == null ? null : region.getPreviousHiddenRegion();
	}

	private org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder regionFor(EObject object) {
		return textRegionExtensions.regionFor(object);
	}
}
