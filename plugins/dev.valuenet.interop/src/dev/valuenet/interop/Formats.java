package dev.valuenet.interop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The exchange formats, by name and by file extension. */
public final class Formats {

	/** Every table format, in the order the help lists them. */
	public static final List<TableFormat> ALL = List.of(new GraphMlFormat(), new GexfFormat(), new KumuFormat(), new CsvFormat(),
			new XlsxFormat(), new DotFormat(), new MermaidFormat());

	private Formats() {
	}

	/** The format named {@code name}, or null. */
	public static TableFormat named(String name) {
		return ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
	}

	/** The format of a file by its extension ({@code .kumu.json} before {@code .json}), or null. */
	public static TableFormat of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (TableFormat format : ALL) {
			if (name.endsWith(format.extension())) {
				return format;
			}
		}
		if (name.endsWith(".csv")) {
			return named("csv");
		}
		if (name.endsWith(".mmd")) {
			return named("mermaid");
		}
		if (name.endsWith(".gv")) {
			return named("dot");
		}
		return null;
	}

	/**
	 * Where {@link TableFormat#write} output of a suffix goes when the user asked for {@code target}:
	 * the target itself for the empty suffix, else a sibling ({@code model.csv} -> {@code model.flows.csv}).
	 */
	public static Path fileFor(Path target, String suffix) {
		return suffix.isEmpty() ? target : Path.of(CsvFormat.base(target) + suffix);
	}

	/** Names of the formats, comma-separated. */
	public static String names() {
		return String.join(", ", ALL.stream().map(TableFormat::name).toList());
	}
}
