package dev.valuenet.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.diagram.Layout.Box;
import dev.valuenet.diagram.Layout.Point;

/**
 * A relayout after an edit keeps the boxes that were there: the car network gets one new actor
 * (UsedCarPortal) with one flow from Dealers, appended at the end of the network so that no
 * existing id (participant name, f&lt;i&gt;, t&lt;i&gt;) changes.
 */
class StableLayoutTest {

	private static final String ADDED = """
			  actor UsedCarPortal : partner "Online used-car marketplace"
			  flow listingFees : money Dealers -> UsedCarPortal { 1.5M EUR/year }
			""";

	private static final String PORTAL = "auto.oem.UsedCarPortal";

	@TempDir
	Path dir;

	private DiagramGraph carNetwork(boolean edited) throws IOException {
		String text = Files.readString(DiagramTest.examples().resolve("auto/car-network.vnet"));
		if (edited) {
			int end = text.lastIndexOf('}'); // closes the network
			text = text.substring(0, end) + ADDED + text.substring(end);
		}
		Path file = dir.resolve(edited ? "edited/car-network.vnet" : "original/car-network.vnet");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return DiagramBuilder.map(DiagramTest.open(file), DiagramOptions.DEFAULT);
	}

	@Test
	void oldBoxesStayPutAndTheNewBoxFindsFreeSpace() throws IOException {
		DiagramGraph before = carNetwork(false);
		DiagramGraph after = carNetwork(true);
		assertNull(before.node(PORTAL));
		assertNotNull(after.node(PORTAL));
		Layout previous = DiagramLayout.layout(before, Map.of());
		Layout stable = DiagramLayout.layout(after, Map.of(), previous);

		// every old box keeps its corner exactly (tolerance 0.01 px; corners are rounded to 0.1 px)
		assertEquals(before.nodes().size() + 1, stable.nodes().size());
		for (DiagramNode node : before.nodes()) {
			Box old = previous.nodes().get(node.id());
			Box now = stable.nodes().get(node.id());
			assertEquals(old.x(), now.x(), 0.01, node.id());
			assertEquals(old.y(), now.y(), 0.01, node.id());
		}
		// the new box overlaps no other box
		Box added = stable.nodes().get(PORTAL);
		stable.nodes().forEach((id, box) -> {
			if (!id.equals(PORTAL)) {
				assertFalse(overlap(added, box), PORTAL + " " + added + " overlaps " + id + " " + box);
			}
		});
		// the new line runs from Dealers' border to the new box's border
		DiagramEdge listing = after.edges().stream().filter(e -> e.target().equals(PORTAL)).findFirst().orElseThrow();
		List<Point> route = stable.edges().get(listing.id());
		assertTrue(onBorder(route.get(0), stable.nodes().get("auto.oem.Dealers")), route.toString());
		assertTrue(onBorder(route.getLast(), added), route.toString());
		// lines between old boxes keep their routes
		DiagramEdge first = before.edges().get(0);
		assertEquals(previous.edges().get(first.id()), stable.edges().get(first.id()), first.id());
		assertEquals(stable, DiagramLayout.layout(after, Map.of(), previous), "same previous layout and model, same layout");
		Layout fresh = DiagramLayout.layout(after, Map.of());
		long moved = before.nodes().stream().filter(n -> !fresh.nodes().get(n.id()).equals(previous.nodes().get(n.id()))).count();
		Box dealers = stable.nodes().get("auto.oem.Dealers");
		System.out.printf("[stable-layout] a fresh layout moves %d of %d old boxes; the new box is at (%.1f, %.1f), Dealers at (%.1f, %.1f)%n",
				moved, before.nodes().size(), added.x(), added.y(), dealers.x(), dealers.y());
	}

	@Test
	void withoutAPreviousLayoutTheMapIsLaidOutAfresh() throws IOException {
		DiagramGraph after = carNetwork(true);
		assertEquals(DiagramLayout.layout(after, Map.of()), DiagramLayout.layout(after, Map.of(), null));
	}

	@Test
	void pinnedBoxesStillWin() throws IOException {
		DiagramGraph before = carNetwork(false);
		DiagramGraph after = carNetwork(true);
		Layout previous = DiagramLayout.layout(before, Map.of());
		Layout stable = DiagramLayout.layout(after, Map.of("auto.oem.OEM", new Point(-500, -400)), previous);
		assertEquals(-500, stable.nodes().get("auto.oem.OEM").x());
		assertEquals(-400, stable.nodes().get("auto.oem.OEM").y());
		assertEquals(previous.nodes().get("auto.oem.Dealers"), stable.nodes().get("auto.oem.Dealers"));
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
	}

	private static boolean onBorder(Point p, Box box) {
		double tolerance = 0.11;
		boolean inside = p.x() >= box.x() - tolerance && p.x() <= box.x() + box.width() + tolerance && p.y() >= box.y() - tolerance
				&& p.y() <= box.y() + box.height() + tolerance;
		boolean onSide = Math.abs(p.x() - box.x()) <= tolerance || Math.abs(p.x() - box.x() - box.width()) <= tolerance
				|| Math.abs(p.y() - box.y()) <= tolerance || Math.abs(p.y() - box.y() - box.height()) <= tolerance;
		return inside && onSide;
	}
}
