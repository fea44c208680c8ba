package dev.valuenet.dsl.linking;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import dev.valuenet.dsl.validation.IssueCodes;

/** Syntax errors carry {@link IssueCodes#SYNTAX}, so every .vnet diagnostic has a vnet.* code. */
public class ValuenetSyntaxErrors extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(readable(message.getMessage()), IssueCodes.SYNTAX, message.getIssueData());
	}

	/** ANTLR names tokens by rule; say what a modeler would write instead. */
	private static String readable(String message) {
		if (message == null) {
			return "Syntax error.";
		}
		return message.replace("RULE_ID", "a name").replace("RULE_STRING", "a quoted \"text\"")
				.replace("RULE_NUMBER", "a number").replace("<EOF>", "the end of the file")
				.replace("extraneous input", "unexpected").replace("mismatched input", "unexpected")
				.replace("missing EOF at", "unexpected text after the last closing brace:");
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(message.getMessage(), IssueCodes.SYNTAX, message.getIssueData());
	}
}
