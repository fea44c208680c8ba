package dev.valuenet.ui.editor;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

import dev.valuenet.ui.ValuenetUi;

/**
 * Turns LSP diagnostics into Eclipse UI:
 * <ul>
 * <li>while the file is dirty: transient annotations in the editor's annotation model (squiggles,
 * overview ruler), FAST checks only;</li>
 * <li>when it is clean (opened, saved, or not open at all): persistent {@link IMarker}s of type
 * {@value #MARKER_TYPE} (a problem marker: Problems view) carrying the issue code in
 * {@value #CODE}; the transient annotations are removed.</li>
 * </ul>
 * Called on language-server threads; never waits for the UI thread (marker writes go through a
 * WorkspaceJob, annotation-model updates are thread-safe and the painter re-posts to the display).
 */
public final class VnetDiagnostics implements IFileBufferListener {
	public static final String MARKER_TYPE = ValuenetUi.PLUGIN_ID + ".problem";
	/** Marker attribute: the issue code (e.g. vnet.unresolved-reference), as in docs/language.md. */
	public static final String CODE = "code";

	/** Annotation subclass so that we can find (and replace) exactly our own annotations. */
	public static final class VnetAnnotation extends Annotation {
		private final String code;

		VnetAnnotation(String type, String text, String code) {
			super(type, false, text);
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	private final Map<IFile, List<Diagnostic>> latest = new ConcurrentHashMap<>();

	void publish(String uri, List<Diagnostic> diagnostics) {
		IFile file = fileOf(uri);
		if (file == null) return;
		latest.put(file, diagnostics);
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null && buffer.isDirty()) {
			showAnnotations(buffer, diagnostics);
		} else {
			scheduleMarkers(file);
		}
	}

	// ---- transient annotations ----

