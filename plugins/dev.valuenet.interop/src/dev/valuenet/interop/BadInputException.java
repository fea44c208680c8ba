package dev.valuenet.interop;

import java.io.IOException;

/**
 * Input that cannot be imported: the message names the file, the line or record and what to do.
 * Nothing has been written when it is thrown.
 */
public class BadInputException extends IOException {

	private static final long serialVersionUID = 1L;

	public BadInputException(String message) {
		super(message);
	}

	public BadInputException(String message, Throwable cause) {
		super(message, cause);
	}

	/** The error for a file that does not decode as UTF-8 near {@code line} (0: somewhere). */
	public static BadInputException notUtf8(java.nio.file.Path file, long line) {
		return new BadInputException(file + (line > 0 ? ":" + line : "") + ": not UTF-8 text (mis-encoded?); save it as UTF-8 and import again");
	}
}
