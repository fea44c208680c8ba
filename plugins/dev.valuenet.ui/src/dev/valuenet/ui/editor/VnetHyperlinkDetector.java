package dev.valuenet.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Ctrl+click / F3 (Open Hyperlink): textDocument/definition, across files (the target file is opened).
 * Runs on the UI thread (mouse move with Ctrl), hence the short timeout.
 */
public class VnetHyperlinkDetector extends AbstractHyperlinkDetector {
	static final long TIMEOUT_MS = 700;

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument doc = viewer.getDocument();
		VnetLanguageServer ls = VnetLanguageServer.get(0);
		if (ls == null) return null;
		String uri = ls.sync(doc);
		if (uri == null) return null;
		try {
			DefinitionParams params = new DefinitionParams(VnetLanguageServer.id(uri), VnetLanguageServer.toPosition(doc, region.getOffset()));
			Either<List<? extends Location>, List<? extends LocationLink>> answer = VnetLanguageServer.await(ls.server().definition(params), TIMEOUT_MS);
			if (answer == null || !answer.isLeft() || answer.getLeft().isEmpty()) return null;
			Location target = answer.getLeft().get(0);
			IRegion word = VnetTextHover.word(doc, region.getOffset());
			if (word.getLength() == 0) return null;
			return new IHyperlink[] { new DeclarationLink(word, target) };
		} catch (BadLocationException e) {
			return null;
		}
	}

	/** Opens the declaration's file and selects its name. */
	public record DeclarationLink(IRegion getHyperlinkRegion, Location target) implements IHyperlink {
		@Override
		public String getTypeLabel() {
			return ".vnet declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration";
		}

		@Override
		public void open() {
			IFile file = VnetDiagnostics.fileOf(target.getUri());
			if (file == null) return;
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				IEditorPart part = IDE.openEditor(page, file);
				if (part instanceof ITextEditor editor) {
					IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
					int start = VnetLanguageServer.toOffset(doc, target.getRange().getStart());
					int end = VnetLanguageServer.toOffset(doc, target.getRange().getEnd());
					editor.selectAndReveal(start, end - start);
				}
			} catch (PartInitException | BadLocationException e) {
				// nothing to open
			}
		}
	}
}
