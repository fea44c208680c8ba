package dev.valuenet.ui.editor;

import static dev.valuenet.ui.UiTesting.log;
import static dev.valuenet.ui.UiTesting.spin;
import static dev.valuenet.ui.UiTesting.waitFor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;

/**
 * The .vnet editor in the real workbench on the bundled examples: colouring, markers with issue codes,
 * live diagnostics, content assist, hover, definition across files, outline, format. Timings go to the
 * test output ("[valuenet-ui] ...").
 */
public class VnetEditorTest {
	static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";

	@Test
	public void exampleOpensWithColouringMarkersAndLanguageServices() throws Exception {
		IProject examples = UiTesting.examples();
		IFile file = examples.getFile("visa/visa-network.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

		long t0 = System.nanoTime();
		IEditorPart part = IDE.openEditor(page, file);
		log("open visa-network.vnet", t0);
		Assertions.assertEquals(GENERIC_EDITOR, part.getSite().getId());
		ITextEditor editor = (ITextEditor) part;
		ISourceViewer viewer = (ISourceViewer) part.getAdapter(ITextOperationTarget.class);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String original = doc.get();

		// lexical colouring (UI thread, synchronous)
		int keyword = original.indexOf("network payments.visa");
		waitFor("keyword colour", 5000, () -> isKeyword(styleAt(viewer, keyword)));
		log("keyword colouring", t0);

		// the language server (started by the editor's reconciler, off the UI thread) and its first results
		Assertions.assertNotNull(VnetLanguageServer.get(90_000), "language server did not start");
		log("language server ready (started in " + VnetLanguageServer.get(0).startMillis() + " ms)", t0);

		// markers of the saved file: every check ran, metric checks included; the code is a marker attribute
		waitFor("metric markers", 60_000, () -> codes(file).contains("vnet.hub-dependency"));
		log("markers " + codes(file), t0);
		// markers are rewritten as a whole when the file is revalidated: wait rather than sample once
		waitFor("single-point-of-failure marker", 60_000, () -> codes(file).contains("vnet.single-point-of-failure"));

		// semantic colouring: a reference to an actor, and the actor's declaration in bold
		int reference = original.indexOf("-> Visa ", original.indexOf("\n  flow ")) + 3;
		int declaration = original.indexOf("Visa", original.indexOf("actor Visa"));
		waitFor("semantic colour", 30_000, () -> SemanticHighlighter.PARTICIPANT.equals(colourAt(viewer, reference)));
		Assertions.assertTrue((styleAt(viewer, declaration).fontStyle & SWT.BOLD) != 0, "declaration in bold");
		log("semantic colouring", t0);

		// content assist through the processor the generic editor wired from plugin.xml
		IContentAssistProcessor processor = UiTesting.wiredProcessor(editor, viewer);
		Assertions.assertInstanceOf(VnetContentAssistProcessor.class, processor);
		int end = original.lastIndexOf('}');
		String probe = "  flow probe : money ";
		doc.replace(end, 0, probe);
		long t1 = System.nanoTime();
		List<String> proposals = proposals(processor, viewer, end + probe.length());
		log("content assist at a flow's source: " + proposals.size() + " proposals " + proposals.subList(0, Math.min(8, proposals.size())), t1);
		Assertions.assertTrue(proposals.containsAll(List.of("Visa", "Chase", "Cardholders")), proposals.toString());
		Assertions.assertFalse(proposals.contains("network"), "no keywords at a reference: " + proposals);

		// a broken reference: error annotation while typing (debounced), marker with its code on save
		long t2 = System.nanoTime();
		doc.replace(end + probe.length(), 0, "Nobody -> Visa\n");
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		waitFor("error annotation", 10_000, () -> annotation(model, "Nobody") != null);
		log("error annotation after typing", t2); // a figure for the log; speed goals are benchmarks, not unit tests
		Map<List<Object>, Long> before = markers(file);
		long t3 = System.nanoTime();
		editor.doSave(new NullProgressMonitor());
		waitFor("unresolved marker", 30_000, () -> codes(file).contains("vnet.unresolved"));
		log("marker after save", t3);
		// the findings that did not change keep their markers (the text before the new flow did not move)
		Map<List<Object>, Long> after = markers(file);
		long kept = before.entrySet().stream().filter(e -> e.getValue().equals(after.get(e.getKey()))).count();
		long alike = before.keySet().stream().filter(after::containsKey).count();
		Assertions.assertTrue(alike >= 5, alike + " findings alike before and after the save");
		Assertions.assertEquals(alike, kept, "markers of unchanged findings replaced");
		waitFor("metric checks run on save too", 60_000, () -> codes(file).contains("vnet.hub-dependency"));

		// hover on the reference
		VnetTextHover hover = new VnetTextHover();
		IRegion region = hover.getHoverRegion(viewer, reference + 1);
		String hoverText = hover.getHoverInfo(viewer, region);
		Assertions.assertNotNull(hoverText);
		Assertions.assertTrue(hoverText.startsWith("actor Visa : platform"), hoverText);
		Assertions.assertTrue(hoverText.contains("flows:"), hoverText);

		// Problems view and Outline, then the screenshot of the whole workbench
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		page.activate(part);
		waitFor("outline", 20_000, () -> outline.getCurrentPage() instanceof ContentOutlinePage p && p.getControl() instanceof Tree t
				&& t.getItemCount() > 0 && t.getItem(0).getItemCount() > 10);
		Tree tree = (Tree) outline.getCurrentPage().getControl();
		List<String> items = Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getText).toList();
		Assertions.assertTrue(items.stream().anyMatch(s -> s.startsWith("Visa")), items.toString());
		editor.selectAndReveal(reference, 4);
		spin(3000); // the Problems view updates in its own job
		UiTesting.screenshot("workbench");

		// a refresh of the outline (after an edit) keeps a network closed or open as the user left it
		tree.getItem(0).setExpanded(false);
		outlineRefreshedAfter(tree, () -> doc.replace(0, 0, " "));
		Assertions.assertFalse(tree.getItem(0).getExpanded(), "closed by the user, closed after the refresh");
		tree.getItem(0).setExpanded(true);
		outlineRefreshedAfter(tree, () -> doc.replace(0, 1, ""));
		Assertions.assertTrue(tree.getItem(0).getExpanded(), "opened by the user, open after the refresh");

		// back to the example as it was
		doc.set(original);
		editor.doSave(new NullProgressMonitor());
		waitFor("marker gone", 30_000, () -> !codes(file).contains("vnet.unresolved"));
	}

