package dev.valuenet.dsl.validation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Issue;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Accept;
import dev.valuenet.model.Element;
import dev.valuenet.model.Governance;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Scenario;

/**
 * Findings the model accepts: {@code accept <code> [on <element>, ...] "<reason>"} in a governance
 * block. An accept covers the findings with its code about the elements it names (or about anything
 * inside them), or every finding with its code when it names none. Accepts apply to the network that
 * states them (in any of its files) and to the scenarios built on it; a scenario's own accepts apply
 * to the scenario only. {@link ValuenetResourceValidator} drops the covered findings after validation
 * and keeps them here, so front ends can count them.
 */
public final class Suppressions {

	/**
	 * Issue data entry naming the element a finding is about ({@code subject=<EMF URI>}) when it is
	 * reported on another object: a scenario reports its base's elements on itself.
	 */
	public static final String SUBJECT = "subject=";

	/** Codes no accept can cover: the model must be fixed instead. */
	public static final Set<String> NOT_ACCEPTABLE = Set.of(IssueCodes.UNREADABLE_FILE, IssueCodes.SYNTAX, IssueCodes.DUPLICATE_NAME,
			IssueCodes.UNRESOLVED, IssueCodes.EXTENDS_CYCLE, IssueCodes.UNKNOWN_ISSUE_CODE, IssueCodes.UNUSED_ACCEPT,
			IssueCodes.CHECK_FAILED);

	private static volatile Set<String> knownCodes;

	/** A finding an accept covered. */
	public record Suppressed(Issue issue, Accept accept) {
	}

	private Suppressions() {
	}

	/** Every issue code of the language ({@link IssueCodes}' constants). */
	public static Set<String> knownCodes() {
		Set<String> codes = knownCodes;
		if (codes == null) {
			Set<String> found = new TreeSet<>();
			for (Field field : IssueCodes.class.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					try {
						String value = (String) field.get(null);
						if (value.startsWith("vnet.")) {
							found.add(value);
						}
					} catch (IllegalAccessException e) {
						throw new IllegalStateException(e);
					}
				}
			}
			knownCodes = codes = Set.copyOf(found);
		}
		return codes;
	}

	/**
	 * The accepts that apply to findings reported on {@code network}: its own (for a network, those of
	 * every file declaring it), and for a scenario those of its base chain too.
	 */
	public static List<Accept> acceptsFor(AbstractNetwork network) {
		List<Accept> accepts = new ArrayList<>();
		Set<AbstractNetwork> seen = new HashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			if (n instanceof Network declared) {
				for (Network part : Networks.parts(declared)) {
					collect(part.getElements(), accepts);
				}
			} else if (n instanceof Scenario scenario) {
				collect(scenario.getElements(), accepts);
			}
		}
		return accepts;
	}

	private static void collect(List<Element> elements, List<Accept> into) {
		for (Element element : elements) {
			if (element instanceof Governance governance) {
				governance.getStatements().stream().filter(Accept.class::isInstance).map(Accept.class::cast).forEach(into::add);
			}
		}
	}

	/** Whether {@code accept} covers a finding with {@code code} about {@code subject}. */
	public static boolean covers(Accept accept, String code, EObject subject) {
		if (code == null || !code.equals(accept.getCode()) || NOT_ACCEPTABLE.contains(code)) {
			return false;
		}
		if (accept.getTargets().isEmpty()) {
			return true;
		}
		for (NamedElement target : accept.getTargets()) {
			if (target != null && !target.eIsProxy() && subject != null && (target == subject || EcoreUtil.isAncestor(target, subject))) {
				return true;
			}
		}
		return false;
	}

	/** The findings accepts covered in the last validation of {@code resource} (empty before any). */
	public static List<Suppressed> of(Resource resource) {
		Results results = results(resource, false);
		return results == null ? List.of() : List.copyOf(results.suppressed);
	}

	static void record(Resource resource, List<Suppressed> suppressed) {
		results(resource, true).suppressed = List.copyOf(suppressed);
	}

	/**
	 * Called by the metric checks when they ran on a network of {@code resource}: only then can an
	 * accept that covers nothing be told apart from one whose finding was simply not computed.
	 */
	public static void markMetricChecksRan(Resource resource) {
		if (resource != null) {
			results(resource, true).metricChecksRan = true;
		}
	}

	/**
	 * Attaches what this class keeps in {@code resource} now, so that the checks, run on two threads,
	 * never add it to the resource's adapters while the other thread reads them.
	 */
	static void prepare(Resource resource) {
		results(resource, true);
	}

	/** Whether the metric checks ran since the last call, resetting the mark. */
	static boolean takeMetricChecksRan(Resource resource) {
		Results results = results(resource, false);
		if (results == null) {
			return false;
		}
		boolean ran = results.metricChecksRan;
		results.metricChecksRan = false;
		return ran;
	}

	private static synchronized Results results(Resource resource, boolean create) {
		for (Adapter adapter : resource.eAdapters()) {
			if (adapter instanceof Results results) {
				return results;
			}
		}
		if (!create) {
			return null;
		}
		Results results = new Results();
		resource.eAdapters().add(results);
		return results;
	}

	private static final class Results extends AdapterImpl {
		volatile List<Suppressed> suppressed = List.of();
		volatile boolean metricChecksRan;

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Results.class;
		}
	}
}
