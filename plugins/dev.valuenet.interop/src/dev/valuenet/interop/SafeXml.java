package dev.valuenet.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML input that cannot reach outside the file or blow up in memory: no DTD at all (so no external
 * entities -- XXE -- and no entity expansion -- "billion laughs"). GraphML and GEXF never need a
 * DTD; a file that has one is refused with a message saying so, before any entity is expanded.
 */
final class SafeXml {

	/** Larger files are refused: they are not networks a person exchanges. */
	static final long MAX_BYTES = 512L * 1024 * 1024;

	private SafeXml() {
	}

	/** A streaming reader on {@code file}; the caller closes {@code in}. */
	static XMLStreamReader open(Path file, InputStream in) throws IOException {
		if (Files.size(file) > MAX_BYTES) {
			throw new BadInputException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; not imported");
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		try {
			return factory.createXMLStreamReader(in);
		} catch (XMLStreamException e) {
			throw bad(file, e);
		}
	}

	/** The next event; a DTD is refused, parse errors are located. */
	static int next(Path file, XMLStreamReader reader) throws BadInputException {
		try {
			int event = reader.next();
			if (event == XMLStreamConstants.DTD) {
				throw new BadInputException(file + ":" + doctypeLine(file, reader.getLocation().getLineNumber())
						+ ": the file declares a DTD (<!DOCTYPE ...>); DTDs and entities are refused because they can read local files"
						+ " or expand without bound (XXE, billion laughs). Remove the DOCTYPE and import again.");
			}
			if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				throw new BadInputException(file + ":" + reader.getLocation().getLineNumber() + ": entity reference &"
						+ reader.getLocalName() + "; refused (only the five XML entities are accepted)");
			}
			return event;
		} catch (XMLStreamException e) {
			throw bad(file, e);
		}
	}

	/**
	 * The line of {@code <!DOCTYPE}: parsers locate the DTD event at its end or, with DTDs off, at
	 * the document's start. Latin-1 reads any bytes and counts lines as UTF-8 does.
	 */
	private static int doctypeLine(Path file, int fallback) {
		try (var lines = new java.io.LineNumberReader(Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.contains("<!DOCTYPE")) {
					return lines.getLineNumber();
				}
			}
		} catch (IOException e) {
			// the parser's line is the next best answer
		}
		return fallback;
	}

	static BadInputException bad(Path file, XMLStreamException e) {
		int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
		String message = e.getMessage() == null ? e.toString() : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
		return new BadInputException(file + (line > 0 ? ":" + line : "") + ": not well-formed XML (truncated or damaged?): " + message.strip(), e);
	}
}
