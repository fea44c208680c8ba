package dev.valuenet.diagram.ui;

import static dev.valuenet.ui.UiTesting.log;
import static dev.valuenet.ui.UiTesting.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramEdge;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramNode;
import dev.valuenet.diagram.Layout;
import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.LayoutKind;
import dev.valuenet.ui.UiTesting;

/**
 * Communities in the Network Map as a user works with them: grouping switched on and off, one
 * community expanded by a double click on its box (the client's own mouse handling, dispatched as a
 * DOM event) and collapsed again by the command, the rest of the map kept in place, and the level of
 * detail following the zoom. Every wait is on this view's own map (its revision, its graph, its DOM),
 * and a timeout says what the map showed.
 */
public class NetworkMapCommunitiesTest {

	/** 200 actors in rings of 20 (NetworkMapViewTest's model), or the file named by -Dvaluenet.map200 (bench/layout/models.py 200). */
	@Test
	public void twoHundredActorsGroupedByTheToggleAndOneCommunityExpanded() throws Exception {
		String override = System.getProperty("valuenet.map200");
		String text = override == null || override.isBlank() ? NetworkMapViewTest.generated(200) : Files.readString(Path.of(override));
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("map-communities");
		if (!project.exists()) project.create(null);
		project.open(null);
		IFile file = project.getFile("two-hundred.vnet");
		file.create(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		var bounds = shell.getBounds();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		NetworkMapView view = (NetworkMapView) page.showView(NetworkMapView.ID);
		IEditorPart part = IDE.openEditor(page, file);
		try {
			page.activate(part);
			waitFor("the full 200-participant map drawn", 120_000,
					() -> drawn(view) && !view.snapshot().graph().summarized() && count(view, "g.vn-node") == view.snapshot().graph().nodes().size(),
					() -> seen(view));
			Assertions.assertFalse(view.groupAction().isChecked(), "200 participants are below the automatic grouping");
			maximized(page, view, () -> UiTesting.screenshot("map-200-full"));
			// auto lays out a network of 200 by stress (straight lines); the layout chooser switches to layered (routes with bends)
			Assertions.assertTrue(view.snapshot().layout().edges().values().stream().allMatch(route -> route.size() == 2), "auto: straight lines");
			Assertions.assertEquals(List.of("auto", "layered", "stress", "radial"), List.of(view.layoutCombo().getItems()));
			view.layoutCombo().select(1);
			view.layoutCombo().notifyListeners(SWT.Selection, new Event());
			waitFor("the layered map", 120_000, () -> drawn(view) && view.snapshot().request().options().layout() == LayoutKind.LAYERED,
					() -> seen(view));
			Assertions.assertTrue(view.snapshot().layout().edges().values().stream().anyMatch(route -> route.size() > 2), "layered: routes bend");
			view.layoutCombo().select(0);
			view.layoutCombo().notifyListeners(SWT.Selection, new Event());
			waitFor("the automatic layout again", 120_000, () -> drawn(view) && view.snapshot().request().options().layout() == LayoutKind.AUTO,
					() -> seen(view));

			// the toggle groups the map into communities
			view.groupAction().setChecked(true);
			view.groupAction().run();
			waitFor("the 200-participant map grouped into communities", 120_000, () -> drawn(view) && view.snapshot().graph().summarized()
					&& count(view, "g.vn-node.vn-community") == communities(view.snapshot().graph()).size(), () -> seen(view));
			Assertions.assertTrue(view.groupAction().isChecked());
			maximized(page, view, () -> UiTesting.screenshot("map-200-communities"));

			DiagramNode community = communities(view.snapshot().graph()).stream().max(Comparator.comparingInt(DiagramNode::members)).orElseThrow();
			expandAndCollapse(page, view, community, "map-200-expanded", 120_000);
			levelOfDetail(view);

			// the toggle off: every actor again
			view.groupAction().setChecked(false);
			view.groupAction().run();
			waitFor("the full map again", 120_000, () -> drawn(view) && !view.snapshot().graph().summarized()
					&& count(view, "g.vn-node") == view.snapshot().graph().nodes().size(), () -> seen(view));
		} finally {
			page.closeEditor(part, false);
			page.hideView(view);
			shell.setBounds(bounds);
			project.delete(true, true, null);
			UiTesting.spin(1000);
		}
	}

	/** The 5,200-actor example opens as communities; a double click expands one, the command collapses it. */
	@Test
	@Tag("slow")
	public void largeExampleOpensAsCommunitiesAndExpandsOneOnADoubleClick() throws Exception {
		IFile file = UiTesting.examples().getFile("large/large-network.vnet");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		var bounds = shell.getBounds();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		NetworkMapView view = (NetworkMapView) page.showView(NetworkMapView.ID);
		long t0 = System.nanoTime();
		IEditorPart part = IDE.openEditor(page, file);
		try {
			page.activate(part);
			waitFor("the large example's map drawn as communities", 600_000, () -> drawn(view) && view.snapshot().graph().summarized()
					&& count(view, "g.vn-node.vn-community") == communities(view.snapshot().graph()).size(), () -> seen(view));
			log("TIMING network map of large-network.vnet opened as communities", t0);
			Assertions.assertTrue(view.snapshot().graph().actors() > 5000);
			Assertions.assertTrue(view.groupAction().isChecked(), "the toggle shows the map grouped");
			maximized(page, view, () -> UiTesting.screenshot("map-large-communities"));

			DiagramNode community = communities(view.snapshot().graph()).stream().max(Comparator.comparingInt(DiagramNode::members)).orElseThrow();
			expandAndCollapse(page, view, community, "map-large-expanded", 300_000);
		} finally {
			page.closeEditor(part, false);
			page.hideView(view);
			shell.setBounds(bounds);
			UiTesting.spin(1000);
		}
	}

	/**
	 * Double-clicks {@code community}'s box, checks that its actors and inner flows are drawn where the box
	 * was and that the other boxes kept their arrangement, then collapses it by the command and checks that
	 * the box comes back and nothing else moves.
	 */
	private static void expandAndCollapse(IWorkbenchPage page, NetworkMapView view, DiagramNode community, String shot, long timeout) {
		int c = community.community();
		DiagramGraph before = view.snapshot().graph();
		Layout beforeLayout = view.snapshot().layout();
		List<String> others = before.nodes().stream().map(DiagramNode::id).filter(id -> !id.equals(community.id())).toList();
		evaluate(view, "fit(false); return 1");
		UiTesting.spin(800);
		long t0 = System.nanoTime();
		Object sent = evaluate(view, "var g = document.getElementById('sprotty_" + community.id() + "'); if (!g) return 'no element';"
				+ " var r = g.getBoundingClientRect(); g.querySelector('rect.vn-box').dispatchEvent(new MouseEvent('dblclick',"
				+ " {bubbles: true, cancelable: true, detail: 2, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2})); return 'sent'");
		Assertions.assertEquals("sent", sent, "double click on " + community.id());
		waitFor(community.id() + " expanded into its " + community.members() + " actors", timeout, () -> drawn(view)
				&& view.expandedCommunities().contains(c) && view.snapshot().graph().node(community.id()) == null
				&& members(view.snapshot().graph(), c).size() == community.members(), () -> seen(view));
		log("TIMING expand " + community.id() + " (" + community.members() + " actors) after a double click", t0);
		DiagramGraph expanded = view.snapshot().graph();
		Layout expandedLayout = view.snapshot().layout();
		Assertions.assertTrue(expanded.summarized());
		// its actors are drawn (the map zooms to them)
		waitFor("the expanded actors in the DOM", 60_000, () -> count(view, "g.vn-node.vn-actor") == community.members(), () -> seen(view));
		Assertions.assertTrue(expanded.edges().stream().anyMatch(e -> e.id().startsWith("f")), "flows among its actors are lines of their own");
		Box old = beforeLayout.nodes().get(community.id());
		Box block = bounds(members(expanded, c).stream().map(n -> expandedLayout.nodes().get(n.id())).toList());
		Assertions.assertEquals(old.centerX(), block.centerX(), 1.5, "the actors are centred where the community's box was");
		Assertions.assertEquals(old.centerY(), block.centerY(), 1.5, "the actors are centred where the community's box was");
		if (community.members() > MapModel.BLOCK_LAYERED_BOXES) {
			// a community is a cluster: laid out as one (stress), not as a long layered strip
			double aspect = Math.max(block.width(), block.height()) / Math.max(1, Math.min(block.width(), block.height()));
			Assertions.assertTrue(aspect < 4, community.id() + "'s " + community.members() + " actors in a " + block.width() + " x " + block.height() + " block");
		}
		for (String a : others) {
			for (String b : others) {
				Box a0 = beforeLayout.nodes().get(a), b0 = beforeLayout.nodes().get(b);
				Box a1 = expandedLayout.nodes().get(a), b1 = expandedLayout.nodes().get(b);
				// (positions are rounded to 0.1)
				if (Math.abs(a0.centerX() - b0.centerX()) > 0.2) {
					Assertions.assertEquals(Math.signum(a0.centerX() - b0.centerX()), Math.signum(a1.centerX() - b1.centerX()), a + " left/right of " + b);
				}
				if (Math.abs(a0.centerY() - b0.centerY()) > 0.2) {
					Assertions.assertEquals(Math.signum(a0.centerY() - b0.centerY()), Math.signum(a1.centerY() - b1.centerY()), a + " above/below " + b);
				}
			}
		}
		maximizedAsIs(page, view, () -> UiTesting.screenshot(shot));
		maximized(page, view, () -> UiTesting.screenshot(shot + "-fit"));

		// the command collapses it again; everything else stays where it is
		long t1 = System.nanoTime();
		view.collapse(c);
		waitFor(community.id() + " collapsed again", timeout, () -> drawn(view) && view.snapshot().graph().node(community.id()) != null
				&& view.expandedCommunities().isEmpty(), () -> seen(view));
		log("TIMING collapse " + community.id(), t1);
		Layout collapsed = view.snapshot().layout();
		for (String id : others) {
			Assertions.assertEquals(expandedLayout.nodes().get(id), collapsed.nodes().get(id), id + " stays where it was");
		}
		Assertions.assertEquals(block.centerX(), collapsed.nodes().get(community.id()).centerX(), 1.5);
		// expanded again for the level-of-detail check of the caller
		view.expand(c);
		waitFor(community.id() + " expanded again", timeout, () -> drawn(view) && view.snapshot().graph().node(community.id()) == null,
				() -> seen(view));
	}

	/** Zoomed out, names only and no flow labels; zoomed in on a flow, kinds, its name and its amount. */
	private static void levelOfDetail(NetworkMapView view) {
		DiagramGraph graph = view.snapshot().graph();
		Layout layout = view.snapshot().layout();
		DiagramEdge flow = graph.edges().stream().filter(e -> e.id().startsWith("f") && Double.isFinite(e.valuePerYear()) && e.valuePerYear() > 0)
				.findFirst().orElseThrow(() -> new AssertionError("no valued flow inside the expanded community"));
		List<Layout.Point> route = layout.edges().get(flow.id());
		Layout.Point a = route.get((route.size() - 1) / 2), b = route.get(Math.min(route.size() - 1, (route.size() - 1) / 2 + 1));
		double midX = (a.x() + b.x()) / 2, midY = (a.y() + b.y()) / 2;

		zoom(view, 0.3, midX, midY);
		waitFor("names only at zoom 0.3", 30_000, () -> count(view, "text.vn-detail") == 0 && count(view, "text.vn-name") > 0
				&& count(view, "text.vn-edge-label") == 0, () -> lod(view));

		zoom(view, 1.5, midX, midY);
		String expected = flow.label() + " \u00b7 " + DiagramBuilder.compact(flow.valuePerYear()) + " " + graph.currency() + "/year";
		waitFor("kinds and the flow's label with its amount at zoom 1.5", 30_000, () -> count(view, "text.vn-detail") > 0
				&& Boolean.TRUE.equals(evaluate(view, "return [...document.querySelectorAll('text.vn-edge-label')].some(t => t.textContent === "
						+ "'" + expected.replace("\\", "\\\\").replace("'", "\\'") + "'" + ")")), () -> lod(view) + ", wanted a label '" + expected + "'");
		view.browser().fit();
	}

	/** Sets the client's viewport: {@code zoom}, with model point (x, y) in the middle of the view. */
	private static void zoom(NetworkMapView view, double zoom, double x, double y) {
		var size = view.browser().control().getSize();
		double sx = x - size.x / 2.0 / zoom, sy = y - size.y / 2.0 / zoom;
		evaluate(view, "window.__diag.dispatcher.dispatch({kind: 'viewport', elementId: 'root', newViewport: {scroll: {x: " + sx + ", y: " + sy
				+ "}, zoom: " + zoom + "}, animate: false}); return 1");
	}

	private static boolean drawn(NetworkMapView view) {
		return view.isUpToDate() && view.snapshot() != null && view.snapshot().ok() && view.browser().renderedRevision() == view.snapshot()
				.request().revision();
	}

	private static List<DiagramNode> communities(DiagramGraph graph) {
		return graph.nodes().stream().filter(n -> n.type() == DiagramNode.Type.COMMUNITY).toList();
	}

	private static List<DiagramNode> members(DiagramGraph graph, int c) {
		return graph.nodes().stream().filter(n -> n.type() == DiagramNode.Type.ACTOR && n.community() == c).toList();
	}

	private static String seen(NetworkMapView view) {
		var s = view.snapshot();
		return "upToDate=" + view.isUpToDate() + ", rendered revision " + view.browser().renderedRevision() + ", map "
				+ (s == null ? "none" : s.ok() ? s.graph().nodes().size() + " boxes (" + communities(s.graph()).size() + " communities, summarized "
						+ s.graph().summarized() + ", revision " + s.request().revision() + ")" : "error " + s.error())
				+ ", expanded " + view.expandedCommunities() + ", DOM: " + count(view, "g.vn-node") + " boxes, " + count(view, "g.vn-community")
				+ " community boxes; status: " + view.status();
	}

	private static String lod(NetworkMapView view) {
		return "DOM: " + count(view, "text.vn-name") + " names, " + count(view, "text.vn-detail") + " kinds, " + count(view, "text.vn-edge-label")
				+ " flow labels " + evaluate(view, "return JSON.stringify([...document.querySelectorAll('text.vn-edge-label')].slice(0, 5)"
						+ ".map(t => t.textContent))") + ", zoom " + evaluate(view, "return window.__diag.source.model.zoom");
	}

	/** Runs {@code shot} with the map view maximized and the map fitted into it. */
	private static void maximized(IWorkbenchPage page, NetworkMapView view, Runnable shot) {
		var ref = page.getReference(view);
		page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
		UiTesting.spin(500);
		// not animated: animations crawl under Xvfb, and the picture must show the fitted map
		evaluate(view, "fit(false); return 1");
		UiTesting.spin(1200);
		shot.run();
		page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
		UiTesting.spin(300);
	}

	/** Runs {@code shot} with the map view maximized, zoomed as the map is (after an expansion: on the expanded actors). */
	private static void maximizedAsIs(IWorkbenchPage page, NetworkMapView view, Runnable shot) {
		var ref = page.getReference(view);
		page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
		UiTesting.spin(500);
		DiagramGraph graph = view.snapshot().graph();
		List<String> ids = new ArrayList<>();
		graph.nodes().stream().filter(n -> n.type() == DiagramNode.Type.ACTOR).forEach(n -> ids.add(n.id()));
		evaluate(view, "fitIds(" + ids.stream().map(id -> "'" + id + "'").toList() + ", false); return 1");
		UiTesting.spin(1200);
		shot.run();
		page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
		UiTesting.spin(300);
	}

	private static Box bounds(List<Box> boxes) {
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (Box b : boxes) {
			x0 = Math.min(x0, b.x());
			y0 = Math.min(y0, b.y());
			x1 = Math.max(x1, b.x() + b.width());
			y1 = Math.max(y1, b.y() + b.height());
		}
		return new Box(x0, y0, x1 - x0, y1 - y0);
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
}
