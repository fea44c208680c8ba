package dev.valuenet.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** An exchange format for {@link NetworkTables}: written always, read when {@link #reads()}. */
public interface TableFormat {

	/** The name the command line uses ({@code --format graphml}). */
	String name();

	/** The file name extension, with its dot ({@code .graphml}). */
	String extension();

	/** Whether {@link #read(Path)} is supported (DOT and Mermaid are export only). */
	default boolean reads() {
		return true;
	}

	/**
	 * The file contents to write, by file name suffix: the empty suffix is the target file itself;
	 * a format of several files (CSV) names its others by suffix ({@code .flows.csv}). Everything is
	 * produced before anything is written, so a failure leaves no half-written file.
	 */
	Map<String, byte[]> write(NetworkTables tables) throws IOException;

	/** Reads tables back. */
	default NetworkTables read(Path file) throws IOException {
		throw new BadInputException(name() + " files cannot be imported (export only)");
	}
}
