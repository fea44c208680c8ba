package dev.valuenet.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import dev.valuenet.dsl.ValuenetStandaloneSetup;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;
import dev.valuenet.model.ValuenetFactory;
import dev.valuenet.validation.MetricValidator;

/**
 * One version of a .vnet text (a file, a git blob, a merge side), opened on its own in a
 * {@link ModelSession} of its own (the one way every front end loads a model), so that two versions
 * declaring the same names never see each other.
 *
 * @param label        how messages name it (a path, "OURS", "a1b2c3d:model.vnet")
 * @param document     the parsed model (never null: an empty text is a document without networks)
 * @param syntaxErrors "label:line: message" of every syntax error, empty when it parsed
 * @param session      the session holding it (and, for a merge, the candidate results)
 */
public record Version(String label, String text, Document document, List<String> syntaxErrors, ModelSession session) {

	/** Parses {@code text}; {@code name} is the file name the text is loaded as (its extension must be .vnet). */
	public static Version parse(String label, String name, String text) {
		return parse(label, name, text, false);
	}

	/**
	 * As {@link #parse(String, String, String)}; with {@code checks} the workspace's validation also
	 * runs the metric checks and governance rules.
	 */
	public static Version parse(String label, String name, String text, boolean checks) {
		Path file = Path.of(name);
		ModelSession session = session(Map.of(file, text), checks);
		XtextResource resource = session.resource(file);
		List<String> errors = resource.getErrors().stream().map(e -> label + ":" + line(e) + ": " + e.getMessage()).toList();
		Document document = resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
		if (document == null) {
			document = ValuenetFactory.eINSTANCE.createDocument(); // an empty text (or /dev/null): nothing declared
		}
		return new Version(label, text, document, errors, session);
	}

	/**
	 * A session of the shared language injector holding exactly these texts (nothing read from disk),
	 * the first being its file; with {@code checks} its validation also runs the metric checks and
	 * governance rules. The caller closes it.
	 */
	public static ModelSession session(Map<Path, String> texts, boolean checks) {
		if (checks) MetricValidator.install(injector());
		return ModelSession.of(injector()).openTexts(texts);
	}

	/** The loading workspace of {@link #session()}, for formatting and loading merge candidates. */
	public ValuenetWorkspace workspace() {
		return session.workspace();
	}

	private static Injector injector;

	/** One language injector for every version: creating one costs far more than parsing a model. */
	private static synchronized Injector injector() {
		if (injector == null) injector = new ValuenetStandaloneSetup().createInjectorAndDoEMFRegistration();
		return injector;
	}

	private static int line(Resource.Diagnostic diagnostic) {
		return diagnostic.getLine();
	}

	public boolean hasSyntaxErrors() {
		return !syntaxErrors.isEmpty();
	}

	/** The network or scenario of this version with the given (qualified) name, or null. */
	public AbstractNetwork network(String name) {
		for (AbstractNetwork network : document.getNetworks()) {
			if (name.equals(network.getName())) return network;
		}
		return null;
	}
}
