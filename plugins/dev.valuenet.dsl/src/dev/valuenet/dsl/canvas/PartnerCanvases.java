package dev.valuenet.dsl.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.valuenet.model.Actor;
import dev.valuenet.model.Canvas;
import dev.valuenet.model.Document;
import dev.valuenet.model.Element;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Flows;
import dev.valuenet.model.Hypothesis;
import dev.valuenet.model.HypothesisStatus;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Participant;
import dev.valuenet.model.ValuenetPackage.Literals;

/**
 * The partner canvases of one .vnet file as a form shows them: what each canvas says (value offered,
 * value desired, joint value, hypotheses) next to what the model says (the flows the partner gives and
 * receives in every file of its network), and the actors that have no canvas yet. Read once from a
 * parsed file; the model objects are kept so {@link CanvasEdits} can turn form actions into text
 * changes of exactly that text.
 */
public final class PartnerCanvases {

	/**
	 * One canvas.
	 *
	 * @param partner  the partner as written after {@code partner}
	 * @param network  name of the network that declares the canvas
	 * @param gives    flows from the partner in the model (empty when the partner does not resolve)
	 * @param receives flows to the partner in the model
	 */
	public record Entry(Canvas canvas, String partner, String network, List<String> offers, List<String> desires, List<String> joint,
			List<HypothesisEntry> hypotheses, List<FlowEntry> gives, List<FlowEntry> receives) {

		/** The label a partner picker shows: the partner, and its network when the file has several. */
		public String label(boolean withNetwork) {
			return withNetwork ? partner + " (" + network + ")" : partner;
		}
	}

	/** One hypothesis; {@code status} is the written one, untested when none is written (docs/language.md). */
	public record HypothesisEntry(Hypothesis hypothesis, String name, String text, HypothesisStatus status) {
	}

	/**
	 * One flow of the model seen from the partner.
	 *
	 * @param name        the flow's name, or its exchange's name for a flow inside an exchange
	 * @param value       its value object's name, else its value kind
	 * @param counterpart the participant at the other end, as named in the model
	 */
	public record FlowEntry(String name, String value, String counterpart) {
		@Override
		public String toString() {
			return value + " " + name + " (" + counterpart + ")";
		}
	}

	/** An actor of a network of the file without a canvas in any file of that network. */
	public record Candidate(String actor, Network network) {
		public String label(boolean withNetwork) {
			return withNetwork ? actor + " (" + network.getName() + ")" : actor;
		}
	}

	private final List<Entry> entries;
	private final List<Candidate> candidates;
	private final boolean severalNetworks;

	private PartnerCanvases(List<Entry> entries, List<Candidate> candidates, boolean severalNetworks) {
		this.entries = entries;
		this.candidates = candidates;
		this.severalNetworks = severalNetworks;
	}

	/** No canvases: what a file that cannot be read shows. */
	public static PartnerCanvases empty() {
		return new PartnerCanvases(List.of(), List.of(), false);
	}

	/** Reads the canvases of a parsed file; its resource set should hold the other files of its networks. */
	public static PartnerCanvases of(Document document) {
		List<Entry> entries = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		int networks = 0;
		for (var abstractNetwork : document.getNetworks()) {
			if (!(abstractNetwork instanceof Network network) || network.getName() == null) continue;
			networks++;
			List<Network> parts = Networks.parts(network);
			for (Element element : network.getElements()) {
				if (element instanceof Canvas canvas) entries.add(entry(canvas, network, parts));
			}
			Set<Participant> withCanvas = new LinkedHashSet<>();
			for (Network part : parts) {
				for (Element element : part.getElements()) {
					if (element instanceof Canvas canvas && canvas.getPartner() != null && !canvas.getPartner().eIsProxy()) {
						withCanvas.add(canvas.getPartner());
					}
				}
			}
			for (Network part : parts) {
				for (Element element : part.getElements()) {
					if (element instanceof Actor actor && actor.getName() != null && !withCanvas.contains(actor)) {
						candidates.add(new Candidate(actor.getName(), network));
					}
				}
			}
		}
		return new PartnerCanvases(List.copyOf(entries), List.copyOf(candidates), networks > 1);
	}

	private static Entry entry(Canvas canvas, Network network, List<Network> parts) {
		List<HypothesisEntry> hypotheses = new ArrayList<>();
		for (Hypothesis h : canvas.getHypotheses()) {
			HypothesisStatus status = h.getStatus() == HypothesisStatus.UNSPECIFIED ? HypothesisStatus.UNTESTED : h.getStatus();
			hypotheses.add(new HypothesisEntry(h, h.getName(), h.getText(), status));
		}
		List<FlowEntry> gives = new ArrayList<>();
		List<FlowEntry> receives = new ArrayList<>();
		Participant partner = canvas.getPartner();
		if (partner != null && !partner.eIsProxy()) {
			for (Network part : parts) {
				for (Element element : part.getElements()) {
					if (element instanceof Flow flow) {
						classify(flow, flow.getName(), partner, gives, receives);
					} else if (element instanceof Exchange exchange) {
						exchange.getFlows().forEach(f -> classify(f, exchange.getName(), partner, gives, receives));
					}
				}
			}
		}
		return new Entry(canvas, writtenPartner(canvas), network.getName(), List.copyOf(canvas.getOffers()), List.copyOf(canvas.getDesires()),
				List.copyOf(canvas.getJoint()), List.copyOf(hypotheses), List.copyOf(gives), List.copyOf(receives));
	}

	private static void classify(Flow flow, String name, Participant partner, List<FlowEntry> gives, List<FlowEntry> receives) {
		String value = flow.getValue() != null && !flow.getValue().eIsProxy() ? flow.getValue().getName()
				: String.valueOf(Flows.kind(flow)).toLowerCase(java.util.Locale.ROOT);
		if (flow.getFrom() == partner && flow.getTo() != null) {
			gives.add(new FlowEntry(name, value, nameOf(flow.getTo(), flow, Literals.FLOW__TO)));
		} else if (flow.getTo() == partner && flow.getFrom() != null) {
			receives.add(new FlowEntry(name, value, nameOf(flow.getFrom(), flow, Literals.FLOW__FROM)));
		}
	}

	private static String nameOf(Participant participant, Flow flow, org.eclipse.emf.ecore.EReference reference) {
		if (!participant.eIsProxy() && participant.getName() != null) return participant.getName();
		return written(flow, reference);
	}

	private static String writtenPartner(Canvas canvas) {
		return written(canvas, Literals.CANVAS__PARTNER);
	}

	private static String written(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** The canvases of the file, in text order. */
	public List<Entry> entries() {
		return entries;
	}

	/** Actors of the file's networks that have no canvas yet, in declaration order. */
	public List<Candidate> candidates() {
		return candidates;
	}

	/** True when the file declares more than one network (labels then name the network). */
	public boolean severalNetworks() {
		return severalNetworks;
	}
}
