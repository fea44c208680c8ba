package dev.valuenet.ui.quickfix;

import static dev.valuenet.ui.UiTesting.spin;
import static dev.valuenet.ui.UiTesting.waitFor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.editor.VnetDiagnostics;
import dev.valuenet.ui.editor.VnetLanguageServer;

/** Ctrl+1 on a problem: the quick fixes from textDocument/codeAction, applied, make the marker go away. */
public class QuickFixTest {

	@Test
	public void removeIsolatedActorAndAddRate() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("quickfix");
		if (!project.exists()) project.create(null);
		project.open(null);
		IFile file = project.getFile("fixme.vnet");
		String text = "network qf.test {\n  currency EUR\n\n  actor A : firm\n  actor B : supplier\n  actor Lonely : partner\n\n"
				+ "  flow f : goods B -> A\n  flow pay : money A -> B { 2M USD/year }\n}\n";
		if (file.exists()) file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
		else file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Assertions.assertNotNull(VnetLanguageServer.get(90_000));
		waitFor("isolated-actor marker", 60_000, () -> codes(file).contains("vnet.isolated-actor"));

		// the processor the generic editor wired for Ctrl+1 offers "Remove actor Lonely" on its line
		int lonely = doc.get().indexOf("Lonely") + 2;
		List<CodeAction> actions = actionsAt(viewer, lonely);
		Assertions.assertEquals(List.of("Remove actor Lonely"), actions.stream().map(CodeAction::getTitle).toList());
		var proposals = proposalsAt(viewer, lonely);
		Assertions.assertEquals(1, proposals.length);
		proposals[0].apply(doc);
		Assertions.assertFalse(doc.get().contains("Lonely"), doc.get());
		Assertions.assertTrue(doc.get().contains("  actor B : supplier\n\n  flow f"), doc.get());
		editor.doSave(new NullProgressMonitor());
		waitFor("isolated-actor marker gone", 30_000, () -> !codes(file).contains("vnet.isolated-actor"));

		// a currency without a rate: "Add 'rate USD = 1 EUR'" after the currency line
		waitFor("currency-without-rate marker", 30_000, () -> codes(file).contains("vnet.currency-without-rate"));
		int usd = doc.get().indexOf("USD") + 1;
		actions = actionsAt(viewer, usd);
		Assertions.assertEquals(List.of("Add 'rate USD = 1 EUR'"), actions.stream().map(CodeAction::getTitle).toList());
		proposalsAt(viewer, usd)[0].apply(doc);
		Assertions.assertTrue(doc.get().startsWith("network qf.test {\n  currency EUR\n  rate USD = 1 EUR\n"), doc.get());
		editor.doSave(new NullProgressMonitor());
		waitFor("currency-without-rate marker gone", 30_000, () -> !codes(file).contains("vnet.currency-without-rate"));

		// an unresolved reference: "Declare actor Nobody : firm" after the last actor
		doc.replace(doc.get().lastIndexOf('}'), 0, "  flow g : goods Nobody -> A\n");
		editor.doSave(new NullProgressMonitor());
		waitFor("unresolved marker", 30_000, () -> codes(file).contains("vnet.unresolved"));
		int nobody = doc.get().indexOf("Nobody") + 1;
		actions = actionsAt(viewer, nobody);
		Assertions.assertEquals(List.of("Declare actor Nobody : firm"), actions.stream().map(CodeAction::getTitle).toList());
		proposalsAt(viewer, nobody)[0].apply(doc);
		Assertions.assertTrue(doc.get().contains("  actor B : supplier\n  actor Nobody : firm\n"), doc.get());
		editor.doSave(new NullProgressMonitor());
		waitFor("unresolved marker gone", 30_000, () -> !codes(file).contains("vnet.unresolved"));
		page.closeAllEditors(false);
	}

	/**
	 * The Ctrl+1 proposals at an offset; retried because the reconciler republishes the annotations
	 * after each save, and for a moment the offset has none.
	 */
	static ICompletionProposal[] proposalsAt(ISourceViewer viewer, int offset) {
		long end = System.currentTimeMillis() + 30_000;
		IQuickAssistInvocationContext context = new TextInvocationContext(viewer, offset, 0);
		ICompletionProposal[] proposals = new VnetQuickAssistProcessor().computeQuickAssistProposals(context);
		while ((proposals == null || proposals.length == 0) && System.currentTimeMillis() < end) {
			spin(200);
			proposals = new VnetQuickAssistProcessor().computeQuickAssistProposals(context);
		}
		return proposals == null ? new ICompletionProposal[0] : proposals;
	}

	/** The code actions at an offset, once the marker's annotation reached the editor. */
	static List<CodeAction> actionsAt(ISourceViewer viewer, int offset) {
		long end = System.currentTimeMillis() + 30_000;
		List<CodeAction> actions = VnetQuickAssistProcessor.codeActions(viewer, offset);
		while (actions.isEmpty() && System.currentTimeMillis() < end) {
			spin(200);
			actions = VnetQuickAssistProcessor.codeActions(viewer, offset);
		}
		return actions;
	}

	static Set<String> codes(IFile file) {
		Set<String> codes = new TreeSet<>();
		try {
			for (IMarker m : file.findMarkers(VnetDiagnostics.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
				codes.add(m.getAttribute(VnetDiagnostics.CODE, "?"));
			}
		} catch (CoreException e) {
			// resource gone
		}
		return codes;
	}
}
