package dev.valuenet.interop;

/**
 * Spreadsheet formula injection (CWE-1236): a text cell that starts with {@code = + - @}, a tab or a
 * carriage return is run as a formula by Excel, LibreOffice and Google Sheets when the CSV is opened.
 * Such text is written with a leading apostrophe, which spreadsheets show as plain text; import
 * removes that apostrophe again, so a round trip keeps the text. Numbers are written as numbers and
 * never neutralised.
 */
public final class Cells {

	private Cells() {
	}

	/** The text to write for a text cell. */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return dangerous(text) ? "'" + text : text;
	}

	/** The text an imported cell stood for: the apostrophe {@link #neutralise} added is removed. */
	public static String restore(String text) {
		if (text != null && text.length() > 1 && text.charAt(0) == '\'' && dangerous(text.substring(1))) {
			return text.substring(1);
		}
		return text;
	}

	private static boolean dangerous(String text) {
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}
