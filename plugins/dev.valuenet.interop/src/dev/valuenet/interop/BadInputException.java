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
}
