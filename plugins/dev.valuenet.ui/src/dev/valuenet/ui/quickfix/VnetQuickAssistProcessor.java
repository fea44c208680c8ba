package dev.valuenet.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import dev.valuenet.ui.editor.VnetDiagnostics;
import dev.valuenet.ui.editor.VnetLanguageServer;
import dev.valuenet.ui.refactoring.WorkspaceEditApplier;

/**
 * Ctrl+1 in the .vnet editor: the problems (annotations of live diagnostics or markers, with their issue
 * code) at the caret's line are sent to the language server as textDocument/codeAction; each returned
 * code action becomes a proposal applying its workspace edit. Waits at most {@value #TIMEOUT_MS} ms.
 */
public class VnetQuickAssistProcessor implements IQuickAssistProcessor {
	static final long TIMEOUT_MS = 3000;

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return code(annotation) != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		List<ICompletionProposal> result = new ArrayList<>();
		for (CodeAction action : codeActions(context.getSourceViewer(), context.getOffset())) {
			result.add(new Proposal(action));
		}
		return result.toArray(ICompletionProposal[]::new);
	}

	/** The code actions the server offers for the problems on the line of {@code offset}. */
	public static List<CodeAction> codeActions(ISourceViewer viewer, int offset) {
		List<CodeAction> result = new ArrayList<>();
		IDocument doc = viewer.getDocument();
		IAnnotationModel model = viewer.getAnnotationModel();
		VnetLanguageServer ls = VnetLanguageServer.get(TIMEOUT_MS);
		if (ls == null || doc == null || model == null) return result;
		String uri = ls.sync(doc);
		if (uri == null) return result;
		try {
			int line = doc.getLineOfOffset(Math.max(0, offset));
			List<Diagnostic> diagnostics = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation a = it.next();
				String code = code(a);
				org.eclipse.jface.text.Position p = model.getPosition(a);
				if (code == null || p == null || p.isDeleted() || doc.getLineOfOffset(p.getOffset()) != line) continue;
				Diagnostic d = new Diagnostic(new Range(VnetLanguageServer.toPosition(doc, p.getOffset()),
						VnetLanguageServer.toPosition(doc, p.getOffset() + p.getLength())), a.getText() == null ? "" : a.getText(),
						DiagnosticSeverity.Error, "vnet", code);
				if (diagnostics.stream().noneMatch(x -> x.getRange().equals(d.getRange()) && x.getCode().equals(d.getCode()))) diagnostics.add(d);
			}
			if (diagnostics.isEmpty()) return result;
			Range range = new Range(VnetLanguageServer.toPosition(doc, doc.getLineOffset(line)),
					VnetLanguageServer.toPosition(doc, doc.getLineOffset(line) + doc.getLineLength(line)));
			CodeActionParams params = new CodeActionParams(VnetLanguageServer.id(uri), range, new CodeActionContext(diagnostics));
			List<Either<Command, CodeAction>> actions = VnetLanguageServer.await(ls.server().codeAction(params), TIMEOUT_MS);
			if (actions == null) return result;
			for (Either<Command, CodeAction> a : actions) {
				// a problem may be both a live annotation and a marker: one proposal per title
				if (a.isRight() && a.getRight().getEdit() != null && result.stream().noneMatch(r -> r.getTitle().equals(a.getRight().getTitle()))) {
					result.add(a.getRight());
				}
			}
		} catch (BadLocationException e) {
			// the document changed meanwhile
		}
		return result;
	}

	/** The issue code of one of our annotations (live diagnostics or a problem marker), else null. */
	static String code(Annotation a) {
		if (a instanceof VnetDiagnostics.VnetAnnotation v) return v.code();
		if (a instanceof MarkerAnnotation m && !m.isMarkedDeleted()) {
			IMarker marker = m.getMarker();
			try {
				if (marker.exists() && marker.isSubtypeOf(VnetDiagnostics.MARKER_TYPE)) return marker.getAttribute(VnetDiagnostics.CODE, null);
			} catch (org.eclipse.core.runtime.CoreException e) {
				return null;
			}
		}
		return null;
	}

	/** A code action as a proposal: applying it applies its workspace edit. */
	public static final class Proposal implements ICompletionProposal {
		private final CodeAction action;

		Proposal(CodeAction action) {
			this.action = action;
		}

		public CodeAction action() {
			return action;
		}

		@Override
		public void apply(IDocument document) {
			WorkspaceEditApplier.apply(action.getEdit());
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return action.getTitle();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
