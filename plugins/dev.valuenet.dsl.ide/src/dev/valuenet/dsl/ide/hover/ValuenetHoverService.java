package dev.valuenet.dsl.ide.hover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Actor;
import dev.valuenet.model.Flow;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Participant;
import dev.valuenet.model.Segment;
import dev.valuenet.model.Tie;

/**
 * Hover = what the element is (keyword, name, kind or role, title), its documentation comment and,
 * for participants, the flows it takes part in (from every file loaded with it, so a multi-file
 * network shows them all), then its betweenness and PageRank on all layers (as valuenet metrics) when
 * the network is small enough to measure within a hover's time. Plain text: the workbench hover shows
 * text, not markdown.
 */
public class ValuenetHoverService extends HoverService {
	static final int MAX_FLOWS = 12;
	/** Larger networks show no metrics in the hover (the Metrics view measures them in a job). */
	static final int MAX_METRIC_ACTORS = 2000;
	/** Participants x (participants + flows) above which betweenness could keep a hover waiting over ~200 ms. */
	static final long MAX_METRIC_WORK = 20_000_000L;

	@Override
	protected String getKind(HoverContext context) {
		return "plaintext";
	}

	@Override
	public String getContents(EObject element) {
		String documentation = super.getContents(element);
		StringBuilder text = new StringBuilder(headline(element));
		if (documentation != null && !documentation.isBlank()) text.append("\n\n").append(documentation.strip());
		if (element instanceof Participant participant) {
			appendFlows(participant, text);
			appendMetrics(participant, text);
		}
		return text.toString();
	}

	static String headline(EObject element) {
		StringBuilder s = new StringBuilder();
		if (element instanceof Actor actor) {
			s.append("actor ").append(actor.getName()).append(" : ")
					.append(actor.getRole() != null && !actor.getRole().eIsProxy() ? actor.getRole().getName() + " (role)" : String.valueOf(actor.getKind()));
			title(s, actor.getTitle());
		} else if (element instanceof Segment segment) {
			s.append("segment ").append(segment.getName());
			title(s, segment.getTitle());
			if (segment.getSize() > 0) s.append(", size ").append(formatSize(segment.getSize()));
		} else if (element instanceof Tie tie) {
			s.append("tie ").append(tie.getName()).append(" : ").append(tie.getKind()).append(' ')
					.append(name(tie.getA())).append(" -- ").append(name(tie.getB()));
			title(s, tie.getTitle());
		} else if (element instanceof Flow flow) {
			s.append(describe(flow));
		} else if (element instanceof NamedElement named) {
			s.append(named.eClass().getName().toLowerCase()).append(' ').append(named.getName());
		}
		return s.toString();
	}

	private void appendFlows(Participant participant, StringBuilder text) {
		List<Flow> out = new ArrayList<>(), in = new ArrayList<>();
		Resource resource = participant.eResource();
		if (resource == null || resource.getResourceSet() == null) return;
		for (Resource r : resource.getResourceSet().getResources()) {
			for (EObject root : r.getContents()) {
				for (Flow flow : EcoreUtil2.getAllContentsOfType(root, Flow.class)) {
					if (flow.getFrom() == participant) out.add(flow);
					if (flow.getTo() == participant) in.add(flow);
				}
			}
		}
		text.append("\n\nflows: ").append(out.size()).append(" out, ").append(in.size()).append(" in");
		int shown = 0;
		for (Flow flow : out) {
			if (shown++ == MAX_FLOWS) break;
			text.append("\n  ").append(describe(flow));
		}
		for (Flow flow : in) {
			if (shown++ >= MAX_FLOWS) break;
			text.append("\n  ").append(describe(flow));
		}
		if (out.size() + in.size() > MAX_FLOWS) text.append("\n  ...");
	}

	/** Computed lazily (cached per model state by NetworkAnalysis), only for networks small enough to stay fast. */
	private static void appendMetrics(Participant participant, StringBuilder text) {
		try {
			AbstractNetwork network = EcoreUtil2.getContainerOfType(participant, AbstractNetwork.class);
			if (network == null || network.getName() == null) return;
			long participants = 0, flows = 0;
			for (Iterator<EObject> it = network.eAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (o instanceof Participant) participants++;
				else if (o instanceof Flow) flows++;
			}
			if (participants >= MAX_METRIC_ACTORS || participants * (participants + flows) > MAX_METRIC_WORK) return;
			NetworkAnalysis analysis = NetworkAnalysis.of(network);
			int v = analysis.graph(LayerGraph.ALL).nodeOf(ResolvedNetwork.qualifiedName(participant));
			if (v < 0) return;
			text.append(String.format(Locale.ROOT, "\n\nbetweenness %.4f, pagerank %.4f (all layers)",
					analysis.scores(LayerGraph.ALL, "betweenness")[v], analysis.scores(LayerGraph.ALL, "pagerank")[v]));
		} catch (RuntimeException e) {
			// metrics are an extra: a model the analysis cannot measure yet still gets its hover
		}
	}

	static String describe(Flow flow) {
		String what = flow.getValue() != null && !flow.getValue().eIsProxy() ? flow.getValue().getName() : String.valueOf(flow.getKind());
		return "flow " + (flow.getName() == null ? "" : flow.getName() + " ") + ": " + what + " " + name(flow.getFrom()) + " -> " + name(flow.getTo());
	}

	private static String name(NamedElement e) {
		return e == null || e.eIsProxy() ? "?" : e.getName();
	}

	private static void title(StringBuilder s, String title) {
		if (title != null && !title.isBlank()) s.append(" \"").append(title).append('"');
	}

	private static String formatSize(double size) {
		return size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size);
	}
}
