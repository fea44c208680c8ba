package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/** One {@code valuenet} sub-command. */
interface Command {

	String name();

	String summary();

	/** The complete help text: usage, options, output format, exit codes, an example. */
	String help();

	/** Options and whether each takes a value (e.g. {@code --format} -> true). */
	Map<String, Boolean> options();

	/** The exit code of a usage or I/O failure (2; merge follows git merge-file instead). */
	default int failureCode() {
		return Valuenet.USAGE;
	}

	int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException;
}
