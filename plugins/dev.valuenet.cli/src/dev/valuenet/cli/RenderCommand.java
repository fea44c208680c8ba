package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.diagram.DeclaredViews;
import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramLayout;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.diagram.HeatmapBuilder;
import dev.valuenet.diagram.Layout;
import dev.valuenet.diagram.LayoutKind;
import dev.valuenet.diagram.LayoutSidecar;
import dev.valuenet.diagram.SankeyBuilder;
import dev.valuenet.diagram.SvgRenderer;
import dev.valuenet.interop.Pictures;
import dev.valuenet.model.AbstractNetwork;

/** {@code valuenet render FILE}: the network map, Sankey or heatmap of a network or scenario as SVG. */
final class RenderCommand implements Command {

	@Override
	public String name() {
		return "render";
	}

	@Override
	public String summary() {
		return "draw the network map, a Sankey or a heatmap as SVG, PNG or PDF";
	}

	@Override
	public String help() {
		return """
				Usage: valuenet render [--view-name NAME] [--view map|sankey|heatmap] [--layer L] [--scenario S] [--focus ACTOR]
				                       [--layout auto|layered|stress|radial] [--out FILE.svg|png|pdf]
				                       [--scale S | --width W] [options] FILE

				Draws the first network of FILE (or the scenario S, with its edits applied) as SVG. The
				other .vnet files of FILE's folder are loaded so references resolve. The pictures show
				the network the metrics measure (see docs/diagrams.md):
				  map      actors as boxes styled by kind, segments rounded, flows as arrows coloured by
				           value kind (dashed when intangible, width by log of the yearly amount), ties
				           as grey lines; laid out by --layout. Above 300 participants communities
				           are collapsed into one box each. Positions pinned in FILE.layout (next to FILE,
				           lines 'qualifiedName x y') are kept.
				  sankey   a layer's flows from their sources to where they end, band width by yearly
				           amount (default layer: the first carrying goods or services)
				  heatmap  actor x actor yearly flow magnitude, log colour scale, ordered by community

				Options:
				  --view-name NAME            draw the view NAME declared in the model ('view NAME { ... }', see
				                              docs/diagrams.md, Views as code); the options below override it
				  --view map|sankey|heatmap   the picture (default map, or the declared view's chart)
				  --layer L                   a declared layer, or "all" (default for map and heatmap)
				  --scenario S                draw scenario (or network) S instead of FILE's first network
				  --focus ACTOR               map only ACTOR's neighbourhood
				  --hops K                    radius of the focus neighbourhood (default 1)
				  --layout auto|layered|stress|radial  how the map places its boxes: layered (ELK, left to
				                              right, for chains and small maps), stress (communities laid out
				                              together and placed apart, straight lines, for networks),
				                              radial (--focus ACTOR, else the box with most neighbours, in
				                              the centre; rings by hops); auto (default): layered up to 40
				                              boxes or for chain-like maps up to 150, else stress
				  --hide-intangible           leave out knowledge, reputation, trust and influence flows
				  --collapse auto|always|never  communities as single boxes (default auto: above 300)
				  --size-by METRIC            scale boxes by betweenness, closeness, eigenvector or pagerank
				  --colour kind|community     box colour (default kind)
				  --no-ties                   do not draw ties
				  --save-layout               write the map's positions to FILE.layout (pins every box)
				  --out FILE                  write there: SVG, PNG or PDF by FILE's extension (default:
				                              SVG on standard output)
				  --scale S                   PNG/PDF size as a multiple of the SVG's (default 1)
				  --width W                   PNG/PDF width in pixels (points for PDF); instead of --scale
				  --help                      this help

				Exit codes: 0 done, 1 FILE has errors, 2 usage or I/O failure.

				Examples: valuenet render --view sankey --layer financial --out money.svg examples/auto/car-network.vnet
				          valuenet render --view-name supplyBase --out supply.svg examples/auto/car-network.vnet
				""";
	}

