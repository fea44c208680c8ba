package dev.valuenet.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import dev.valuenet.dsl.validation.IssueCodes;

/**
 * Quick fixes (textDocument/codeAction) for the main issue codes, as text edits on the file of the
 * diagnostic:
 * <ul>
 * <li>{@code vnet.unresolved}: "Declare actor X : firm", a declaration line after the file's last actor;</li>
 * <li>{@code vnet.isolated-actor}: "Remove actor X", its declaration line;</li>
 * <li>{@code vnet.currency-without-rate}: "Add 'rate USD = 1 EUR'" after the network's currency line
 * (the factor is to be corrected by the modeller).</li>
 * </ul>
 * {@code vnet.self-flow} has no automatic fix: which end is wrong is the modeller's call.
 */
public class ValuenetCodeActionService implements ICodeActionService2 {
	private static final Pattern ACTOR_LINE = Pattern.compile("(?m)^([ \\t]*)actor\\s+\\w+.*$");
	private static final Pattern CURRENCY_LINE = Pattern.compile("(?m)^([ \\t]*)currency\\s+\\w+.*$");
	private static final Pattern RATE_HINT = Pattern.compile("declare 'rate (\\S+) = <factor> (\\S+)'");
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> result = new ArrayList<>();
		if (options.getCodeActionParams().getContext() == null) return result;
		String uri = options.getURI();
		// LanguageServerImpl (2.42) sets neither document nor resource: read them synchronously (we are inside its read request)
		Document doc = options.getDocument();
		if (doc == null && options.getLanguageServerAccess() != null) {
			doc = options.getLanguageServerAccess().doSyncRead(uri, ILanguageServerAccess.Context::getDocument);
		}
		if (doc == null) return result;
		for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
			if (options.getCancelIndicator() != null && options.getCancelIndicator().isCanceled()) break;
			String code = d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
			if (code == null) continue;
			CodeAction action = null;
			try {
				if (code.equals(IssueCodes.UNRESOLVED)) action = declareActor(doc, uri, d);
				else if (code.equals(IssueCodes.ISOLATED_ACTOR)) action = removeActor(doc, uri, d);
				else if (code.equals(IssueCodes.CURRENCY_WITHOUT_RATE)) action = addRate(doc, uri, d);
			} catch (IndexOutOfBoundsException e) {
				// the diagnostic is older than the document: no fix
			}
			if (action != null) result.add(Either.forRight(action));
		}
		return result;
	}

	private CodeAction declareActor(Document doc, String uri, Diagnostic d) {
		String name = doc.getSubstring(d.getRange()).trim();
		if (!IDENTIFIER.matcher(name).matches()) return null;
		String text = doc.getContents();
		Matcher m = ACTOR_LINE.matcher(text);
		int insertAt = -1;
		String indent = "  ";
		while (m.find()) {
			insertAt = m.end();
			indent = m.group(1);
		}
		String newText;
		if (insertAt >= 0) {
			newText = "\n" + indent + "actor " + name + " : firm";
		} else {
			int close = text.lastIndexOf('}');
			if (close < 0) return null;
			insertAt = text.lastIndexOf('\n', close) + 1;
			newText = "  actor " + name + " : firm\n";
		}
		return action("Declare actor " + name + " : firm", d, uri, insert(doc, insertAt, newText));
	}

	private CodeAction removeActor(Document doc, String uri, Diagnostic d) {
		String name = doc.getSubstring(d.getRange()).trim();
		int line = d.getRange().getStart().getLine();
		String content = doc.getLineContent(line);
		if (!content.strip().matches("actor\\s+" + Pattern.quote(name) + "\\b.*")) return null;
		Range wholeLine = new Range(new Position(line, 0), new Position(line + 1, 0));
		if (line + 1 >= doc.getLineCount()) wholeLine = new Range(new Position(line, 0), new Position(line, content.stripTrailing().length()));
		return action("Remove actor " + name, d, uri, new TextEdit(wholeLine, ""));
	}

	private CodeAction addRate(Document doc, String uri, Diagnostic d) {
		String message = d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
		Matcher hint = RATE_HINT.matcher(message);
		if (!hint.find()) return null;
		String rate = "rate " + hint.group(1) + " = 1 " + hint.group(2);
		String text = doc.getContents();
		Matcher currency = CURRENCY_LINE.matcher(text);
		TextEdit edit;
		if (currency.find()) {
			edit = insert(doc, currency.end(), "\n" + currency.group(1) + rate);
		} else {
			int open = text.indexOf('{');
			if (open < 0) return null;
			edit = insert(doc, open + 1, "\n  " + rate);
		}
		return action("Add '" + rate + "'", d, uri, edit);
	}

	private static TextEdit insert(Document doc, int offset, String text) {
		Position p = doc.getPosition(offset);
		return new TextEdit(new Range(p, p), text);
	}

	private static CodeAction action(String title, Diagnostic d, String uri, TextEdit edit) {
		CodeAction action = new CodeAction(title);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(d));
		action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(edit))));
		return action;
	}
}
