package dev.valuenet.dsl.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: loads in-memory .vnet texts or the bundled examples, and reports their problems. */
public final class Models {

	private Models() {
	}

	/** The examples folder, passed by the build (system property valuenet.examples). */
	public static Path examples() {
		String folder = System.getProperty("valuenet.examples");
		Path path = folder != null ? Path.of(folder) : Path.of("../../examples");
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("examples folder not found: " + path.toAbsolutePath());
		}
		return path;
	}

	/** Loads texts keyed by file name into one workspace. */
	public static ValuenetWorkspace load(Map<String, String> files) {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		files.forEach(workspace::loadText);
		return workspace;
	}

	/** Problems of one text loaded alone as {@code test.vnet}. */
	public static List<Problem> problems(String text) {
		return load(Map.of("test.vnet", text)).validate();
	}

	/** Problems of several texts loaded together. */
	public static List<Problem> problems(String... namesAndTexts) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			files.put(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		return load(files).validate();
	}
}
