package dev.valuenet.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;

import com.google.common.util.concurrent.Uninterruptibles;
import com.google.inject.Inject;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Accept;
import dev.valuenet.model.Document;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.NetworkCache;
import dev.valuenet.model.Networks;

/**
 * The language's resource validation followed by the model's {@code accept} statements: findings an
 * accept covers ({@link Suppressions#covers}) are taken out of the result and kept in
 * {@link Suppressions#of(Resource)}; when the metric checks ran too, an accept of this file that
 * covered nothing is a warning ({@link IssueCodes#UNUSED_ACCEPT}). Working on the finished issue list
 * means every check, present or future, structural or metric, can be accepted the same way.
 * <p>
 * The structural checks ({@link CheckType#FAST}) and the metric checks ({@link CheckType#NORMAL}) run
 * at the same time on two threads: apart from betweenness, which has threads of its own, each uses one
 * core, and the machines have two.
 */
public class ValuenetResourceValidator extends ResourceValidatorImpl {

	/** Marks a resource whose proxies are all resolved, until it changes (proxy resolution is not a change). */
	private static final OnChangeEvictingCache RESOLVED = new OnChangeEvictingCache();

	/** Set on the threads of {@link #checkOnTwoThreads}, which must not resolve: the model is resolved before they start. */
	private static final ThreadLocal<Boolean> READ_ONLY = new ThreadLocal<>();

	/**
	 * System property that runs all checks on the calling thread, as before: for tests, which compare
	 * the two, and to rule the second thread out when a finding looks wrong.
	 */
	public static final String ONE_THREAD = "valuenet.checks.oneThread";

