package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.model.AbstractNetwork;

/**
 * The model a command works on, opened by {@link ModelSession} (FILE and the other .vnet files of its
 * folder), refusing FILE when it has errors, and choosing the network or scenario by its rule.
 */
final class Models {

	/** Said of a FILE that parses but declares nothing (empty, blank, only comments): nothing to analyse. */
	static final String NO_NETWORK = "the file declares no network or scenario (it is empty or holds only comments);"
			+ " give the file that declares the network, e.g. network Name { ... }";

	private Models() {
	}

	/**
	 * The network a command analyses: the single FILE argument's model, the network named by
	 * --scenario or FILE's first one; null after printing FILE's errors.
	 */
	static AbstractNetwork open(Arguments arguments, PrintStream err) throws IOException {
		ModelSession session = session(arguments, List.of(), err);
		return session == null ? null : choose(session, arguments.option("--scenario", null));
	}

	/**
	 * The opened model of the single FILE argument (plus the .vnet files under {@code with}), or null
	 * after printing FILE's errors.
	 */
	static ModelSession session(Arguments arguments, List<Path> with, PrintStream err) throws IOException {
		if (arguments.paths().size() != 1) {
			throw arguments.missingFile("give exactly one .vnet file");
		}
		Path file = arguments.paths().get(0);
		ModelSession session = ModelSession.create().open(file, with, Map.of());
		List<Problem> errors = session.errors(file);
		if (!errors.isEmpty()) {
			errors.forEach(err::println);
			err.println("valuenet: " + file + " has errors; fix them first (valuenet check " + file + ")");
			return null;
		}
		if (session.document(file) == null) {
			err.println(file + ":1:1: error: " + NO_NETWORK);
			return null;
		}
		return session;
	}

	/** The network or scenario {@code name} (null: FILE's first) by the session's rule; a usage error when there is none. */
	static AbstractNetwork choose(ModelSession session, String name) {
		try {
			return session.network(name);
		} catch (ModelSession.UnknownNetworkException e) {
			throw new Arguments.UsageException(e.getMessage());
		}
	}
}
