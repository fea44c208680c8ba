package dev.valuenet.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

/**
 * Lexical colouring on the UI thread (synchronous, no server round trip): keywords, comments,
 * strings, numbers. The keyword list comes from the Xtext grammar, so grammar changes need no editor
 * change. Names are coloured by meaning afterwards ({@link SemanticHighlighter}).
 */
public class VnetPresentationReconciler extends PresentationReconciler {
	public static final Color KEYWORD = new Color(127, 0, 85);
	public static final Color COMMENT = new Color(63, 127, 95);
	public static final Color DOC_COMMENT = new Color(63, 95, 191);
	public static final Color STRING = new Color(42, 0, 255);
	public static final Color NUMBER = new Color(125, 125, 0);

	public VnetPresentationReconciler() {
		IToken keyword = new Token(new TextAttribute(KEYWORD, null, SWT.BOLD));
		IToken comment = new Token(new TextAttribute(COMMENT));
		IToken docComment = new Token(new TextAttribute(DOC_COMMENT));
		IToken string = new Token(new TextAttribute(STRING));
		IToken number = new Token(new TextAttribute(NUMBER));
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isJavaIdentifierStart(c);
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isJavaIdentifierPart(c);
			}
		}, Token.UNDEFINED);
		for (String kw : keywords()) {
			if (Character.isJavaIdentifierStart(kw.charAt(0))) words.addWord(kw, keyword);
		}
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/**", "*/", docComment),
				new MultiLineRule("/*", "*/", comment), new SingleLineRule("\"", "\"", string, '\\'), words, new NumberRule(number) });
		DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
		setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static Set<String> keywords() {
		IGrammarAccess grammar = VnetLanguage.injector().getInstance(IGrammarAccess.class);
		return GrammarUtil.getAllKeywords(grammar.getGrammar());
	}
}
