package dev.valuenet.cli;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;

/** Keeps Xtext's log4j output off the terminal: the CLI reports everything as diagnostics. */
final class Logging {

	private Logging() {
	}

	static void quiet() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.addAppender(new NullAppender());
		root.setLevel(Level.OFF);
	}
}
