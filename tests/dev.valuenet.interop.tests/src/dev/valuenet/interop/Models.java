package dev.valuenet.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;

/** Test helpers: the examples and loading a model with its folder. */
final class Models {

	private Models() {
	}

	static Path examples() {
		return Path.of(System.getProperty("valuenet.examples", "../../examples"));
	}

	/** Every example file but the generated large one. */
	static List<Path> exampleFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path file : ValuenetWorkspace.collect(List.of(examples()))) {
			if (!file.toString().contains("large")) {
				files.add(file);
			}
		}
		return files;
	}

	/** {@code file}'s model, as every front end opens it (ModelSession); fails on errors. */
	static ModelSession load(Path file) throws IOException {
		ModelSession session = ModelSession.create().open(file);
		List<Problem> errors = session.errors(file);
		if (!errors.isEmpty()) {
			throw new AssertionError(file + " has errors: " + errors);
		}
		return session;
	}

	static Document document(ModelSession session) {
		return session.document(session.file());
	}

	static AbstractNetwork network(ModelSession session) {
		return session.network(null);
	}
}