	private static void showAnnotations(ITextFileBuffer buffer, List<Diagnostic> diagnostics) {
		IAnnotationModel model = buffer.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension ext)) return;
		IDocument doc = buffer.getDocument();
		Map<Annotation, org.eclipse.jface.text.Position> added = new HashMap<>();
		for (Diagnostic d : diagnostics) {
			try {
				int start = VnetLanguageServer.toOffset(doc, d.getRange().getStart());
				int end = VnetLanguageServer.toOffset(doc, d.getRange().getEnd());
				added.put(new VnetAnnotation(annotationType(d.getSeverity()), text(d), code(d)),
						new org.eclipse.jface.text.Position(start, Math.max(0, end - start)));
			} catch (BadLocationException e) {
				// the document changed meanwhile; the next publish fixes it
			}
		}
		ext.replaceAnnotations(ours(model), added);
	}

	private static Annotation[] ours(IAnnotationModel model) {
		List<Annotation> result = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (a instanceof VnetAnnotation) result.add(a);
		}
		return result.toArray(Annotation[]::new);
	}

	/** LSP4J 1.0: the message is Either&lt;String, MarkupContent&gt;. */
	static String message(Diagnostic d) {
		return d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
	}

	static String code(Diagnostic d) {
		if (d.getCode() == null) return null;
		return d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}

	/** The message with its code, as the CLI prints it: "message [code]". */
	static String text(Diagnostic d) {
		String code = code(d);
		return code == null ? message(d) : message(d) + " [" + code + "]";
	}

	private static String annotationType(DiagnosticSeverity severity) {
		if (severity == DiagnosticSeverity.Error) return "org.eclipse.ui.workbench.texteditor.error";
		if (severity == DiagnosticSeverity.Warning) return "org.eclipse.ui.workbench.texteditor.warning";
		return "org.eclipse.ui.workbench.texteditor.info";
	}

	// ---- persistent markers ----

	private void scheduleMarkers(IFile file) {
		IWorkspace ws = ResourcesPlugin.getWorkspace();
		WorkspaceJob job = new WorkspaceJob("Updating .vnet problem markers") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists()) writeMarkers(file, latest.getOrDefault(file, List.of()));
				return Status.OK_STATUS;
			}
		};
		job.setRule(ws.getRuleFactory().markerRule(file));
		job.setSystem(true);
		job.schedule();
	}

	private static void writeMarkers(IFile file, List<Diagnostic> diagnostics) throws CoreException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null && buffer.isDirty()) return; // edited again meanwhile: annotations show the state
		IDocument doc = buffer != null ? buffer.getDocument() : read(file);
		// markers that say the same at the same place stay: replacing all of them made the editor repaint the
		// whole text (its annotation painter) and the Problems view sort them again, 900 markers of the
		// 5,200-actor example after every save, where one had changed
		Map<List<Object>, List<IMarker>> stale = new HashMap<>();
		for (IMarker marker : file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
			stale.computeIfAbsent(key(marker.getAttributes(FINDING_ATTRIBUTES)), k -> new ArrayList<>()).add(marker);
		}
		List<Map<String, Object>> added = new ArrayList<>();
		for (Diagnostic d : diagnostics) {
			Map<String, Object> attrs = new HashMap<>();
			attrs.put(IMarker.MESSAGE, text(d));
			attrs.put(IMarker.SEVERITY, markerSeverity(d.getSeverity()));
			attrs.put(IMarker.LINE_NUMBER, d.getRange().getStart().getLine() + 1);
			String code = code(d);
			if (code != null) attrs.put(CODE, code);
			try {
				attrs.put(IMarker.CHAR_START, VnetLanguageServer.toOffset(doc, d.getRange().getStart()));
				attrs.put(IMarker.CHAR_END, VnetLanguageServer.toOffset(doc, d.getRange().getEnd()));
			} catch (BadLocationException e) {
				// line number only
			}
			List<IMarker> same = stale.get(key(Arrays.stream(FINDING_ATTRIBUTES).map(attrs::get).toArray()));
			if (same != null && !same.isEmpty()) {
				same.removeLast(); // kept
			} else {
				added.add(attrs);
			}
		}
		IMarker[] gone = stale.values().stream().flatMap(List::stream).toArray(IMarker[]::new);
		if (gone.length > 0) file.getWorkspace().deleteMarkers(gone);
		for (Map<String, Object> attrs : added) {
			file.createMarker(MARKER_TYPE, attrs);
		}
		if (buffer != null && buffer.getAnnotationModel() instanceof IAnnotationModelExtension ext) {
			ext.replaceAnnotations(ours(buffer.getAnnotationModel()), Map.of()); // the markers take over
		}
	}

	/** What a marker says and where: two markers alike in these attributes are the same finding. */
	public static final String[] FINDING_ATTRIBUTES = { IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LINE_NUMBER, IMarker.CHAR_START, IMarker.CHAR_END, CODE };

	private static List<Object> key(Object[] values) {
		return Arrays.asList(values); // nulls allowed: a marker without a range or a code
	}

	private static IDocument read(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new Document(new String(in.readAllBytes(), file.getCharset()));
		} catch (java.io.IOException e) {
			throw new CoreException(Status.error("cannot read " + file, e));
		}
	}

	private static int markerSeverity(DiagnosticSeverity severity) {
		if (severity == DiagnosticSeverity.Error) return IMarker.SEVERITY_ERROR;
		if (severity == DiagnosticSeverity.Warning) return IMarker.SEVERITY_WARNING;
		return IMarker.SEVERITY_INFO;
	}

	static IFile fileOf(String uri) {
		try {
			IPath location = IPath.fromFile(new File(java.net.URI.create(uri)));
			return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(location);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	// ---- IFileBufferListener: a save or revert (dirty -> clean) re-validates with every check ----

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
		if (isDirty || !(buffer instanceof ITextFileBuffer text)) return;
		VnetLanguageServer ls = VnetLanguageServer.get(0);
		if (ls != null) ls.cleaned(text.getDocument());
	}

	@Override public void bufferCreated(IFileBuffer buffer) { }
	@Override public void bufferDisposed(IFileBuffer buffer) { }
	@Override public void bufferContentAboutToBeReplaced(IFileBuffer buffer) { }
	@Override public void bufferContentReplaced(IFileBuffer buffer) { }
	@Override public void stateChanging(IFileBuffer buffer) { }
	@Override public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) { }
	@Override public void underlyingFileMoved(IFileBuffer buffer, IPath path) { }
	@Override public void underlyingFileDeleted(IFileBuffer buffer) { }
	@Override public void stateChangeFailed(IFileBuffer buffer) { }
}
