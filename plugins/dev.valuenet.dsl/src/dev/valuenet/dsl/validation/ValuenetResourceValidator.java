package dev.valuenet.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Accept;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;

/**
 * The language's resource validation followed by the model's {@code accept} statements: findings an
 * accept covers ({@link Suppressions#covers}) are taken out of the result and kept in
 * {@link Suppressions#of(Resource)}; when the metric checks ran too, an accept of this file that
 * covered nothing is a warning ({@link IssueCodes#UNUSED_ACCEPT}). Working on the finished issue list
 * means every check, present or future, structural or metric, can be accepted the same way.
 */
public class ValuenetResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
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
