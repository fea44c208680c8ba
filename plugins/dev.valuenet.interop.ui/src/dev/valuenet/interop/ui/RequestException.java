package dev.valuenet.interop.ui;

/** An import or export that cannot be carried out; the message says why and what to do. */
public final class RequestException extends Exception {
	private static final long serialVersionUID = 1L;

	public RequestException(String message) {
		super(message);
	}
}
