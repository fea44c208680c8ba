package dev.valuenet.diagram.ui;

import static dev.valuenet.ui.UiTesting.log;
import static dev.valuenet.ui.UiTesting.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;

/**
 * The Network Map view on the car network as a user sees it: the boxes and lines the browser drew,
 * the map following text edits, selection in both directions, export; and the timings of a
 * 200-actor map (opened, and re-rendered after an edit).
 */
public class NetworkMapViewTest {


	@Test
	public void carNetworkMapFollowsTheTextAndTheSelection() throws Exception {
		IFile file = UiTesting.examples().getFile("auto/car-network.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		ITextEditor editor = (ITextEditor) part;
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String original = doc.get();
		Shell shell = page.getWorkbenchWindow().getShell();
		var bounds = shell.getBounds();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		try {
			long t0 = System.nanoTime();
			NetworkMapView view = (NetworkMapView) page.showView(NetworkMapView.ID);
			page.activate(part);
			waitFor("map of car-network.vnet drawn", 60_000, () -> view.isUpToDate() && view.browser().renderedRevision() > 0);
			log("network map first render (car-network)", t0);

			// 19 actors and 2 segments declared; 69 flows + 2 exchanges of 2 legs each; 11 ties
			waitFor("21 boxes in the DOM", 10_000, () -> count(view, "g.vn-node") == 21);
			Assertions.assertEquals(19, count(view, "g.vn-node.vn-actor"));
			Assertions.assertEquals(2, count(view, "g.vn-node.vn-segment"));
			Assertions.assertEquals(75, count(view, "path.vn-flow"));
			Assertions.assertEquals(11, count(view, "path.vn-tie"));
			Assertions.assertTrue(count(view, "path.vn-flow.vn-dashed") > 0, "intangible flows are dashed");
			// the OEM box is a firm: the fill Styles gives firms
			Assertions.assertEquals("rgb(207, 226, 243)", evaluate(view,
					"return getComputedStyle([...document.querySelectorAll('g.vn-node')].find(g => g.textContent.includes('OEM'))"
							+ ".querySelector('rect.vn-box')).fill"));
			Path shots = screenshots();
			maximized(page, view, () -> UiTesting.screenshot("diagram-car-map"));
			MapExport.write(view.snapshot(), shots.resolve("diagram-car-map.svg"));
			String svg = Files.readString(shots.resolve("diagram-car-map.svg"));
			Assertions.assertTrue(svg.contains(">Pistons<") && svg.contains(">PrivateBuyers<"), "the exported SVG names the boxes");
			// PNG and PDF hold the whole map (twice the SVG's size), whatever part of it the view shows
			java.util.regex.Matcher size = java.util.regex.Pattern.compile("<svg[^>]*? width=\"([0-9.]+)\"[^>]*? height=\"([0-9.]+)\"").matcher(svg);
			Assertions.assertTrue(size.find(), "the SVG states its size");
			MapExport.write(view.snapshot(), shots.resolve("diagram-car-map.png"));
			java.nio.ByteBuffer png = java.nio.ByteBuffer.wrap(Files.readAllBytes(shots.resolve("diagram-car-map.png")));
			Assertions.assertEquals(0x89504E47, png.getInt(0), "a PNG signature");
			Assertions.assertEquals((int) Math.ceil(2 * Double.parseDouble(size.group(1))), png.getInt(16), "PNG width = 2 x the map's width");
			Assertions.assertEquals((int) Math.ceil(2 * Double.parseDouble(size.group(2))), png.getInt(20), "PNG height = 2 x the map's height");
			Assertions.assertTrue(png.getInt(16) > view.browser().control().getSize().x, "more than the visible part");
			MapExport.write(view.snapshot(), shots.resolve("diagram-car-map.pdf"));
			Assertions.assertTrue(Files.readString(shots.resolve("diagram-car-map.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

			// text -> diagram: a new actor line appears as a new box
			int revision = view.browser().renderedRevision();
			long edited = System.nanoTime();
			int at = original.indexOf("  actor RetailBank");
			doc.replace(at, 0, "  actor Recycler : partner \"Battery recycler\"\n");
			waitFor("the new actor's box", 30_000,
					() -> view.browser().renderedRevision() > revision && view.isUpToDate() && count(view, "g.vn-node.vn-actor") == 20);
			log("network map edit -> re-rendered (car-network)", edited);
			Assertions.assertEquals(1, ((Number) evaluate(view,
					"return [...document.querySelectorAll('g.vn-node.vn-actor')].filter(g => g.textContent.includes('Recycler')).length")).intValue());
			UiTesting.screenshot("diagram-car-map-edited");

			// diagram -> editor: selecting a box (what a click dispatches) selects its declaration's name
			evaluate(view, "window.__diag.dispatcher.dispatch({kind: 'elementSelected', selectedElementsIDs: ['auto.oem.Pistons'],"
					+ " deselectedElementsIDs: []}); return 1");
			waitFor("Pistons selected in the editor", 10_000,
					() -> "Pistons".equals(((ITextSelection) editor.getSelectionProvider().getSelection()).getText()));
			ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
			Assertions.assertEquals(doc.get().indexOf("actor Pistons") + "actor ".length(), selection.getOffset());

			// editor -> diagram: the caret on a declaration selects its box
			int brakes = doc.get().indexOf("actor Brakes") + 8;
			editor.selectAndReveal(brakes, 0);
			waitFor("Brakes selected in the map", 10_000, () -> "auto.oem.Brakes".equals(evaluate(view, "return [...window.__diag.state.selected].join(',')")));
			Assertions.assertTrue(view.selection().contains("auto.oem.Brakes"));

			// what-if: Brakes exits
			view.whatIfButton().setSelection(true);
			view.whatIfButton().notifyListeners(SWT.Selection, new Event());
			waitFor("what-if drawn", 30_000, () -> view.isUpToDate() && count(view, "g.vn-whatif-removed") == 1);
			maximized(page, view, () -> UiTesting.screenshot("diagram-car-map-whatif"));
			view.whatIfButton().setSelection(false);
			view.whatIfButton().notifyListeners(SWT.Selection, new Event());
			waitFor("what-if gone", 30_000, () -> view.isUpToDate() && count(view, "g.vn-whatif-removed") == 0);

			// diagram -> text: the bridge call the client makes after Shift+drag from Pistons to Dealers and "data" in its kind menu
			String beforeFlow = doc.get();
			evaluate(view, "javaBridge('createFlow', 'auto.oem.Pistons', 'auto.oem.Dealers', 'data'); return 1");
			waitFor("the new flow in the text", 30_000, () -> !doc.get().equals(beforeFlow));
			List<String> before = beforeFlow.lines().toList();
			List<String> after = doc.get().lines().toList();
			Assertions.assertEquals(before.size() + 1, after.size(), "exactly one line more");
			int added = 0;
			while (added < before.size() && before.get(added).equals(after.get(added))) added++;
			Assertions.assertEquals("  flow dataToDealers : data Pistons -> Dealers", after.get(added));
			List<String> rest = new java.util.ArrayList<>(after);
			rest.remove(added);
			Assertions.assertEquals(before, rest, "every other line, comments included, unchanged");
			flowLinesDrawn(view, 76);
			maximized(page, view, () -> UiTesting.screenshot("diagram-car-map-new-flow"));

			// one undo in the editor restores the text byte for byte
			editor.getAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.UNDO).run();
			Assertions.assertEquals(beforeFlow, doc.get());
			flowLinesDrawn(view, 75);

			// Del on the Tires box: the bridge call the client makes; the actor goes with its two flows (lines 39, 99, 100
			// of the example, the only ones naming Tires) and nothing else changes
			evaluate(view, "javaBridge('delete', JSON.stringify(['auto.oem.Tires'])); return 1");
			waitFor("Tires deleted in the text", 30_000, () -> !doc.get().equals(beforeFlow));
			List<String> withoutTires = beforeFlow.lines().filter(line -> !line.contains("Tires")).toList();
			Assertions.assertEquals(before.size() - 3, withoutTires.size(), "the example names Tires on exactly 3 lines");
			Assertions.assertEquals(withoutTires, doc.get().lines().toList());
			flowLinesDrawn(view, 73);
			editor.getAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.UNDO).run();
			Assertions.assertEquals(beforeFlow, doc.get(), "one undo brings the actor and its flows back");
			flowLinesDrawn(view, 75);
		} finally {
			doc.set(original);
			editor.doSave(new NullProgressMonitor());
			page.closeEditor(part, false);
			page.hideView(page.findView(NetworkMapView.ID));
			shell.setBounds(bounds);
		}
	}

	/** 200 actors, 10 communities, ~600 flows: open the map, then edit the text and wait for the new picture. */
	@Test
	public void twoHundredActorMapTimings() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("map-bench");
		if (!project.exists()) project.create(null);
		project.open(null);
		IFile file = project.getFile("two-hundred.vnet");
		byte[] text = generated(200).getBytes(StandardCharsets.UTF_8);
		if (file.exists()) {
			file.setContents(new java.io.ByteArrayInputStream(text), true, false, null);
		} else {
			file.create(new java.io.ByteArrayInputStream(text), true, null);
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		NetworkMapView view = (NetworkMapView) page.showView(NetworkMapView.ID);
		long t0 = System.nanoTime();
		IEditorPart part = IDE.openEditor(page, file);
		page.activate(part);
		waitFor("200-actor map drawn", 120_000, () -> view.isUpToDate() && count(view, "g.vn-node.vn-actor") == 200);
		log("network map first render (200 actors)", t0);
		System.out.println("[valuenet-ui] 200-actor map: client render " + view.browser().lastRenderMillis() + " ms");
		maximized(page, view, () -> UiTesting.screenshot("diagram-200-map"));

		ITextEditor editor = (ITextEditor) part;
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int revision = view.browser().renderedRevision();
		long edited = System.nanoTime();
		doc.replace(doc.get().lastIndexOf('}'), 0, "  actor Extra : firm \"one more\"\n  flow extra : goods Extra -> A0 { 5 units/year }\n");
		waitFor("201-actor map drawn", 120_000,
				() -> view.browser().renderedRevision() > revision && view.isUpToDate() && count(view, "g.vn-node.vn-actor") == 201);
		long total = log("network map edit -> re-rendered (200 actors, incl. 300 ms debounce)", edited);
		System.out.println("[valuenet-ui] 200-actor map after edit: client render " + view.browser().lastRenderMillis() + " ms, without debounce "
				+ (total - 300) + " ms");
		page.closeEditor(part, false);
		// the other UI tests run without the map following their editors, and without this project in the language server
		page.hideView(view);
		project.delete(true, true, null);
		UiTesting.spin(2000);
	}

	/** A deterministic network of {@code n} actors in rings of 20, each ring's hub trading with the next. */
	static String generated(int n) {
		StringBuilder text = new StringBuilder("network bench.map \"Generated map\" {\n  currency EUR\n");
		String[] kinds = { "firm", "supplier", "partner", "platform" };
		for (int i = 0; i < n; i++) {
			text.append("  actor A").append(i).append(" : ").append(kinds[i % kinds.length]).append('\n');
		}
		text.append("  segment Buyers \"Buyers\"\n");
		int flow = 0;
		for (int i = 0; i < n; i++) {
			int ring = i / 20;
			int next = ring * 20 + (i % 20 + 1) % 20;
			text.append("  flow g").append(flow++).append(" : goods A").append(i).append(" -> A").append(next).append(" { ").append(10 + i)
					.append(" units/year }\n");
			text.append("  flow m").append(flow++).append(" : money A").append(next).append(" -> A").append(i).append(" { ").append(1000 + i)
					.append(" EUR/year }\n");
			if (i % 20 == 0) {
				text.append("  flow h").append(flow++).append(" : data A").append(i).append(" -> A").append((i + 20) % n).append(" { weekly }\n");
			}
			if (i % 7 == 0) {
				text.append("  flow k").append(flow++).append(" : knowledge A").append(i).append(" -> A").append((i * 13 + 5) % n).append(" { monthly }\n");
			}
		}
		text.append("  flow sale : goods A0 -> Buyers { 100 units/year }\n}\n");
		return text.toString();
	}

	/**
	 * Waits for the map to show {@code flows} flow lines, then for the browser to draw them all (Sprotty
	 * leaves out what is outside the viewport, and the map scrolls to a created element: fit first).
	 */
	private static void flowLinesDrawn(NetworkMapView view, int flows) {
		waitFor(flows + " flow lines in the map", 30_000, () -> view.isUpToDate() && view.snapshot() != null
				&& view.snapshot().graph().edges().stream().filter(e -> !e.tie()).count() == flows);
		UiTesting.spin(800);
		view.browser().fit();
		waitFor(flows + " flow lines drawn", 30_000, () -> count(view, "path.vn-flow") == flows);
	}

	/** Runs {@code shot} with the map view maximized and the map fitted into it. */
	private static void maximized(IWorkbenchPage page, NetworkMapView view, Runnable shot) {
		var ref = page.getReference(view);
		page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
		UiTesting.spin(500);
		view.browser().fit();
		UiTesting.spin(1000);
		shot.run();
		page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
		UiTesting.spin(300);
	}

	private static int count(NetworkMapView view, String selector) {
		Object n = evaluate(view, "return document.querySelectorAll('" + selector + "').length");
		return n instanceof Number number ? number.intValue() : -1;
	}

	private static Object evaluate(NetworkMapView view, String script) {
		try {
			return view.browser().control().evaluate(script);
		} catch (org.eclipse.swt.SWTException e) {
			return null;
		}
	}

	private static Path screenshots() throws java.io.IOException {
		String dir = System.getProperty("valuenet.screenshots", "target/screenshots");
		return Files.createDirectories(Path.of(dir));
	}
}
