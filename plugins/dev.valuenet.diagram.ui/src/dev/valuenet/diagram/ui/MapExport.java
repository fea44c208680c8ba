package dev.valuenet.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.FileDialog;

import dev.valuenet.diagram.SvgRenderer;

/**
 * Export of the current map: SVG from {@link SvgRenderer} with the view's options and layout (the
 * same picture {@code valuenet render} writes), PNG as the pixels the browser shows (GC.copyArea
 * reads WebKit's content).
 */
public final class MapExport {
	private MapExport() {
	}

	/** Asks for a file (.svg or .png) and writes the map there. */
	static void export(NetworkMapView view) {
		MapModel.Snapshot snapshot = view.snapshot();
		if (snapshot == null) {
			view.setStatus("Nothing to export yet: open a .vnet model.");
			return;
		}
		FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
		dialog.setText("Export Network Map");
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
		dialog.setFilterNames(new String[] { "SVG image (*.svg)", "PNG image (*.png)" });
		String base = view.file() == null ? "map" : view.file().getName().replaceFirst("\\.vnet$", "");
		dialog.setFileName(base + "-map.svg");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) return;
		Path target = Path.of(chosen);
		if (!target.getFileName().toString().contains(".")) {
			target = target.resolveSibling(target.getFileName() + (dialog.getFilterIndex() == 1 ? ".png" : ".svg"));
		}
		try {
			if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
				png(view.browser().control(), target);
			} else {
				svg(snapshot, target);
			}
			view.setStatus("Exported " + target);
		} catch (IOException | RuntimeException e) {
			view.setStatus("Export failed: " + e.getMessage());
		}
	}

	/** The SVG of the snapshot's map, written atomically enough for a user file (one write). */
	public static void svg(MapModel.Snapshot snapshot, Path target) throws IOException {
		dev.valuenet.dsl.io.AtomicFileWriter.write(target, SvgRenderer.map(snapshot.graph(), snapshot.layout()));
	}

	/** What the browser shows, as PNG. */
	public static void png(Browser browser, Path target) {
		Point size = browser.getSize();
		Image image = new Image(browser.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		GC gc = new GC(browser);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}
}
