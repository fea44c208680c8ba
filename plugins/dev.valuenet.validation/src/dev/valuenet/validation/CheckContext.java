package dev.valuenet.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.model.AbstractNetwork;

/** What a {@link MetricCheck} sees: the network being validated, its analysis, and where to report. */
public interface CheckContext {

	/** Diagnostic severities a check can report. */
	enum Severity {
		ERROR, WARNING, INFO
	}

	AbstractNetwork network();

	NetworkAnalysis analysis();

	/** The current year, for checks about dates ({@link MetricValidator#setClock} fixes it in tests). */
	default int currentYear() {
		return MetricValidator.currentYear();
	}

	/**
	 * Reports an issue on {@code object} (an actor, a rule...); issues about declarations in other
	 * files are reported by those files, or on the scenario that inherits them.
	 */
	void report(Severity severity, String message, EObject object, EStructuralFeature feature, String code);
}
