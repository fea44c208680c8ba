package dev.valuenet.interop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The exchange formats, by name and by file extension. */
public final class Formats {

	/** Every table format, in the order the help lists them. */
	public static final List<TableFormat> ALL = List.of(new GraphMlFormat(), new GexfFormat(), new KumuFormat(), new KumuCsvFormat(),
			new CsvFormat(),
			new XlsxFormat(), new DotFormat(), new MermaidFormat());

	private Formats() {
	}

	/** The format named {@code name}, or null. */
	public static TableFormat named(String name) {
		return ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * The format of a file by its extension ({@code .kumu.json} before {@code .json}; Kumu's
	 * {@code .elements.csv}, {@code .connections.csv} and {@code .kumu.csv} before {@code .csv}), or null.
	 */
	public static TableFormat of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(KumuCsvFormat.ELEMENTS) || name.endsWith(KumuCsvFormat.CONNECTIONS)) {
			return named("kumu-csv");
		}
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
	 * the target itself for the empty suffix, else a sibling ({@code model.csv} -> {@code model.flows.csv},
	 * {@code model.kumu.csv} -> {@code model.connections.csv}).
	 */
	public static Path fileFor(Path target, String suffix) {
		if (suffix.isEmpty()) {
			return target;
		}
		boolean kumu = suffix.equals(KumuCsvFormat.ELEMENTS) || suffix.equals(KumuCsvFormat.CONNECTIONS);
		return Path.of((kumu ? KumuCsvFormat.base(target) : CsvFormat.base(target)) + suffix);
	}

	/**
	 * Whether a {@code .csv} file is one sheet of a table export (plain CSV or Kumu) rather than
	 * interaction records, by its name.
	 */
	public static boolean isTableCsv(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return List.of(CsvFormat.ACTORS, CsvFormat.FLOWS, CsvFormat.NETWORK, KumuCsvFormat.ELEMENTS, KumuCsvFormat.CONNECTIONS, ".kumu.csv")
				.stream().anyMatch(name::endsWith);
	}

	/** Names of the formats, comma-separated. */
	public static String names() {
		return String.join(", ", ALL.stream().map(TableFormat::name).toList());
	}
}