	@Override
	public Map<String, Boolean> options() {
		return Map.ofEntries(Map.entry("--view-name", true), Map.entry("--view", true), Map.entry("--layer", true), Map.entry("--scenario", true), Map.entry("--focus", true),
				Map.entry("--hops", true), Map.entry("--layout", true), Map.entry("--hide-intangible", false), Map.entry("--collapse", true), Map.entry("--size-by", true),
				Map.entry("--colour", true), Map.entry("--no-ties", false), Map.entry("--save-layout", false), Map.entry("--out", true),
				Map.entry("--scale", true), Map.entry("--width", true));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		// a flag given on the command line overrides the declared view; one left out keeps the view's setting
		String chartFlag = given(arguments, "--view") ? arguments.choice("--view", "map", "map", "sankey", "heatmap") : null;
		String collapse = arguments.choice("--collapse", "auto", "auto", "always", "never");
		String colour = arguments.choice("--colour", "kind", "kind", "community");
		LayoutKind layoutKind = LayoutKind.parse(arguments.choice("--layout", "auto", "auto", "layered", "stress", "radial"));
		String sizeBy = arguments.option("--size-by", null);
		if (sizeBy != null) {
			arguments.choice("--size-by", null, "betweenness", "closeness", "eigenvector", "pagerank");
		}
		double scale;
		int width;
		try {
			scale = Double.parseDouble(arguments.option("--scale", "1"));
			width = Integer.parseInt(arguments.option("--width", "0"));
		} catch (NumberFormatException e) {
			throw new Arguments.UsageException("--scale needs a number (2 = twice the size) and --width a whole number of pixels");
		}
		if (!(scale > 0 && scale <= 20) || width < 0) {
			throw new Arguments.UsageException("--scale must be above 0 and at most 20, --width positive");
		}
		if (given(arguments, "--scale") && given(arguments, "--width")) {
			throw new Arguments.UsageException("give --scale or --width, not both: --scale sizes the picture as a multiple of the SVG, --width in pixels");
		}
		String target = arguments.file("--out", "a .svg, .png or .pdf file, or leave --out away to write SVG to standard output");
		// checked before the layout, which can take minutes on a large network
		String format = target == null ? "svg" : Path.of(target).getFileName() == null ? null : Pictures.format(Path.of(target));
		if (format == null) {
			throw new Arguments.UsageException("--out must end in .svg, .png or .pdf, not '" + target + "'");
		}
		int hops;
		try {
			hops = Integer.parseInt(arguments.option("--hops", "1"));
		} catch (NumberFormatException e) {
			throw new Arguments.UsageException("option '--hops' needs a whole number");
		}
		AbstractNetwork network = Models.open(arguments, err);
		if (network == null) {
			return Valuenet.PROBLEMS;
		}
		DeclaredViews.DeclaredView declared = null;
		String viewName = arguments.option("--view-name", null);
		if (viewName != null) {
			List<DeclaredViews.DeclaredView> views = DeclaredViews.of(network);
			declared = views.stream().filter(v -> v.name().equals(viewName)).findFirst().orElseThrow(() -> new Arguments.UsageException(
					"no view named '" + viewName + "' in " + network.getName() + "; " + (views.isEmpty()
							? "it declares none (add 'view " + viewName + " { ... }' to the network, see docs/diagrams.md)"
							: "it declares " + String.join(", ", views.stream().map(DeclaredViews.DeclaredView::name).toList()))));
		}
		DiagramOptions options = declared == null ? DiagramOptions.DEFAULT : declared.options();
		String view = chartFlag != null ? chartFlag : declared != null ? declared.chart() : "map";
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		String layer = arguments.option("--layer", null);
		if (layer != null && !analysis.layers().contains(layer)) {
			throw new Arguments.UsageException("unknown layer '" + layer + "'; " + network.getName() + " has " + String.join(", ", analysis.layers()));
		}
		String focus = arguments.option("--focus", null);
		if (focus != null && analysis.find(focus).isEmpty()) {
			throw new Arguments.UsageException("no actor or segment named '" + focus + "' in " + network.getName());
		}
		if (layer != null) {
			options = options.withLayer(layer);
		}
		if (arguments.flag("--hide-intangible")) {
			options = options.withHideIntangible(true);
		}
		if (focus != null || (given(arguments, "--hops") && options.focus() != null)) {
			options = options.withFocus(focus != null ? focus : options.focus(), hops);
		}
		if (given(arguments, "--collapse")) {
			options = options.withCollapse(DiagramOptions.Collapse.valueOf(collapse.toUpperCase(java.util.Locale.ROOT)));
		}
		if (sizeBy != null) {
			options = options.withSizeBy(sizeBy);
		}
		if (given(arguments, "--colour")) {
			options = options.withColourBy(colour);
		}
		if (arguments.flag("--no-ties")) {
			options = options.withShowTies(false);
		}
		if (given(arguments, "--layout")) {
			options = options.withLayout(layoutKind);
		}
		layer = options.layer();
		Path file = arguments.paths().get(0);
		long start = System.nanoTime();
		String svg = switch (view) {
			case "sankey" -> SvgRenderer.sankey(SankeyBuilder.sankey(network, layer, options));
			case "heatmap" -> SvgRenderer.heatmap(HeatmapBuilder.heatmap(network, options));
			default -> {
				DiagramGraph graph = DiagramBuilder.map(network, options);
				Path sidecar = LayoutSidecar.of(file);
				long built = System.nanoTime();
				Layout layout = DiagramLayout.layout(graph, LayoutSidecar.read(sidecar), null, options);
				if (target != null) {
					err.printf(java.util.Locale.ROOT, "valuenet render: %d boxes, %d lines; graph %.2f s, %s layout %.2f s%n", graph.nodes().size(),
							graph.edges().size(), (built - start) / 1e9, DiagramLayout.resolve(graph, options.layout()).label(),
							(System.nanoTime() - built) / 1e9);
				}
				if (arguments.flag("--save-layout")) {
					LayoutSidecar.write(sidecar, DiagramLayout.positions(layout));
					err.println("valuenet render: pinned " + layout.nodes().size() + " positions in " + sidecar);
				}
				yield SvgRenderer.map(graph, layout);
			}
		};
		if (target == null) {
			out.print(svg);
		} else {
			byte[] bytes;
			try {
				bytes = Pictures.render(svg, format, scale, width);
			} catch (IllegalArgumentException e) {
				throw new Arguments.UsageException(e.getMessage());
			}
			dev.valuenet.dsl.io.AtomicFileWriter.write(Path.of(target), bytes);
			err.printf(java.util.Locale.ROOT, "valuenet render: %s of %s written to %s in %.2f s%n", view, network.getName(), target,
					(System.nanoTime() - start) / 1e9);
		}
		return Valuenet.OK;
	}

	private static boolean given(Arguments arguments, String option) {
		return arguments.option(option, null) != null;
	}
}
