package dev.valuenet.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.valuenet.dsl.load.ValuenetWorkspace;

/** The bundled examples, the regression corpus every test bundle can walk. */
public final class Examples {

	private Examples() {
	}

	/** The examples folder, passed by the build (system property valuenet.examples). */
	public static Path folder() {
		String folder = System.getProperty("valuenet.examples");
		Path path = folder != null ? Path.of(folder) : Path.of("../../examples");
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("examples folder not found: " + path.toAbsolutePath());
		}
		return path;
	}

	/** One example file, e.g. {@code file("multi-file/actors.vnet")}. */
	public static Path file(String relative) {
		return folder().resolve(relative);
	}

	/** Every example .vnet file but the 5,000-actor one (which is for benchmarks and slow tests), sorted. */
	public static List<Path> files() {
		try {
			return ValuenetWorkspace.collect(List.of(folder())).stream().filter(p -> !p.toString().contains("large")).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
