package dev.valuenet.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Element;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Governance;
import dev.valuenet.model.GovernanceStatement;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Participant;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.Visibility;
import dev.valuenet.model.VisibilityLevel;

/**
 * The model as one partner may see it, following the network's {@code visibility} statements: an
 * element declared {@code confidential to A, B} appears only to A and B (and a confidential actor
 * takes its flows with it); a flow whose value object is confidential appears without its value
 * object and amounts. Elements without a statement, or {@code public}, are seen by everyone.
 * Exporters ask {@link #sees(EObject)} for every element and print nothing else about hidden ones.
 */
public final class PartnerView {

	private final Participant partner;
	private final Map<EObject, List<Participant>> confidential = new HashMap<>();

	private PartnerView(Participant partner) {
		this.partner = partner;
	}

	/** Who a view can be for: the actors and segments of the network and of its scenario bases, in declaration order. */
	public static List<Participant> participants(AbstractNetwork network) {
		List<Participant> participants = new ArrayList<>();
		for (Network part : parts(network)) {
			for (Element element : part.getElements()) {
				if (element instanceof Participant p) {
					participants.add(p);
				}
			}
		}
		return participants;
	}

	/** The parts of the network (all files that declare it) and of its scenario bases. */
	private static List<Network> parts(AbstractNetwork network) {
		List<Network> parts = new ArrayList<>();
		java.util.Set<AbstractNetwork> seen = new java.util.HashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			if (n instanceof Network declared) {
				parts.addAll(Networks.parts(declared));
			}
		}
		return parts;
	}

	/**
	 * The view of {@code partnerName} (simple or qualified name of an actor or segment of the
	 * network) on {@code network} and its scenario bases.
	 *
	 * @throws IllegalArgumentException when the network has no such participant
	 */
	public static PartnerView of(AbstractNetwork network, String partnerName) {
		List<Network> parts = parts(network);
		Participant partner = null;
		for (Network part : parts) {
			for (Element element : part.getElements()) {
				if (element instanceof Participant p && (partnerName.equals(p.getName()) || partnerName.equals(part.getName() + "." + p.getName()))) {
					partner = p;
				}
			}
		}
		if (partner == null) {
			throw new IllegalArgumentException("no actor or segment named '" + partnerName + "' in " + network.getName());
		}
		PartnerView view = new PartnerView(partner);
		// the statements of every loaded network: an export may hold several networks (JSON of a file)
		List<Network> all = new ArrayList<>(parts);
		if (network.eResource() != null && network.eResource().getResourceSet() != null) {
			for (var resource : List.copyOf(network.eResource().getResourceSet().getResources())) {
				for (EObject root : resource.getContents()) {
					if (root instanceof dev.valuenet.model.Document document) {
						document.getNetworks().stream().filter(Network.class::isInstance).map(Network.class::cast).forEach(all::add);
					}
				}
			}
		}
		for (Network part : new java.util.LinkedHashSet<>(all)) {
			for (Element element : part.getElements()) {
				if (element instanceof Governance governance) {
					for (GovernanceStatement statement : governance.getStatements()) {
						if (statement instanceof Visibility visibility && visibility.getTarget() != null && !visibility.getTarget().eIsProxy()
								&& visibility.getLevel() == VisibilityLevel.CONFIDENTIAL) {
							view.confidential.computeIfAbsent(visibility.getTarget(), k -> new ArrayList<>()).addAll(visibility.getAudience());
						}
					}
				}
			}
		}
		return view;
	}

	/** The partner this view is for. */
	public Participant partner() {
		return partner;
	}

	/** Whether the partner may see {@code element}: every confidential element it lies in names the partner. */
	public boolean sees(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (!allowed(e)) {
				return false;
			}
		}
		if (element instanceof Flow flow) {
			return sees(flow.getFrom()) && sees(flow.getTo()) && (flow.getVia() == null || allowed(flow.getVia()));
		}
		if (element instanceof Exchange exchange) {
			return allowed(exchange.getA()) && allowed(exchange.getB());
		}
		return true;
	}

	/** Whether {@code flow} is seen without its value object and amounts (its value object is confidential). */
	public boolean withholds(Flow flow) {
		return flow.getValue() != null && !allowed(flow.getValue());
	}

	/** Whether a named element is mentioned in statements the partner sees (all its references are seen). */
	public boolean seesAll(List<? extends NamedElement> elements) {
		return elements.stream().allMatch(this::sees);
	}

	private boolean allowed(EObject element) {
		List<Participant> audience = confidential.get(element);
		return audience == null || audience.contains(partner);
	}
}
