package dev.valuenet.interop;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text files read strictly: UTF-8 only (a byte-order mark is skipped), bad bytes are an error, not '?'. */
final class TextInput {

	private TextInput() {
	}

	static Reader open(Path file) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		var in = new java.io.BufferedInputStream(Files.newInputStream(file));
		in.mark(3);
		byte[] bom = in.readNBytes(3);
		if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
			in.reset();
		}
		return new java.io.BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
	}

	/**
	 * The line of the first bytes that are not UTF-8 (0: none). A reader decodes far ahead of the
	 * parser's line count, so the line is found again here: byte 0x0A is never part of a multi-byte
	 * character, so each line decodes on its own.
	 */
	static long badLine(Path file) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder();
		try (var in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
			var text = new java.io.ByteArrayOutputStream();
			for (long line = 1;; line++) {
				int b;
				while ((b = in.read()) != -1 && b != '\n') {
					text.write(b);
				}
				try {
					decoder.decode(java.nio.ByteBuffer.wrap(text.toByteArray()));
				} catch (java.nio.charset.CharacterCodingException e) {
					return line;
				}
				if (b == -1) {
					return 0;
				}
				text.reset();
			}
		}
	}

	/** The message for a decoding failure near {@code line}. */
	static BadInputException notUtf8(Path file, long line) {
		return BadInputException.notUtf8(file, line);
	}
}
