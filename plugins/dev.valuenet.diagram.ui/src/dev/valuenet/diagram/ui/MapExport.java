package dev.valuenet.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

import dev.valuenet.diagram.SvgRenderer;
import dev.valuenet.dsl.io.AtomicFileWriter;
import dev.valuenet.interop.Pictures;

/**
 * Export of the current map: the whole map, not only its visible part, as SVG from {@link
 * SvgRenderer} with the view's options and layout (the same picture {@code valuenet render} writes),
 * or as PNG or PDF rasterized from that SVG ({@link Pictures}, twice the SVG's size where it fits).
 */
public final class MapExport {
	private MapExport() {
	}

	/** Asks for a file (.svg, .png or .pdf) and writes the map there. */
	static void export(NetworkMapView view) {
		MapModel.Snapshot snapshot = view.snapshot();
		if (snapshot == null) {
			view.setStatus("Nothing to export yet: open a .vnet model.");
			return;
		}
		FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
		dialog.setText("Export Network Map");
		String[] extensions = { "svg", "png", "pdf" };
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf" });
		dialog.setFilterNames(new String[] { "SVG image (*.svg)", "PNG image (*.png)", "PDF document (*.pdf)" });
		String base = view.file() == null ? "map" : view.file().getName().replaceFirst("\\.vnet$", "");
		dialog.setFileName(base + "-map.svg");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) return;
		Path target = Path.of(chosen);
		if (Pictures.format(target) == null) {
			target = target.resolveSibling(target.getFileName() + "." + extensions[Math.max(0, dialog.getFilterIndex())]);
		}
		try {
			write(snapshot, target);
			view.setStatus("Exported " + target);
		} catch (IOException | RuntimeException e) {
			view.setStatus("Export failed: " + e.getMessage());
		}
	}

	/**
	 * The whole map of the snapshot as a picture file by {@code target}'s extension (svg, png, pdf),
	 * written atomically.
	 *
	 * @throws IllegalArgumentException when the extension is none of these
	 */
	public static void write(MapModel.Snapshot snapshot, Path target) throws IOException {
		String format = Pictures.format(target);
		if (format == null) {
			throw new IllegalArgumentException("cannot tell the picture format of " + target.getFileName() + ": use .svg, .png or .pdf");
		}
		String svg = SvgRenderer.map(snapshot.graph(), snapshot.layout());
		AtomicFileWriter.write(target, Pictures.render(svg, format, scale(svg), 0));
	}

	/** Twice the SVG's size (crisp on high-density screens and in print), less where that exceeds {@link Pictures#MAX_PIXELS}. */
	static double scale(String svg) {
		Matcher size = SIZE.matcher(svg);
		if (!size.find()) {
			return 1;
		}
		double largest = Math.max(Double.parseDouble(size.group(1)), Double.parseDouble(size.group(2)));
		return Math.min(2, 0.99 * Pictures.MAX_PIXELS / Math.max(largest, 1));
	}

	private static final Pattern SIZE = Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)\"[^>]*?\\sheight=\"([0-9.]+)\"");
}
