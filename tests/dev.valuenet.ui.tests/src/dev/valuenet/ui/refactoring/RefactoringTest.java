package dev.valuenet.ui.refactoring;

import static dev.valuenet.ui.UiTesting.waitFor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;
import dev.valuenet.ui.editor.VnetDiagnostics;
import dev.valuenet.ui.editor.VnetLanguageServer;

/**
 * Rename across files and find references on examples/multi-file (DairyCoop is declared in
 * actors.vnet and referenced there once and three times in flows.vnet).
 */
public class RefactoringTest {

	@Test
	public void findReferencesAcrossFiles() throws Exception {
		IProject examples = UiTesting.examples();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, examples.getFile("multi-file/actors.vnet"));
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Assertions.assertNotNull(VnetLanguageServer.get(90_000));
		int declaration = doc.get().indexOf("actor DairyCoop") + "actor ".length() + 2;
		List<FindReferencesHandler.Reference> refs = FindReferencesHandler.findReferences(editor, declaration);
		Assertions.assertNotNull(refs, "references request timed out");
		List<String> labels = refs.stream().map(FindReferencesHandler.Reference::label).toList();
		Assertions.assertEquals(4, refs.size(), labels.toString());
		Assertions.assertEquals(3, refs.stream().filter(r -> r.file().getName().equals("flows.vnet")).count(), labels.toString());
		Assertions.assertTrue(labels.get(0).matches("multi-file/actors.vnet:50: tie dairyContract.*"), labels.toString());

		// opening a reference selects it in its file
		ReferencesDialog.open(page, refs.get(refs.size() - 1));
		ITextEditor target = (ITextEditor) page.getActiveEditor();
		Assertions.assertEquals("flows.vnet", target.getEditorInput().getName());
		Assertions.assertEquals("DairyCoop", ((org.eclipse.jface.text.ITextSelection) target.getSelectionProvider().getSelection()).getText());
		page.closeAllEditors(false);
	}

	@Test
	public void renameActorAcrossFiles() throws Exception {
		IProject examples = UiTesting.examples();
		IFile actors = examples.getFile("multi-file/actors.vnet");
		IFile flows = examples.getFile("multi-file/flows.vnet");
		String actorsBefore = read(actors);
		String flowsBefore = read(flows);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// flows.vnet is open (its editor buffer changes), actors.vnet is not (saved through IFile)
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, flows);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Assertions.assertNotNull(VnetLanguageServer.get(90_000));
		// multi-file/ is clean; other folders may still be settling from earlier tests (the editor test
		// saves visa with an error and back), so only this folder's markers are compared
		waitForNoErrors(examples);

		int reference = doc.get().indexOf("DairyCoop") + 3;
		long t0 = System.nanoTime();
		WorkspaceEditApplier.Result result = RenameHandler.rename(editor, reference, "MilkCoop");
		UiTesting.log("rename DairyCoop -> MilkCoop across files", t0);
		Assertions.assertNotNull(result, "rename gave no edit");
		Assertions.assertTrue(result.ok(), result.failed().toString());

		// the open editor's buffer changed (dirty), the closed file changed on disk
		Assertions.assertFalse(doc.get().contains("DairyCoop"), doc.get());
		Assertions.assertEquals(3, count(doc.get(), "MilkCoop"));
		Assertions.assertTrue(editor.isDirty());
		String actorsAfter = read(actors);
		Assertions.assertTrue(actorsAfter.contains("actor MilkCoop : supplier"), actorsAfter);
		Assertions.assertTrue(actorsAfter.contains("GroceryChain -- MilkCoop"), actorsAfter);
		Assertions.assertFalse(actorsAfter.contains("DairyCoop"), actorsAfter);
		Assertions.assertEquals(actorsBefore.replace("DairyCoop", "MilkCoop"), actorsAfter);

		// saved: no new errors anywhere in the workspace
		editor.doSave(new NullProgressMonitor());
		Assertions.assertEquals(flowsBefore.replace("DairyCoop", "MilkCoop"), read(flows));
		UiTesting.spin(2000);
		waitForNoErrors(examples);

		// and back, from the declaration side this time
		ITextEditor actorsEditor = (ITextEditor) IDE.openEditor(page, actors);
		IDocument actorsDoc = actorsEditor.getDocumentProvider().getDocument(actorsEditor.getEditorInput());
		result = RenameHandler.rename(actorsEditor, actorsDoc.get().indexOf("MilkCoop") + 1, "DairyCoop");
		Assertions.assertNotNull(result, "rename back gave no edit");
		actorsEditor.doSave(new NullProgressMonitor());
		editor.doSave(new NullProgressMonitor());
		Assertions.assertEquals(actorsBefore, read(actors));
		Assertions.assertEquals(flowsBefore, read(flows));
		waitForNoErrors(examples);
		page.closeAllEditors(false);
	}

	// ---- helpers ----

	static String read(IFile file) throws CoreException, IOException {
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		try (InputStream in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static int count(String text, String word) {
		int n = 0;
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) n++;
		return n;
	}

	static boolean hasMarkers(IFile file) {
		try {
			return file.findMarkers(VnetDiagnostics.MARKER_TYPE, true, IResource.DEPTH_ZERO).length > 0;
		} catch (CoreException e) {
			return false;
		}
	}

	static void waitForNoErrors(IProject examples) {
		try {
			waitFor("no error markers in multi-file/", 60_000, () -> errors(examples).isEmpty());
		} catch (AssertionError e) {
			Assertions.fail(e.getMessage() + ": " + errors(examples));
		}
	}

	/** Every error marker of multi-file/ as "file: message". */
	static Set<String> errors(IProject project) {
		Set<String> result = new TreeSet<>();
		try {
			for (IMarker m : project.getFolder("multi-file").findMarkers(VnetDiagnostics.MARKER_TYPE, true, IResource.DEPTH_INFINITE)) {
				if (m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
					result.add(m.getResource().getProjectRelativePath() + ": " + m.getAttribute(IMarker.MESSAGE, ""));
				}
			}
		} catch (CoreException e) {
			// project gone
		}
		return result;
	}
}
