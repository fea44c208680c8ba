package dev.valuenet.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;

/**
 * Debounced document sync: JFace's reconciler thread calls us {@value #DELAY_MS} ms after the last
 * keystroke; we send the full text to the language server (which re-validates and publishes
 * diagnostics), then ask it for the semantic tokens and hand them to the viewer's
 * {@link SemanticHighlighter}. install/uninstall of the reconciler = didOpen/didClose of the document.
 */
public class VnetReconciler extends MonoReconciler {
	public static final int DELAY_MS = 300;
	static final long TOKENS_TIMEOUT_MS = 90_000; // reconciler thread; a newer edit cancels the request anyway

	private final Strategy strategy;
	private SemanticHighlighter highlighter;

	public VnetReconciler() {
		this(new Strategy());
	}

	private VnetReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(DELAY_MS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		VnetLanguageServer.start(); // off the UI thread; the first reconcile waits for it
		if (textViewer instanceof ITextViewerExtension4) {
			highlighter = new SemanticHighlighter(textViewer);
			strategy.highlighter = highlighter;
		}
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		strategy.close();
		if (highlighter != null) highlighter.dispose();
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private volatile IDocument document;
		volatile SemanticHighlighter highlighter;

		@Override
		public void setDocument(IDocument document) { // UI thread: only remember it
			close();
			this.document = document;
		}

		@Override
		public void initialReconcile() { // reconciler thread: may wait for the server to start
			IDocument d = document;
			if (d == null) return;
			VnetLanguageServer ls = VnetLanguageServer.get(120_000);
			if (ls == null) return;
			long stamp = SemanticHighlighter.stamp(d);
			String uri = ls.sync(d);
			SemanticHighlighter h = highlighter;
			if (uri == null || h == null) return;
			SemanticTokens tokens = VnetLanguageServer.await(ls.server().semanticTokensFull(new SemanticTokensParams(VnetLanguageServer.id(uri))),
					TOKENS_TIMEOUT_MS);
			if (tokens != null && tokens.getData() != null) h.update(d, stamp, tokens.getData(), ls.tokenTypes());
		}

		@Override
		public void reconcile(IRegion partition) {
			initialReconcile();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			initialReconcile();
		}

		void close() {
			IDocument d = document;
			VnetLanguageServer ls = VnetLanguageServer.get(0);
			if (d != null && ls != null) ls.close(d);
			document = null;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}
	}
}
