package dev.valuenet.dsl.load;

import java.nio.file.Path;

/**
 * One diagnostic about a .vnet file, located by 1-based line and column.
 *
 * @param file     the file, as the user named it (relative paths stay relative)
 * @param line     1-based line
 * @param column   1-based column
 * @param severity error, warning or info
 * @param message  what is wrong and how to fix it
 * @param code     the issue code, e.g. {@code vnet.self-flow}
 */
public record Problem(Path file, int line, int column, Severity severity, String message, String code) {

	/** Diagnostic severities, most severe first. */
	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	/** {@code file:line:col: severity: message [code]}, the format compilers use and editors parse. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " [" + code + "]";
	}
}
