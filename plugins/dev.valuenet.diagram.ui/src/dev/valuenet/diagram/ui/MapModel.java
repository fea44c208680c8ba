package dev.valuenet.diagram.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.diagram.CommunityLayout;
import dev.valuenet.diagram.DeclaredViews;
import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramLayout;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.diagram.Layout;
import dev.valuenet.diagram.LayoutKind;
import dev.valuenet.diagram.Layout.Point;
import dev.valuenet.diagram.HeatmapBuilder;
import dev.valuenet.diagram.SankeyBuilder;
import dev.valuenet.diagram.SvgRenderer;
import dev.valuenet.diagram.Ties;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.ui.editor.VnetLanguage;

/**
 * The network map of an editor's current text, built off the UI thread: the text is parsed as the
 * editor's file in its {@link ModelSession} model (the folder's other .vnet files as saved, so imports
 * and networks split over files resolve; while they do not change, an edit reparses only the editor's
 * file), then {@link DiagramBuilder} and {@link DiagramLayout} run as for
 * {@code valuenet render}, and every box and line remembers where it is declared, for selection in
 * both directions.
 */
public final class MapModel {

	/** Where an element of the map is declared: its name (to select) and its whole declaration (to hit with the caret). */
	public record Source(Path file, int offset, int length, int declarationOffset, int declarationLength) {
		boolean contains(int caret) {
			return caret >= declarationOffset && caret <= declarationOffset + declarationLength;
		}
	}

	/**
	 * What the view asks for; {@code previous} is the layout of the same map ({@code previousGraph})
	 * before a text edit or before communities were expanded or collapsed (its boxes stay put), or
	 * null for a fresh layout. {@code expanded}: the communities shown as their actors when the map
	 * is collapsed into communities.
	 */
	public record Request(Path file, String text, String network, DiagramOptions options, Set<Integer> expanded, Map<String, Point> pinned,
			String whatIf, int revision, DiagramGraph previousGraph, Layout previous) {
	}

	/** One built map, or the reason there is none ({@code error}); {@code views}: the network's declared views. */
	public record Snapshot(Request request, List<String> networks, String network, List<String> layers, DiagramGraph graph, Layout layout,
			String json, Map<String, Source> sources, String error, long loadMillis, long buildMillis, long layoutMillis,
			List<DeclaredViews.DeclaredView> views) {

		/** The innermost map element whose declaration in the map's file contains {@code offset}, or null. */
		public String elementAt(int offset) {
			String best = null;
			int bestLength = Integer.MAX_VALUE;
			for (Map.Entry<String, Source> e : sources.entrySet()) {
				Source s = e.getValue();
				if (s.file().equals(request.file()) && s.contains(offset) && s.declarationLength() < bestLength) {
					best = e.getKey();
					bestLength = s.declarationLength();
				}
			}
			return best;
		}

		public boolean ok() {
			return error == null;
		}
	}

	/** Guards {@link #cached}: the map and the charts of the same editor share its model. */
	private static final Object LOCK = new Object();
	private static ModelSession cached;
	private static String cachedKey;

	private MapModel() {
	}

	/** Builds the map of {@code request}; never throws: problems come back as {@link Snapshot#error()}. */
	public static Snapshot build(Request request) {
		long start = System.nanoTime();
		Path file = request.file().toAbsolutePath().normalize();
		try {
			DiagramGraph graph;
			Map<String, Source> sources;
			WhatIf whatIf;
			List<String> networks;
			List<String> layers;
			String network;
			List<DeclaredViews.DeclaredView> views;
			long loaded;
			synchronized (LOCK) {
				ModelSession session = session(file, request.text());
				loaded = System.nanoTime();
				if (session.document(file) == null) {
					return error(request, file.getFileName() + " has no network yet", start);
				}
				List<AbstractNetwork> candidates = session.networks();
				if (candidates.isEmpty()) {
					return error(request, file.getFileName() + " declares no network or scenario", start);
				}
				AbstractNetwork chosen = candidates.stream().filter(n -> n.getName().equals(request.network())).findFirst()
						.orElseGet(() -> firstOf(session, candidates));
				NetworkAnalysis analysis = NetworkAnalysis.of(chosen);
				layers = new ArrayList<>(analysis.layers());
				DiagramOptions options = request.options();
				if (options.layer() != null && !layers.contains(options.layer())) {
					options = options.withLayer(null);
				}
				if (options.focus() != null && analysis.find(options.focus()).isEmpty()) {
					options = options.withFocus(null, options.hops());
				}
				graph = DiagramBuilder.map(chosen, options, request.expanded());
				sources = sources(chosen, analysis.network());
				whatIf = request.whatIf() == null ? WhatIf.NONE : WhatIf.of(analysis, request.whatIf());
				networks = candidates.stream().map(AbstractNetwork::getName).distinct().toList();
				network = chosen.getName();
				views = DeclaredViews.of(chosen);
			}
			long built = System.nanoTime();
			LayoutKind kind = request.options().layout();
			String centre = request.options().focus();
			Layout layout = request.previous() == null || request.previousGraph() == null
					? DiagramLayout.layout(graph, request.pinned(), request.previous(), kind, centre)
					: CommunityLayout.relayout(graph, request.pinned(), request.previousGraph(), request.previous(),
							block -> DiagramLayout.layout(block, Map.of(), null, blockLayout(block, kind), centre));
			long laidOut = System.nanoTime();
			String json = SprottyGraph.json(graph, layout, whatIf, request.revision());
			return new Snapshot(request, networks, network, layers, graph, layout, json, sources, null, millis(start, loaded),
					millis(loaded, built), millis(built, laidOut), views);
		} catch (IOException | RuntimeException e) {
			forget();
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			return error(request, "The map could not be built: " + message, start);
		}
	}

