package dev.valuenet.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.swt.widgets.Control;

/**
 * Folding from textDocument/foldingRange (blocks and comments of at least two lines), applied to the
 * projection model on the UI thread; ranges that survive an edit keep their collapsed state.
 */
public class VnetFoldingReconciler extends MonoReconciler {
	public VnetFoldingReconciler() {
		this(new Strategy());
	}

	private final Strategy strategy;

	private VnetFoldingReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(VnetReconciler.DELAY_MS + 200);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.viewer = textViewer instanceof ProjectionViewer p ? p : null;
		super.install(textViewer);
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		volatile ProjectionViewer viewer;
		private volatile IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void initialReconcile() {
			IDocument d = document;
			ProjectionViewer v = viewer;
			if (d == null || v == null) return;
			VnetLanguageServer ls = VnetLanguageServer.get(120_000);
			if (ls == null) return;
			long stamp = SemanticHighlighter.stamp(d);
			String uri = ls.sync(d);
			if (uri == null) return;
			List<FoldingRange> ranges = VnetLanguageServer.await(ls.server().foldingRange(new FoldingRangeRequestParams(VnetLanguageServer.id(uri))), 90_000);
			if (ranges == null) return;
			Control control = v.getTextWidget();
			if (control == null || control.isDisposed()) return;
			control.getDisplay().asyncExec(() -> {
				if (control.isDisposed() || v.getDocument() != d || SemanticHighlighter.stamp(d) != stamp) return;
				apply(v, d, ranges);
			});
		}

		private static void apply(ProjectionViewer viewer, IDocument doc, List<FoldingRange> ranges) {
			ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
			if (model == null) return;
			Map<Position, ProjectionAnnotation> existing = new HashMap<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof ProjectionAnnotation a) existing.put(model.getPosition(a), a);
			}
			Map<Annotation, Position> added = new HashMap<>();
			List<Annotation> removed = new ArrayList<>(existing.values());
			for (FoldingRange r : ranges) {
				try {
					if (r.getEndLine() <= r.getStartLine() || r.getEndLine() >= doc.getNumberOfLines()) continue;
					int start = doc.getLineOffset(r.getStartLine());
					int end = doc.getLineOffset(r.getEndLine()) + doc.getLineLength(r.getEndLine());
					Position p = new Position(start, end - start);
					ProjectionAnnotation old = existing.get(p);
					if (old != null) removed.remove(old);
					else added.put(new ProjectionAnnotation(), p);
				} catch (BadLocationException e) {
					// stale range
				}
			}
			model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		}

		@Override
		public void reconcile(IRegion partition) {
			initialReconcile();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			initialReconcile();
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}
	}
}
