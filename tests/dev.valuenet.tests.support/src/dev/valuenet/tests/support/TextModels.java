package dev.valuenet.tests.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;

/** Models that exist only as text, opened as a {@link ModelSession} (nothing is written to disk). */
public final class TextModels {

	private TextModels() {
	}

	/** A session of texts given as name, text, name, text, ...; the first is the session's file. */
	public static ModelSession open(String... namesAndTexts) {
		Map<Path, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			texts.put(Path.of("inline", namesAndTexts[i]).toAbsolutePath().normalize(), namesAndTexts[i + 1]);
		}
		return ModelSession.create().openTexts(texts);
	}

	/** The errors of every file of the session (tests usually expect none). */
	public static List<Problem> errors(ModelSession session) {
		return session.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
	}
}