	/**
	 * The model of {@code file} with the editor's {@code text}: the last one, updated in place
	 * ({@link ModelSession#update}: only this file is reparsed) while the model's files on disk are
	 * unchanged, else opened anew. The caller holds {@link #LOCK}.
	 */
	private static ModelSession session(Path file, String text) throws IOException {
		StringBuilder key = new StringBuilder();
		for (Path p : ModelSession.modelFiles(file)) {
			key.append(p).append('@').append(Files.getLastModifiedTime(p).toMillis()).append('#').append(Files.size(p)).append(';');
		}
		if (cached != null && key.toString().equals(cachedKey)) {
			return cached.update(file, text);
		}
		forget();
		// the workbench's injector: a second createInjectorAndDoEMFRegistration would replace the language's global
		// EMF registrations under the running language server
		cached = ModelSession.of(VnetLanguage.injector()).open(file, List.of(), Map.of(file, text));
		cachedKey = key.toString();
		return cached;
	}

	private static void forget() {
		synchronized (LOCK) {
			if (cached != null) {
				cached.close();
			}
			cached = null;
			cachedKey = null;
		}
	}

	/** The file's own first network or scenario, else the model's first. */
	private static AbstractNetwork firstOf(ModelSession session, List<AbstractNetwork> candidates) {
		try {
			return session.network(null);
		} catch (ModelSession.UnknownNetworkException e) {
			return candidates.get(0);
		}
	}

	/** A Sankey or heatmap as SVG, or why there is none; {@code views}: the network's declared views. */
	public record Chart(String svg, List<String> layers, String layer, String error, List<DeclaredViews.DeclaredView> views) {
	}

	/**
	 * The Sankey ({@code sankey}) or heatmap ({@code heatmap}) of the first network of {@code text}
	 * (parsed as {@code file} in its model, like the map), on {@code layer} (null: the builder's choice),
	 * showing what the declared view {@code viewName} selects (null: everything).
	 */
	public static Chart chart(Path file, String text, String view, String layer, String viewName) {
		Path path = file.toAbsolutePath().normalize();
		try {
			synchronized (LOCK) {
				ModelSession session = session(path, text);
				if (session.networks().isEmpty()) {
					return new Chart(null, List.of(), null, path.getFileName() + " declares no network yet", List.of());
				}
				AbstractNetwork network = firstOf(session, session.networks());
				List<String> layers = NetworkAnalysis.of(network).layers();
				String chosen = layer != null && layers.contains(layer) ? layer : null;
				List<DeclaredViews.DeclaredView> views = DeclaredViews.of(network);
				DiagramOptions options = views.stream().filter(v -> v.name().equals(viewName)).findFirst().map(DeclaredViews.DeclaredView::options)
						.orElse(DiagramOptions.DEFAULT).withLayer(chosen);
				String svg = "heatmap".equals(view) ? SvgRenderer.heatmap(HeatmapBuilder.heatmap(network, options))
						: SvgRenderer.sankey(SankeyBuilder.sankey(network, chosen, options));
				return new Chart(svg, layers, chosen, null, views);
			}
		} catch (IOException | RuntimeException e) {
			forget();
			return new Chart(null, List.of(), null, "The " + view + " could not be built: " + (e.getMessage() == null ? e : e.getMessage()), List.of());
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static Snapshot error(Request request, String message, long start) {
		return new Snapshot(request, List.of(), null, List.of(), null, null, null, Map.of(), message, millis(start, System.nanoTime()), 0, 0, List.of());
	}

	/** Declarations of the boxes (participants), lines (flows {@code f<i>}, ties {@code t<i>}) of the map. */
	private static Map<String, Source> sources(AbstractNetwork network, ResolvedNetwork resolved) {
		Map<String, Source> sources = new LinkedHashMap<>();
		for (ParticipantRecord p : resolved.participants().values()) {
			put(sources, p.name(), p.source());
		}
		for (int i = 0; i < resolved.flows().size(); i++) {
			FlowRecord f = resolved.flows().get(i);
			put(sources, "f" + i, f.source());
		}
		List<Ties.TieRecord> ties = Ties.of(network, resolved);
		for (int i = 0; i < ties.size(); i++) {
			put(sources, "t" + i, ties.get(i).tie());
		}
		return sources;
	}

	private static void put(Map<String, Source> sources, String id, EObject element) {
		if (element == null || element.eResource() == null || !element.eResource().getURI().isFile()) {
			return;
		}
		ICompositeNode declaration = NodeModelUtils.findActualNodeFor(element);
		if (declaration == null) {
			return;
		}
		List<INode> names = NodeModelUtils.findNodesForFeature(element, ValuenetPackage.Literals.NAMED_ELEMENT__NAME);
		INode name = names.isEmpty() ? declaration : names.get(0);
		Path path = Path.of(element.eResource().getURI().toFileString()).toAbsolutePath().normalize();
		sources.put(id, new Source(path, name.getOffset(), name.getLength(), declaration.getOffset(), declaration.getLength()));
	}

	/** Expanded communities of at most this many actors are laid out in layers by auto. */
	public static final int BLOCK_LAYERED_BOXES = 8;

	/**
	 * The layout of an expanded community's actors: the chosen one; for auto, a network layout once
	 * the community is more than a handful of boxes (a community is a cluster, not a chain: in layers
	 * even two dozen actors make a strip many times wider than the community's box was).
	 */
	static LayoutKind blockLayout(DiagramGraph block, LayoutKind chosen) {
		if (chosen != null && chosen != LayoutKind.AUTO) {
			return chosen;
		}
		return block.nodes().size() > BLOCK_LAYERED_BOXES ? LayoutKind.STRESS : LayoutKind.LAYERED;
	}
}
