package dev.valuenet.validation;

import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.metrics.Cancellation;
import dev.valuenet.dsl.validation.Suppressions;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.ValuenetPackage;

/**
 * Runs every registered {@link MetricCheck} on each network and scenario, on save/build
 * ({@link CheckType#NORMAL}), never while typing. Installed next to the language's own validator
 * by {@link #install(Injector)}. Honours the validation's cancel indicator between checks, so a newer
 * save of a large model does not wait for the previous one's checks.
 */
public class MetricValidator extends AbstractDeclarativeValidator {

	private static volatile boolean installed;

	private static volatile Clock clock = Clock.systemDefaultZone();

	private final OperationCanceledManager cancellation = new OperationCanceledManager();

	/**
	 * Adds the metric checks to the validation of the language whose injector is given; the
	 * registration is global (EMF's validator registry), so the first call wins.
	 */
	public static synchronized void install(Injector injector) {
		if (!installed) {
			injector.getInstance(MetricValidator.class); // registers itself through its @Inject register method
			installed = true;
		}
	}

	/** The year checks take as "now" ({@link CheckContext#currentYear()}). */
	public static int currentYear() {
		return Year.now(clock).getValue();
	}

	/**
	 * Sets the clock the checks read "now" from (for tests of date checks); null restores the system
	 * clock. The validator is registered once per JVM, so this is a static setting.
	 */
	public static void setClock(Clock newClock) {
		clock = newClock == null ? Clock.systemDefaultZone() : newClock;
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ValuenetPackage.eINSTANCE);
	}

	@Check(CheckType.NORMAL)
	public void checkMetrics(AbstractNetwork network) {
		if (network.getName() == null || (network instanceof Scenario scenario && (scenario.getBase() == null || scenario.getBase().eIsProxy()))) {
			return;
		}
		cancellation.checkCanceled(getCancelIndicator());
		Suppressions.markMetricChecksRan(network.eResource());
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		CheckContext context = new CheckContext() {
			/** Keys ({@link Findings.Finding#key()}) of the base's findings, accepted or not, computed on the first inherited one. */
			private Set<String> baseFindings;

			private Set<String> baseFindings(Scenario scenario) {
				if (baseFindings == null) {
					baseFindings = new HashSet<>();
					Findings.of(scenario.getBase(), true).forEach(f -> baseFindings.add(f.key()));
				}
				return baseFindings;
			}

			@Override
			public AbstractNetwork network() {
				return network;
			}

			@Override
			public NetworkAnalysis analysis() {
				return analysis;
			}

			@Override
			public void report(Severity severity, String message, EObject object, EStructuralFeature feature, String code) {
				EObject target = object;
				EStructuralFeature targetFeature = feature;
				String text = message;
				String[] data = {};
				if (network instanceof Scenario scenario) {
					// what the scenario inherits is reported on the scenario, not on the base's declarations
					if (object == null || !EcoreUtil.isAncestor(network, object)) {
						if (baseFindings(scenario).contains(code + " " + Findings.subject(object, network))) {
							return; // the base reports the same finding about the same element: not repeated
						}
						target = network;
						targetFeature = ValuenetPackage.Literals.NAMED_ELEMENT__NAME;
						text = message.startsWith("In scenario ") ? message : "In scenario " + network.getName() + ": " + message;
						if (object != null && object.eResource() != null) {
							// what the finding is about, so that an accept on the base's element covers it
							data = new String[] { Suppressions.SUBJECT + EcoreUtil.getURI(object) };
						}
					}
				} else if (object == null || object.eResource() != network.eResource()) {
					return; // another file of the same network declares the object and reports it
				}
				switch (severity) {
					case ERROR -> error(text, target, targetFeature, code, data);
					case WARNING -> warning(text, target, targetFeature, code, data);
					default -> info(text, target, targetFeature, code, data);
				}
			}
		};
		runChecks(MetricChecks.ALL, context, getCancelIndicator(), (check, e) -> warning(couldNotRun(check, e), network,
				ValuenetPackage.Literals.NAMED_ELEMENT__NAME, check.code()));
	}

	/** Why a check failed, in words: a defect's message may be null ({@code NullPointerException}). */
	public static String couldNotRun(MetricCheck check, RuntimeException e) {
		String why = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
		return "Check " + check.code() + " could not run (" + why + "); fix the file's errors first, or report this with the file"
				+ " attached.";
	}

	/**
	 * Runs the checks in order. A cancelled validation (in the workbench: a newer edit or save of the
	 * file) stops before the next check instead of running them all to the end, and inside the
	 * analysis' long algorithms (betweenness, closeness, path statistics); a failing check is handed
	 * to {@code failed} and must not hide the others.
	 */
	public void runChecks(List<MetricCheck> checks, CheckContext context, CancelIndicator cancel, BiConsumer<MetricCheck, RuntimeException> failed) {
		for (MetricCheck check : checks) {
			cancellation.checkCanceled(cancel);
			try {
				// the analysis polls the indicator inside its long algorithms too (one search per actor)
				NetworkAnalysis.cancellable(cancel == null ? Cancellation.NONE : cancel::isCanceled, () -> check.check(context));
			} catch (CancellationException e) {
				cancellation.checkCanceled(cancel); // as Xtext's cancellation; a cancel of its own is a failure
				failed.accept(check, e);
			} catch (RuntimeException e) {
				cancellation.propagateIfCancelException(e);
				failed.accept(check, e);
			}
		}
	}
}
