package dev.valuenet.diagram.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramLayout;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.diagram.Layout;
import dev.valuenet.diagram.Layout.Point;
import dev.valuenet.diagram.HeatmapBuilder;
import dev.valuenet.diagram.SankeyBuilder;
import dev.valuenet.diagram.SvgRenderer;
import dev.valuenet.diagram.Ties;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.ui.editor.VnetLanguage;

/**
 * The network map of an editor's current text, built off the UI thread: the text is parsed as the
 * editor's file (the folder's other .vnet files are read from disk, so imports and networks split
 * over files resolve), then {@link DiagramBuilder} and {@link DiagramLayout} run as for
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
	 * What the view asks for; {@code previous} is the layout of the same map before a text edit
	 * (its boxes stay put), or null for a fresh layout.
	 */
	public record Request(Path file, String text, String network, DiagramOptions options, Map<String, Point> pinned, String whatIf,
			int revision, Layout previous) {
	}

	/** One built map, or the reason there is none ({@code error}). */
	public record Snapshot(Request request, List<String> networks, String network, List<String> layers, DiagramGraph graph, Layout layout,
			String json, Map<String, Source> sources, String error, long loadMillis, long buildMillis, long layoutMillis) {

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

	private MapModel() {
	}

	/** Builds the map of {@code request}; never throws: problems come back as {@link Snapshot#error()}. */
	public static Snapshot build(Request request) {
		long start = System.nanoTime();
		Path file = request.file().toAbsolutePath().normalize();
		// the workbench's injector: a second createInjectorAndDoEMFRegistration would replace the language's global
		// EMF registrations under the running language server
		ValuenetWorkspace workspace = VnetLanguage.injector().getInstance(ValuenetWorkspace.class);
		try {
			workspace.load(siblings(file));
			XtextResource resource = workspace.loadText(file.toString(), request.text());
			long loaded = System.nanoTime();
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)) {
				return error(request, file.getFileName() + " has no network yet", start);
			}
			List<AbstractNetwork> candidates = new ArrayList<>(document.getNetworks());
			candidates.removeIf(n -> n.getName() == null);
			if (candidates.isEmpty()) {
				return error(request, file.getFileName() + " declares no network or scenario", start);
			}
			AbstractNetwork chosen = candidates.stream().filter(n -> n.getName().equals(request.network())).findFirst().orElse(candidates.get(0));
			NetworkAnalysis analysis = NetworkAnalysis.of(chosen);
			List<String> layers = new ArrayList<>(analysis.layers());
			DiagramOptions options = request.options();
			if (options.layer() != null && !layers.contains(options.layer())) {
				options = options.withLayer(null);
			}
			if (options.focus() != null && analysis.find(options.focus()).isEmpty()) {
				options = options.withFocus(null, options.hops());
			}
			DiagramGraph graph = DiagramBuilder.map(chosen, options);
			long built = System.nanoTime();
			Layout layout = DiagramLayout.layout(graph, request.pinned(), request.previous());
			long laidOut = System.nanoTime();
			WhatIf whatIf = request.whatIf() == null ? WhatIf.NONE : WhatIf.of(analysis, request.whatIf());
			String json = SprottyGraph.json(graph, layout, whatIf, request.revision());
			return new Snapshot(request, candidates.stream().map(AbstractNetwork::getName).distinct().toList(), chosen.getName(), layers, graph,
					layout, json, sources(chosen, analysis.network()), null, millis(start, loaded), millis(loaded, built), millis(built, laidOut));
		} catch (IOException | RuntimeException e) {
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			return error(request, "The map could not be built: " + message, start);
		} finally {
			workspace.unload();
		}
	}

	/** A Sankey or heatmap as SVG, or why there is none. */
	public record Chart(String svg, List<String> layers, String layer, String error) {
	}

	/**
	 * The Sankey ({@code sankey}) or heatmap ({@code heatmap}) of the first network of {@code text}
	 * (parsed as {@code file}, like the map), on {@code layer} (null: the builder's choice).
	 */
	public static Chart chart(Path file, String text, String view, String layer) {
		ValuenetWorkspace workspace = VnetLanguage.injector().getInstance(ValuenetWorkspace.class);
		Path path = file.toAbsolutePath().normalize();
		try {
			workspace.load(siblings(path));
			XtextResource resource = workspace.loadText(path.toString(), text);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)
					|| document.getNetworks().stream().allMatch(n -> n.getName() == null)) {
				return new Chart(null, List.of(), null, path.getFileName() + " declares no network yet");
			}
			AbstractNetwork network = document.getNetworks().stream().filter(n -> n.getName() != null).findFirst().orElseThrow();
			List<String> layers = NetworkAnalysis.of(network).layers();
			String chosen = layer != null && layers.contains(layer) ? layer : null;
			DiagramOptions options = DiagramOptions.DEFAULT.withLayer(chosen);
			String svg = "heatmap".equals(view) ? SvgRenderer.heatmap(HeatmapBuilder.heatmap(network, options))
					: SvgRenderer.sankey(SankeyBuilder.sankey(network, chosen, options));
			return new Chart(svg, layers, chosen, null);
		} catch (IOException | RuntimeException e) {
			return new Chart(null, List.of(), null, "The " + view + " could not be built: " + (e.getMessage() == null ? e : e.getMessage()));
		} finally {
			workspace.unload();
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static Snapshot error(Request request, String message, long start) {
		return new Snapshot(request, List.of(), null, List.of(), null, null, null, Map.of(), message, millis(start, System.nanoTime()), 0, 0);
	}

	/** The folder's other .vnet files, read from disk (the editor's own file comes from its text). */
	private static List<Path> siblings(Path file) throws IOException {
		try (Stream<Path> list = Files.list(file.getParent())) {
			return list.filter(p -> p.toString().endsWith(".vnet") && Files.isRegularFile(p)).map(p -> p.toAbsolutePath().normalize())
					.filter(p -> !p.equals(file)).sorted().toList();
		}
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
}