	/** The metric checks' thread: the stack the launcher gives the main thread. */
	private static final long METRIC_CHECKS_STACK_BYTES = 8L * 1024 * 1024;

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = checkOnTwoThreads(resource, mode, indicator);
		boolean metricChecksRan = Suppressions.takeMetricChecksRan(resource);
		if (issues == null || resource.getContents().isEmpty()) {
			return issues;
		}
		Map<AbstractNetwork, List<Accept>> acceptsByNetwork = new HashMap<>();
		List<Issue> kept = new ArrayList<>(issues.size());
		List<Suppressions.Suppressed> suppressed = new ArrayList<>();
		Set<Accept> used = new HashSet<>();
		for (Issue issue : issues) {
			Accept accept = issue.getCode() == null || Suppressions.NOT_ACCEPTABLE.contains(issue.getCode()) ? null
					: coveringAccept(resource, issue, acceptsByNetwork);
			if (accept == null) {
				kept.add(issue);
			} else {
				suppressed.add(new Suppressions.Suppressed(issue, accept));
				used.add(accept);
			}
		}
		Suppressions.record(resource, suppressed);
		if (metricChecksRan && mode.shouldCheck(CheckType.NORMAL) && mode.shouldCheck(CheckType.FAST)) {
			for (EObject object : (Iterable<EObject>) () -> resource.getAllContents()) {
				if (object instanceof Accept accept && !used.contains(accept) && judgeable(accept, resource)) {
					kept.add(unused(accept));
				}
			}
		}
		return kept;
	}

	/**
	 * Every proxy of every resource of {@code resource}'s set resolved (demand-loading what they point to),
	 * once per state of each resource. Reading a model on two threads is safe only then: Xtext resolves
	 * a reference on first read, and its linking is not thread-safe.
	 */
	public static void resolveAll(Resource resource, CancelIndicator cancel) {
		ResourceSet set = resource.getResourceSet();
		List<Resource> resources = set == null ? List.of(resource) : set.getResources();
		for (int i = 0; i < resources.size(); i++) { // by index: resolving may load more resources
			Resource each = resources.get(i);
			if (cancel != null && cancel.isCanceled()) {
				return;
			}
			resolve(each);
		}
	}

	/** Every proxy of {@code resource} resolved, once per state of it. */
	public static void resolve(Resource resource) {
		RESOLVED.get(RESOLVED, resource, () -> {
			EcoreUtil.resolveAll(resource);
			return Boolean.TRUE;
		});
	}

	@Inject
	private EValidator.Registry validators;

	/** Validates an object without its contents: see {@link #validate(Resource, EObject, CheckMode, CancelIndicator, IAcceptor)}. */
	private volatile Diagnostician withoutContents;

	/**
	 * The metric checks are checks of networks and scenarios (the documents' top-level objects): without the
	 * structural checks, only those objects are validated, not every element of the model (on the second
	 * thread that walk of the whole model, with EMF's constraints on each element, came last).
	 */
	@Override
	protected void validate(Resource resource, EObject element, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		if (mode.shouldCheck(CheckType.FAST) || !(element instanceof Document document)) {
			super.validate(resource, element, mode, monitor, acceptor);
			return;
		}
		Diagnostician flat = withoutContents;
		if (flat == null) {
			withoutContents = flat = new Diagnostician(validators) { // the metric checks poll the cancel indicator themselves
				@Override
				protected boolean doValidateContents(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
					return true;
				}
			};
		}
		for (AbstractNetwork network : document.getNetworks()) {
			getOperationCanceledManager().checkCanceled(monitor);
			Map<Object, Object> options = new HashMap<>();
			options.put(CheckMode.KEY, mode);
			options.put(CancelableDiagnostician.CANCEL_INDICATOR, monitor);
			options.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
			options.put(EValidator.class, flat);
			if (resource instanceof XtextResource xtext) {
				options.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, xtext.getLanguageName());
			}
			Diagnostic diagnostic = flat.validate(network, options);
			for (Diagnostic child : diagnostic.getChildren().isEmpty() ? List.of(diagnostic) : diagnostic.getChildren()) {
				issueFromEValidatorDiagnostic(child, acceptor);
			}
		}
	}

	@Override
	protected void resolveProxies(Resource resource, CancelIndicator monitor) {
		if (READ_ONLY.get() == null) {
			super.resolveProxies(resource, monitor);
		}
	}

	/**
	 * The issues of {@code mode}: with both the structural and the metric checks, the structural ones on
	 * this thread and the others on a second thread, at the same time (`valuenet check` of the
	 * 5,200-actor example: 3.37 -> 2.90 s, median of 7). The resource diagnostics and EMF's own
	 * constraints come from the structural pass only.
	 */
	private List<Issue> checkOnTwoThreads(Resource resource, CheckMode mode, CancelIndicator indicator) {
		if (!mode.shouldCheck(CheckType.FAST) || !mode.shouldCheck(CheckType.NORMAL) || resource.getContents().isEmpty()
				|| Boolean.getBoolean(ONE_THREAD)) {
			return super.validate(resource, mode, indicator);
		}
		CancelIndicator cancel = indicator == null ? CancelIndicator.NullImpl : indicator;
		// both threads only read: every reference resolved and every adapter the checks keep data in
		// attached beforehand (the caches' adapters come with the resolution marks)
		resolveAll(resource, cancel);
		getOperationCanceledManager().checkCanceled(cancel);
		Suppressions.prepare(resource);
		NetworkCache.prepare(resource.getResourceSet());
		CheckMode notFast = new CheckMode() {
			@Override
			public boolean shouldCheck(CheckType type) {
				return type != CheckType.FAST && mode.shouldCheck(type);
			}
		};
		FutureTask<List<Issue>> others = new FutureTask<>(() -> readOnly(() -> super.validate(resource, notFast, cancel)));
		Thread thread = new Thread(null, others, "valuenet-metric-checks", METRIC_CHECKS_STACK_BYTES);
		thread.setDaemon(true);
		thread.start();
		List<Issue> issues;
		try {
			issues = new ArrayList<>(readOnly(() -> super.validate(resource, CheckMode.FAST_ONLY, cancel)));
		} finally {
			// a cancelled or failed pass: the other one sees the same indicator; it must end before the model changes
			Uninterruptibles.joinUninterruptibly(thread);
		}
		try {
			for (Issue issue : others.get()) {
				if (issue.getType() != CheckType.FAST) { // EMF's constraints ran in both passes
					issues.add(issue);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the metric checks ran", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error; // Xtext's OperationCanceledError among them
			}
			throw new IllegalStateException(e.getCause());
		}
		return issues;
	}

	private static <T> T readOnly(java.util.function.Supplier<T> work) {
		READ_ONLY.set(Boolean.TRUE);
		try {
			return work.get();
		} finally {
			READ_ONLY.remove();
		}
	}

	private static Accept coveringAccept(Resource resource, Issue issue, Map<AbstractNetwork, List<Accept>> acceptsByNetwork) {
		EObject reported = object(resource, issue.getUriToProblem());
		AbstractNetwork network = reported == null ? null : EcoreUtil2.getContainerOfType(reported, AbstractNetwork.class);
		if (network == null) {
			return null;
		}
		List<Accept> accepts = acceptsByNetwork.computeIfAbsent(network, Suppressions::acceptsFor);
		if (accepts.isEmpty()) {
			return null;
		}
		EObject subject = reported;
		if (issue.getData() != null) {
			for (String data : issue.getData()) {
				if (data != null && data.startsWith(Suppressions.SUBJECT)) {
					EObject named = object(resource, URI.createURI(data.substring(Suppressions.SUBJECT.length())));
					subject = named != null ? named : subject;
				}
			}
		}
		for (Accept accept : accepts) {
			if (Suppressions.covers(accept, issue.getCode(), subject)) {
				return accept;
			}
		}
		return null;
	}

	private static EObject object(Resource resource, URI uri) {
		if (uri == null) {
			return null;
		}
		try {
			if (resource.getResourceSet() != null) {
				return resource.getResourceSet().getEObject(uri, false);
			}
			return uri.trimFragment().equals(resource.getURI()) ? resource.getEObject(uri.fragment()) : null;
		} catch (RuntimeException e) {
			return null; // an object that is gone (the text changed meanwhile) is covered by nothing
		}
	}

	/**
	 * Whether this file's validation can tell that the accept covers nothing: its code and targets are
	 * valid (else it has its own error), and the findings it may cover are this file's. An accept on an
	 * element of another file of the network (or, without targets, in a network split over files) may
	 * cover findings reported by that file; it is not judged.
	 */
	private static boolean judgeable(Accept accept, Resource resource) {
		if (accept.getCode() == null || !Suppressions.knownCodes().contains(accept.getCode())
				|| Suppressions.NOT_ACCEPTABLE.contains(accept.getCode())
				|| !accept.getTargets().stream().allMatch(t -> t != null && !t.eIsProxy() && t.eResource() == resource)) {
			return false;
		}
		if (accept.getTargets().isEmpty()) {
			AbstractNetwork network = EcoreUtil2.getContainerOfType(accept, AbstractNetwork.class);
			return !(network instanceof Network declared) || Networks.parts(declared).stream().allMatch(p -> p.eResource() == resource);
		}
		return true;
	}

	private static Issue unused(Accept accept) {
		String on = accept.getTargets().isEmpty() ? "" : " on " + accept.getTargets().stream().map(NamedElement::getName)
				.collect(Collectors.joining(", "));
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.WARNING);
		issue.setType(CheckType.NORMAL);
		issue.setCode(IssueCodes.UNUSED_ACCEPT);
		issue.setMessage("accept " + accept.getCode() + on + " covers no finding: the finding is gone (or never arose);"
				+ " remove the accept.");
		issue.setUriToProblem(accept.eResource().getURI().appendFragment(accept.eResource().getURIFragment(accept)));
		ICompositeNode node = NodeModelUtils.getNode(accept);
		if (node != null) {
			LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			LineAndColumn end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
			issue.setOffset(node.getOffset());
			issue.setLength(node.getLength());
			issue.setLineNumber(start.getLine());
			issue.setColumn(start.getColumn());
			issue.setLineNumberEnd(end.getLine());
			issue.setColumnEnd(end.getColumn());
		}
		return issue;
	}
}