	private interface Edit {
		void run() throws BadLocationException;
	}

	/** Makes {@code edit} and waits until the outline shows the symbols of the edited text (new objects). */
	private static void outlineRefreshedAfter(Tree tree, Edit edit) throws BadLocationException {
		Object before = tree.getItem(0).getData();
		edit.run();
		waitFor("outline refreshed", 20_000, () -> tree.getItemCount() > 0 && tree.getItem(0).getData() != null && tree.getItem(0).getData() != before);
	}

	@Test
	public void definitionAcrossFiles() throws Exception {
		IProject examples = UiTesting.examples();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, examples.getFile("multi-file/flows.vnet"));
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Assertions.assertNotNull(VnetLanguageServer.get(90_000));
		int dairy = doc.get().indexOf("DairyCoop");
		IHyperlink[] links = null;
		long end = System.currentTimeMillis() + 30_000;
		while (links == null && System.currentTimeMillis() < end) { // the hyperlink detector only waits 700 ms
			links = new VnetHyperlinkDetector().detectHyperlinks(viewer, new Region(dairy + 2, 0), false);
			if (links == null) spin(200);
		}
		Assertions.assertNotNull(links, "no hyperlink on DairyCoop");
		links[0].open();
		spin(300);
		ITextEditor target = (ITextEditor) page.getActiveEditor();
		Assertions.assertEquals("actors.vnet", target.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) target.getSelectionProvider().getSelection();
		Assertions.assertEquals("DairyCoop", selection.getText());
		page.closeAllEditors(false);
	}

	@Test
	public void formatUsesTheLanguageFormatter() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("formatting");
		if (!project.exists()) project.create(null);
		project.open(null);
		IFile file = project.getFile("messy.vnet");
		String messy = "network  fmt.test   {\nactor   A :   firm\n      actor B : supplier\n  flow f : goods B->A\n}\n";
		if (!file.exists()) file.create(new ByteArrayInputStream(messy.getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Assertions.assertNotNull(VnetLanguageServer.get(90_000));
		Assertions.assertTrue(FormatHandler.format(editor), "formatting request timed out");
		String formatted = doc.get();
		Assertions.assertTrue(formatted.startsWith("network fmt.test {\n  actor A : firm\n  actor B : supplier\n"), formatted);
		Assertions.assertTrue(formatted.contains("flow f : goods B -> A"), formatted);
		editor.doRevertToSaved();
		page.closeAllEditors(false);
	}

	// ---- helpers ----

	static StyleRange styleAt(ISourceViewer viewer, int offset) {
		StyleRange r = viewer.getTextWidget().getStyleRangeAtOffset(offset);
		return r == null ? new StyleRange() : r;
	}

	static Color colourAt(ISourceViewer viewer, int offset) {
		return styleAt(viewer, offset).foreground;
	}

	static boolean isKeyword(StyleRange r) {
		return (r.fontStyle & SWT.BOLD) != 0 && VnetPresentationReconciler.KEYWORD.equals(r.foreground);
	}

	static Annotation annotation(IAnnotationModel model, String text) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (a.getType().endsWith(".error") && a.getText() != null && a.getText().contains(text)) return a;
		}
		return null;
	}

	/** Each marker's id by what it says and where (message, severity, line, range, code). */
	private static Map<List<Object>, Long> markers(IFile file) throws CoreException {
		Map<List<Object>, Long> ids = new HashMap<>();
		for (IMarker m : file.findMarkers(VnetDiagnostics.MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
			ids.put(Arrays.asList(m.getAttributes(VnetDiagnostics.FINDING_ATTRIBUTES)), m.getId());
		}
		return ids;
	}

	static Set<String> codes(IFile file) {
		Set<String> codes = new TreeSet<>();
		try {
			for (IMarker m : file.findMarkers(VnetDiagnostics.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
				codes.add(m.getAttribute(VnetDiagnostics.CODE, "?"));
			}
		} catch (CoreException e) {
			// resource gone: no codes
		}
		return codes;
	}

	static List<String> proposals(IContentAssistProcessor p, ISourceViewer viewer, int offset) {
		List<String> result = new ArrayList<>();
		ICompletionProposal[] proposals = p.computeCompletionProposals(viewer, offset);
		Arrays.stream(proposals).forEach(c -> result.add(c.getDisplayString().split(" - ")[0]));
		return result;
	}
}
