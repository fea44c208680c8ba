package dev.valuenet.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.model.ScenarioEdit;
import dev.valuenet.model.ValuenetPackage;

/**
 * Unresolved references get the code {@link IssueCodes#UNRESOLVED} (or
 * {@link IssueCodes#SCENARIO_UNKNOWN_TARGET} inside a scenario edit) and a message that says how to fix them.
 */
public class ValuenetLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		if (name == null || name.isBlank()) {
			return null; // nothing was written where the name belongs: the syntax error there says what is wrong
		}
		EClass type = context.getReference().getEReferenceType();
		String what = describe(type);
		if (context.getContext() instanceof ScenarioEdit) {
			return new DiagnosticMessage("The scenario edits '" + name + "', but its base network has no such " + what
					+ "; check the spelling or the network named after 'extends'.", Severity.ERROR,
					IssueCodes.SCENARIO_UNKNOWN_TARGET, name);
		}
		return new DiagnosticMessage("Unknown " + what + " '" + name + "'. " + hint(type, name), Severity.ERROR,
				IssueCodes.UNRESOLVED, name);
	}

	private static String describe(EClass type) {
		if (type == ValuenetPackage.Literals.PARTICIPANT) {
			return "actor or segment";
		}
		if (type == ValuenetPackage.Literals.ABSTRACT_NETWORK) {
			return "network";
		}
		if (type == ValuenetPackage.Literals.NAMED_ELEMENT) {
			return "element";
		}
		if (type == ValuenetPackage.Literals.VALUE_OBJECT) {
			return "value object";
		}
		return type.getName().toLowerCase();
	}

	private static String hint(EClass type, String name) {
		String simple = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
		if (type == ValuenetPackage.Literals.PARTICIPANT) {
			return "Declare it (e.g. 'actor " + simple + " : firm' or 'segment " + simple
					+ "'), or import the network that declares it ('import a.b.*').";
		}
		if (type == ValuenetPackage.Literals.ABSTRACT_NETWORK) {
			return "Check the name after 'extends' and that the file declaring that network is checked together with this one.";
		}
		if (type == ValuenetPackage.Literals.VALUE_OBJECT) {
			return "Use a value kind (goods, service, money, data, knowledge, reputation, trust, influence) or declare 'value "
					+ simple + " : goods'.";
		}
		if (type == ValuenetPackage.Literals.LAYER) {
			return "Declare it ('layer " + simple + " { goods, money }'), or leave the view's 'layer' line out to show every layer.";
		}
		return "Declare it in this network, or import the network that declares it ('import a.b.*').";
	}
}
