package dev.valuenet.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A StAX writer with line breaks and indentation, so exported XML diffs well; escaping is StAX's. */
final class XmlOut {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final XMLStreamWriter writer;
	private int depth;

	XmlOut() throws IOException {
		try {
			writer = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	XmlOut start(String name, String... attributes) throws IOException {
		try {
			indent();
			writer.writeStartElement(name);
			attributes(attributes);
			depth++;
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	XmlOut end() throws IOException {
		try {
			depth--;
			indent();
			writer.writeEndElement();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** An empty element with attributes (null values are left out). */
	XmlOut empty(String name, String... attributes) throws IOException {
		try {
			indent();
			writer.writeEmptyElement(name);
			attributes(attributes);
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** An element holding text, with attributes. */
	XmlOut text(String name, String text, String... attributes) throws IOException {
		try {
			indent();
			writer.writeStartElement(name);
			attributes(attributes);
			writer.writeCharacters(clean(text)); // a title may hold control characters the model allows and XML does not
			writer.writeEndElement();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	byte[] finish() throws IOException {
		try {
			writer.writeCharacters("\n");
			writer.writeEndDocument();
			writer.close();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return bytes.toByteArray();
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				writer.writeAttribute(attributes[i], clean(attributes[i + 1]));
			}
		}
	}

	private void indent() throws XMLStreamException {
		writer.writeCharacters("\n" + "  ".repeat(depth));
	}

	/** XML 1.0 cannot carry most control characters, not even as &#1;: they are dropped. */
	static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)).forEach(clean::appendCodePoint);
		return clean.toString();
	}
}
