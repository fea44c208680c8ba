package dev.valuenet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Ctrl+Space: textDocument/completion on the in-process server, as JFace proposals (keywords,
 * references to actors, ties, layers and value objects in scope, units). Display string =
 * "label - detail"; the label is what gets inserted.
 */
public class VnetContentAssistProcessor implements IContentAssistProcessor {
	static final long TIMEOUT_MS = 3000;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument doc = viewer.getDocument();
		VnetLanguageServer ls = VnetLanguageServer.get(TIMEOUT_MS);
		if (ls == null) return new ICompletionProposal[0];
		String uri = ls.sync(doc); // the debounced reconciler may not have sent the last keystrokes yet
		if (uri == null) return new ICompletionProposal[0];
		List<ICompletionProposal> result = new ArrayList<>();
		try {
			CompletionParams params = new CompletionParams(VnetLanguageServer.id(uri), VnetLanguageServer.toPosition(doc, offset));
			Either<List<CompletionItem>, CompletionList> answer = VnetLanguageServer.await(ls.server().completion(params), TIMEOUT_MS);
			if (answer == null) return new ICompletionProposal[0];
			for (CompletionItem item : answer.isLeft() ? answer.getLeft() : answer.getRight().getItems()) {
				result.add(toProposal(doc, offset, item));
			}
		} catch (BadLocationException e) {
			// the document changed under us
		}
		return result.toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal toProposal(IDocument doc, int offset, CompletionItem item) throws BadLocationException {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset, end = offset;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) { // Xtext: replace the typed prefix
			TextEdit edit = item.getTextEdit().getLeft();
			Range r = edit.getRange();
			start = VnetLanguageServer.toOffset(doc, r.getStart());
			end = VnetLanguageServer.toOffset(doc, r.getEnd());
			text = edit.getNewText();
		}
		String display = item.getLabel() + (item.getDetail() != null && !item.getDetail().isEmpty() ? " - " + item.getDetail() : "");
		return new CompletionProposal(text, start, end - start, text.length(), null, display, null, null);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
