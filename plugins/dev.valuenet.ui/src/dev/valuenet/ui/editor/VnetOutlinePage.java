package dev.valuenet.ui.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * Outline = textDocument/documentSymbol, refreshed in a Job (debounced) when the document changes.
 * Networks are expanded at first unless they have more than {@value #EXPANDED_UP_TO} elements, their
 * elements not; a refresh keeps the networks open that were open.
 */
public class VnetOutlinePage extends ContentOutlinePage implements IDocumentListener {
	private final ITextEditor editor;
	private final IDocument document;
	private final Job refresh = Job.create("Updating the .vnet outline", this::refresh);

	/**
	 * A network with more elements is closed at first: opening it makes a tree item per element, and the
	 * 5,200-actor example's 31,000 took the UI thread 0.3-0.5 s on every refresh, beside the save's build.
	 */
	static final int EXPANDED_UP_TO = 2_000;

	VnetOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		refresh.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		// symbols by identity: an LSP4J DocumentSymbol hashes and compares all it contains (a network: its
		// thousands of elements), and each refresh brings new objects anyway
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a == b;
			}

			@Override
			public int hashCode(Object element) {
				return System.identityHashCode(element);
			}
		});
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object e) {
				List<DocumentSymbol> c = ((DocumentSymbol) e).getChildren();
				return c == null ? new Object[0] : c.toArray();
			}

			@Override
			public Object getParent(Object e) {
				return null;
			}

			@Override
			public boolean hasChildren(Object e) {
				List<DocumentSymbol> c = ((DocumentSymbol) e).getChildren();
				return c != null && !c.isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object e) {
				DocumentSymbol s = (DocumentSymbol) e;
				String name = s.getName() == null ? "" : s.getName();
				// networks by their qualified name, their elements by the simple name they are declared with
				if (!(viewer.getInput() instanceof List<?> top && top.contains(s))) name = name.substring(name.lastIndexOf('.') + 1);
				return name + (s.getDetail() != null && !s.getDetail().isEmpty() ? " : " + s.getDetail() : "");
			}
		});
		viewer.setInput(List.of());
		document.addDocumentListener(this);
		refresh.schedule();
	}

	private IStatus refresh(IProgressMonitor monitor) { // Job thread: may wait for the server
		VnetLanguageServer ls = VnetLanguageServer.get(120_000);
		if (ls == null) return Status.OK_STATUS;
		String uri = ls.sync(document);
		if (uri == null) return Status.OK_STATUS;
		List<Either<SymbolInformation, DocumentSymbol>> answer = VnetLanguageServer
				.await(ls.server().documentSymbol(new DocumentSymbolParams(VnetLanguageServer.id(uri))), 10_000);
		if (answer == null) return Status.OK_STATUS;
		List<DocumentSymbol> symbols = answer.stream().filter(Either::isRight).map(Either::getRight).toList();
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> { // never syncExec from a job/server thread
				if (!viewer.getControl().isDisposed()) {
					Set<String> open = new HashSet<>(); // the networks open now, by name (a refresh brings new symbols)
					boolean first = !(viewer.getInput() instanceof List<?> old) || old.isEmpty();
					if (!first) {
						for (Object network : (List<?>) viewer.getInput()) {
							if (viewer.getExpandedState(network)) open.add(((DocumentSymbol) network).getName());
						}
					}
					viewer.getControl().setRedraw(false);
					try {
						viewer.setInput(symbols);
						for (DocumentSymbol network : symbols) {
							int elements = network.getChildren() == null ? 0 : network.getChildren().size();
							if (first ? elements <= EXPANDED_UP_TO : open.contains(network.getName())) viewer.setExpandedState(network, true);
						}
					} finally {
						viewer.getControl().setRedraw(true);
					}
				}
			});
		}
		return Status.OK_STATUS;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection sel && sel.getFirstElement() instanceof DocumentSymbol s) {
			try {
				int start = VnetLanguageServer.toOffset(document, s.getSelectionRange().getStart());
				int end = VnetLanguageServer.toOffset(document, s.getSelectionRange().getEnd());
				editor.selectAndReveal(start, end - start);
			} catch (BadLocationException e) {
				// stale outline
			}
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		refresh.cancel();
		refresh.schedule(VnetReconciler.DELAY_MS + 200);
	}

	@Override
	public void dispose() {
		document.removeDocumentListener(this);
		refresh.cancel();
		super.dispose();
	}

	/** plugin.xml: adapts the generic editor to IContentOutlinePage when it shows a .vnet file. */
	public static class AdapterFactory implements IAdapterFactory {
		@Override
		public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
			if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
					&& editor.getEditorInput().getName().endsWith("." + VnetLanguage.EXTENSION)) {
				return adapterType.cast(new VnetOutlinePage(editor));
			}
			return null;
		}

		@Override
		public Class<?>[] getAdapterList() {
			return new Class<?>[] { IContentOutlinePage.class };
		}
	}
}
