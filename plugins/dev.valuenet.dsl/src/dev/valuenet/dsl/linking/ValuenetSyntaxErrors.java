package dev.valuenet.dsl.linking;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import dev.valuenet.dsl.parser.antlr.internal.InternalValuenetParser;
import dev.valuenet.dsl.validation.IssueCodes;

/**
 * Syntax errors carry {@link IssueCodes#SYNTAX}, so every .vnet diagnostic has a vnet.* code, and say
 * what to write instead where the mistake is a common one: a keyword used as a name ({@code layer
 * knowledge}: write {@code ^knowledge}) or a hyphen inside a name or unit ({@code CI-jobs}: write
 * {@code CI_jobs}).
 */
public class ValuenetSyntaxErrors extends SyntaxErrorMessageProvider {

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	/** Tokens after which a name is expected: a qualified name's dot, a flow's or tie's other end, a list. */
	private static final Set<String> BEFORE_A_NAME = Set.of(".", "->", "<->", "--", ",");
	/** The tail the lexer leaves of a number written with an exponent, {@code 1e400}: a name 'e400'. */
	private static final Pattern EXPONENT = Pattern.compile("[eE][0-9]+");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		String advice = advice(context.getRecognitionException(), message.getMessage());
		return new SyntaxErrorMessage(advice != null ? advice : readable(message.getMessage()), IssueCodes.SYNTAX,
				message.getIssueData());
	}

	/** A message for a mistake we can name, or null. Never fails: a syntax error must always get a message. */
	private static String advice(RecognitionException exception, String message) {
		try {
			if (exception == null || exception.token == null || !(exception.input instanceof TokenStream tokens)) {
				return null;
			}
			Token token = exception.token;
			int index = token.getTokenIndex();
			Token previous = visible(tokens, index, -1);
			Token next = visible(tokens, index, +1);
			String text = token.getText();
			for (Token word : new Token[] { token, previous }) {
				Token number = word == null ? null : visible(tokens, word.getTokenIndex(), -1);
				if (word != null && number != null && EXPONENT.matcher(word.getText()).matches() && adjacent(number, word)
						&& number.getType() == InternalValuenetParser.RULE_NUMBER) {
					return "'" + number.getText() + word.getText() + "' is not a number of the language (no exponents): write the"
							+ " digits, with a k, M, B or T suffix for thousands to trillions, e.g. 2.4M.";
				}
			}
			if (isKeyword(token) && (message != null && message.contains("RULE_ID")
					|| previous != null && BEFORE_A_NAME.contains(previous.getText()))) {
				return reserved(text);
			}
			if (".".equals(text) && isKeyword(next) && adjacent(token, next)) {
				return reserved(next.getText()); // network t.unit: the name ends before the keyword, the dot is left over
			}
			if ("-".equals(text) && isWord(previous) && isWord(next) && adjacent(previous, token) && adjacent(token, next)) {
				return hyphen(previous.getText(), next.getText());
			}
			if (isWord(token) && previous != null && "-".equals(previous.getText()) && adjacent(previous, token)) {
				Token before = visible(tokens, previous.getTokenIndex(), -1);
				if (isWord(before) && adjacent(before, previous)) {
					return hyphen(before.getText(), text);
				}
			}
			return null;
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static String reserved(String word) {
		return "'" + word + "' is a keyword of the language, so it cannot be a name as written: write '^" + word
				+ "' to use it as a name (or choose another name).";
	}

	private static String hyphen(String left, String right) {
		return "'" + left + "-" + right + "' is not one word: names and units are letters, digits and _ only, e.g. '" + left + "_"
				+ right + "'.";
	}

	/** The nearest token on the default channel (not white space or a comment) before or after {@code index}. */
	private static Token visible(TokenStream tokens, int index, int direction) {
		if (index < 0) {
			return null;
		}
		for (int i = index + direction; i >= 0 && i < tokens.size(); i += direction) {
			Token token = tokens.get(i);
			if (token.getType() == Token.EOF) {
				return null;
			}
			if (!hidden(token)) {
				return token;
			}
		}
		return null;
	}

	private static boolean hidden(Token token) {
		String text = token.getText();
		return token.getChannel() != Token.DEFAULT_CHANNEL || text == null || text.isBlank() || text.startsWith("//")
				|| text.startsWith("/*");
	}

	private static boolean isWord(Token token) {
		return token != null && token.getText() != null && WORD.matcher(token.getText()).matches();
	}

	/** A word that the lexer did not take as a name: one of the language's keywords. */
	private static boolean isKeyword(Token token) {
		return isWord(token) && token.getType() != InternalValuenetParser.RULE_ID;
	}

	private static boolean adjacent(Token left, Token right) {
		return left instanceof CommonToken l && right instanceof CommonToken r && l.getStopIndex() + 1 == r.getStartIndex();
	}

	/** ANTLR's "mismatched input 'x' expecting y" and "extraneous input ..." (what was found, what was expected). */
	private static final Pattern FOUND_EXPECTING = Pattern.compile("(?:extraneous|mismatched) input '(.*)' expecting (.*)", Pattern.DOTALL);

	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);

	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);

	/** ANTLR's messages name tokens by rule and speak of "viable alternatives": say what a modeler would write instead. */
	private static String readable(String message) {
		if (message == null) {
			return "Syntax error.";
		}
		// the lexer reached the end of the file inside a quoted text or a block comment
		if (message.startsWith("mismatched character '<EOF>' expecting '\"'")) {
			return "A quoted \"text\" that starts here is never closed: add the closing \" (write \\\" for a quote inside it).";
		}
		if (message.startsWith("mismatched character '<EOF>' expecting '*'")) {
			return "A /* comment that starts here is never closed: add */ where it ends.";
		}
		Matcher found = FOUND_EXPECTING.matcher(message);
		if (found.matches()) {
			String token = found.group(1), expected = found.group(2).strip();
			if (token.equals("<EOF>")) {
				return "The file ends before " + named(expected) + "; add it (an opened '{' needs its '}').";
			}
			if (expected.equals("EOF") || expected.equals("<EOF>")) {
				return "Unexpected '" + token + "' after the end of the last declaration: remove it, or check the braces above"
						+ " (one '}' too many closes a declaration early).";
			}
			return expected.startsWith("set ") ? "Unexpected '" + token + "' here: check this statement against docs/language.md."
					: "Unexpected '" + token + "': " + named(expected) + " is expected here.";
		}
		Matcher noViable = NO_VIABLE.matcher(message);
		if (noViable.matches()) {
			String token = noViable.group(1);
			if (token.endsWith("<EOF>")) {
				return "The file ends in the middle of a statement; complete it, or close the braces opened above.";
			}
			if (token.matches("(?i)[+-]?(nan|infinity|inf)")) {
				return "'" + token + "' is not a number of the language: write digits, with a k, M, B or T suffix for thousands to"
						+ " trillions, e.g. 2.4M.";
			}
			return "'" + token + "' does not fit here: check this statement against docs/language.md.";
		}
		Matcher missing = MISSING.matcher(message);
		if (missing.matches() && missing.group(1).equals("EOF")) {
			return "Unexpected '" + missing.group(2) + "' after the end of the last declaration: remove it, or check the braces"
					+ " above (one '}' too many closes a declaration early).";
		}
		if (missing.matches()) {
			return missing.group(2).equals("<EOF>") ? "The file ends before " + named(missing.group(1)) + "; add it."
					: capitalized(named(missing.group(1))) + " is missing before '" + missing.group(2) + "'; add it.";
		}
		return message.replace("RULE_ID", "a name").replace("RULE_STRING", "a quoted \"text\"")
				.replace("RULE_NUMBER", "a number").replace("<EOF>", "the end of the file")
				.replace("extraneous input", "unexpected").replace("mismatched input", "unexpected");
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A token as ANTLR names it ('}', RULE_ID, EOF), in words. */
	private static String named(String token) {
		return switch (token) {
			case "RULE_ID" -> "a name";
			case "RULE_STRING" -> "a quoted \"text\"";
			case "RULE_NUMBER" -> "a number";
			case "EOF", "<EOF>" -> "the end of the file";
			default -> token;
		};
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(message.getMessage(), IssueCodes.SYNTAX, message.getIssueData());
	}
}
