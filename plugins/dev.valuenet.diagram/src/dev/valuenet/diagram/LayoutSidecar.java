package dev.valuenet.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.valuenet.diagram.Layout.Point;
import dev.valuenet.dsl.io.AtomicFileWriter;

/**
 * Pinned positions, stored next to the model as {@code <model>.vnet.layout}: one line per pinned
 * box, {@code qualifiedName x y}, sorted by name, numbers with at most one decimal, so a moved box
 * is a one-line diff and two people pinning different boxes merge cleanly. Blank lines and lines
 * starting with {@code #} are ignored when reading.
 */
public final class LayoutSidecar {

	/** File name suffix appended to the model's file name. */
	public static final String SUFFIX = ".layout";

	private LayoutSidecar() {
	}

	/** {@code car-network.vnet} -> {@code car-network.vnet.layout} in the same folder. */
	public static Path of(Path model) {
		return model.resolveSibling(model.getFileName() + SUFFIX);
	}

	/** The pinned positions in {@code file} (empty when it does not exist), sorted by name. */
	public static SortedMap<String, Point> read(Path file) throws IOException {
		SortedMap<String, Point> positions = new TreeMap<>();
		if (!Files.isRegularFile(file)) {
			return positions;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s+");
			try {
				if (parts.length != 3) {
					throw new NumberFormatException();
				}
				positions.put(parts[0], new Point(Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
			} catch (NumberFormatException e) {
				throw new IOException(file + ":" + (i + 1) + ": expected 'qualifiedName x y', found '" + line + "'");
			}
		}
		return positions;
	}

	/** The sidecar text of {@code positions}: sorted by name, one line each. */
	public static String format(Map<String, Point> positions) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(positions).forEach((name, p) -> text.append(name).append(' ').append(number(p.x())).append(' ').append(number(p.y())).append('\n'));
		return text.toString();
	}

	/** Writes {@code positions} to {@code file} (through a temporary file, so a crash never leaves half a file). */
	public static void write(Path file, Map<String, Point> positions) throws IOException {
		AtomicFileWriter.write(file, format(positions));
	}

	static String number(double v) {
		double rounded = Math.round(v * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}
}
