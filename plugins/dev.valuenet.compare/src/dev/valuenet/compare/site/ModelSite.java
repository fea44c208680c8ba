package dev.valuenet.compare.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.analysis.ActorMetrics;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.NetworkSummary;
import dev.valuenet.diagram.DeclaredViews;
import dev.valuenet.diagram.DiagramBuilder;
import dev.valuenet.diagram.DiagramGraph;
import dev.valuenet.diagram.DiagramLayout;
import dev.valuenet.diagram.DiagramNode;
import dev.valuenet.diagram.DiagramOptions;
import dev.valuenet.diagram.HeatmapBuilder;
import dev.valuenet.diagram.Layout;
import dev.valuenet.diagram.LayoutSidecar;
import dev.valuenet.diagram.SankeyBuilder;
import dev.valuenet.diagram.SvgRenderer;
import dev.valuenet.dsl.canvas.PartnerCanvases;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;
import dev.valuenet.model.Network;
import dev.valuenet.model.Scenario;
import dev.valuenet.validation.Findings;
import dev.valuenet.validation.Findings.Finding;
import dev.valuenet.validation.ScenarioReport;

/**
 * The static report of a model: an index, one folder per network or scenario ({@code NAME/index.html}
 * with its map, summary, metrics table, findings, partner canvases and scenario comparison, plus
 * {@code NAME/sankey.html}, {@code NAME/heatmap.html} and {@code NAME/view-VIEW.html} for each view the model
 * declares), and {@code diagnostics.html} with what
 * {@code valuenet check} reports. Every box of a map links to its actor's row of the metrics table
 * ({@code #actor-NAME}); every page is self-contained (inline CSS, SVG and script).
 * <p>
 * Built from a {@link ModelSession} the caller opened (with the metric checks installed, so the
 * diagnostics include them) and validated without errors.
 */
public final class ModelSite {

	private final Map<String, String> files;
	private final int networks;
	private final int scenarios;

	private ModelSite(Map<String, String> files, int networks, int scenarios) {
		this.files = files;
		this.networks = networks;
		this.scenarios = scenarios;
	}

	/** The pages, relative path ('/'-separated) -> HTML, index.html first. */
	public Map<String, String> files() {
		return files;
	}

	public int networks() {
		return networks;
	}

	public int scenarios() {
		return scenarios;
	}

	/** Writes the site to {@code folder} atomically ({@link SiteFolder#write}). */
	public void write(Path folder) throws IOException {
		SiteFolder.write(folder, files);
	}

	/** Builds the report of every network and scenario of {@code session}; {@code title} heads the index. */
	public static ModelSite build(ModelSession session, String title) {
		return build(session, session.validate(), title);
	}

	/** As {@link #build(ModelSession, String)}, with the diagnostics of {@code session.validate()} the caller already has. */
	public static ModelSite build(ModelSession session, List<Problem> problems, String title) {
		List<AbstractNetwork> all = session.networks();
		Map<String, String> folders = new LinkedHashMap<>();
		for (AbstractNetwork network : all) {
			folders.put(network.getName(), Html.slug(network.getName()));
		}
		Map<String, List<PartnerCanvases.Entry>> canvases = new HashMap<>();
		for (Path file : session.files()) {
			Document document = session.document(file);
			if (document != null) {
				for (PartnerCanvases.Entry entry : PartnerCanvases.of(document).entries()) {
					canvases.computeIfAbsent(entry.network(), k -> new ArrayList<>()).add(entry);
				}
			}
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put("index.html", index(title, all, folders, problems, session));
		files.put("diagnostics.html", diagnostics(problems));
		int scenarios = 0;
		for (AbstractNetwork network : all) {
			String folder = folders.get(network.getName());
			new NetworkPages(network, all, folders, canvases.getOrDefault(network.getName(), List.of())).write(folder, files);
			if (network instanceof Scenario) {
				scenarios++;
			}
		}
		return new ModelSite(files, all.size() - scenarios, scenarios);
	}

	// ---- index and diagnostics -----------------------------------------------------------------

	private static String index(String title, List<AbstractNetwork> all, Map<String, String> folders, List<Problem> problems, ModelSession session) {
		StringBuilder body = new StringBuilder();
		body.append("<p>").append(all.size()).append(" networks and scenarios from ").append(session.files().size())
				.append(" .vnet files. Every page works offline; maps link each actor to its metrics.</p>\n");
		body.append("<h2 id=\"networks\">Networks and scenarios</h2>\n<table class=\"sortable\"><thead><tr><th>Name</th><th>Title</th><th>Kind</th>")
				.append("<th>Based on</th><th>Pages</th></tr></thead><tbody>\n");
		for (AbstractNetwork network : all) {
			String folder = folders.get(network.getName());
			body.append("<tr><td><a href=\"").append(folder).append("/index.html\">").append(Html.text(network.getName())).append("</a></td><td>")
					.append(Html.text(network.getTitle())).append("</td><td>").append(network instanceof Scenario ? "scenario" : "network")
					.append("</td><td>");
			AbstractNetwork base = network instanceof Scenario s ? s.getBase() : null;
			if (base != null && !base.eIsProxy() && folders.containsKey(base.getName())) {
				body.append("<a href=\"").append(folders.get(base.getName())).append("/index.html\">").append(Html.text(base.getName())).append("</a>");
			}
			body.append("</td><td><a href=\"").append(folder).append("/index.html#map\">map</a>, <a href=\"").append(folder)
					.append("/index.html#metrics\">metrics</a>, <a href=\"").append(folder).append("/sankey.html\">Sankey</a>, <a href=\"").append(folder)
					.append("/heatmap.html\">heatmap</a></td></tr>\n");
		}
		body.append("</tbody></table>\n");
		long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		body.append("<h2 id=\"check\">Check</h2>\n<p>").append(errors).append(" errors, ").append(warnings).append(" warnings, ")
				.append(problems.size() - errors - warnings).append(" infos: <a href=\"diagnostics.html\">all diagnostics</a>.</p>\n");
		body.append("<h2 id=\"files\">Files</h2>\n<ul class=\"tight\">\n");
		for (Path file : session.files()) {
			body.append("<li>").append(Html.text(file.toString().replace('\\', '/'))).append("</li>\n");
		}
		body.append("</ul>\n");
		return Html.page(title, "", " <a href=\"diagnostics.html\">Diagnostics</a>", body.toString());
	}

	private static String diagnostics(List<Problem> problems) {
		StringBuilder body = new StringBuilder();
		body.append("<p>What <code>valuenet check</code> reports on these files, metric checks and governance rules included.</p>\n");
		if (problems.isEmpty()) {
			body.append("<p>No diagnostics.</p>\n");
		} else {
			body.append("<table class=\"sortable\"><thead><tr><th>Where</th><th>Severity</th><th>Message</th><th>Code</th></tr></thead><tbody>\n");
			for (Problem p : problems) {
				String severity = p.severity().label();
				body.append("<tr><td>").append(Html.text(p.file().toString().replace('\\', '/') + ":" + p.line() + ":" + p.column())).append("</td><td class=\"")
						.append(severity).append("\">").append(severity).append("</td><td>").append(Html.text(p.message())).append("</td><td>")
						.append(Html.text(p.code())).append("</td></tr>\n");
			}
			body.append("</tbody></table>\n");
		}
		return Html.page("Diagnostics", "", "", body.toString());
	}

	// ---- one network or scenario ------------------------------------------------------------------

	/** The pages of one network or scenario, in its own folder. */
	private static final class NetworkPages {
		private final AbstractNetwork network;
		private final List<AbstractNetwork> all;
		private final Map<String, String> folders;
		private final List<PartnerCanvases.Entry> canvases;
		private final NetworkAnalysis analysis;
		private final Map<String, String> anchors = new LinkedHashMap<>();

		NetworkPages(AbstractNetwork network, List<AbstractNetwork> all, Map<String, String> folders, List<PartnerCanvases.Entry> canvases) {
			this.network = network;
			this.all = all;
			this.folders = folders;
			this.canvases = canvases;
			this.analysis = NetworkAnalysis.of(network);
		}

		void write(String folder, Map<String, String> files) {
			List<ActorMetrics> metrics = analysis.actorMetrics(null);
			for (ActorMetrics m : metrics) {
				anchors.put(m.actor(), "actor-" + Html.slug(m.actor()));
			}
			List<DeclaredViews.DeclaredView> views = DeclaredViews.of(network);
			String nav = " <a href=\"#map\">Map</a>" + (views.isEmpty() ? "" : "<a href=\"#views\">Views</a>") + "<a href=\"#metrics\">Metrics</a><a href=\"#findings\">Findings</a><a href=\"#canvases\">Canvases</a>"
					+ "<a href=\"#scenarios\">Scenarios</a><a href=\"sankey.html\">Sankey</a><a href=\"heatmap.html\">Heatmap</a>";
			StringBuilder body = new StringBuilder();
			summary(body);
			body.append("<h2 id=\"map\">Network map</h2>\n");
			picture(body, "map", () -> map(DiagramOptions.DEFAULT, "#"));
			views(body, views, folder, files);
			metrics(body, metrics);
			findings(body);
			canvases(body);
			scenarios(body);
			String kind = network instanceof Scenario ? "Scenario " : "Network ";
			files.put(folder + "/index.html", Html.page(kind + network.getName(), "../", nav, body.toString()));
			String back = " <a href=\"index.html\">" + Html.text(network.getName()) + "</a>";
			StringBuilder sankey = new StringBuilder("<p>Flows from their sources to where they end, band width by yearly value in "
					+ Html.text(analysis.currencyLabel()) + ".</p>\n");
			picture(sankey, "Sankey", () -> SvgRenderer.sankey(SankeyBuilder.sankey(network, null, DiagramOptions.DEFAULT)));
			files.put(folder + "/sankey.html", Html.page("Sankey of " + network.getName(), "../", back, sankey.toString()));
			StringBuilder heatmap = new StringBuilder("<p>Who gives how much to whom per year (log colour scale, ordered by community).</p>\n");
			picture(heatmap, "heatmap", () -> SvgRenderer.heatmap(HeatmapBuilder.heatmap(network, DiagramOptions.DEFAULT)));
			files.put(folder + "/heatmap.html", Html.page("Heatmap of " + network.getName(), "../", back, heatmap.toString()));
		}

		private void summary(StringBuilder body) {
			if (network.getTitle() != null) {
				body.append("<p><b>").append(Html.text(network.getTitle())).append("</b></p>\n");
			}
			if (network instanceof Scenario s && s.getBase() != null && !s.getBase().eIsProxy()) {
				body.append("<p>A scenario of ").append(link(s.getBase())).append(": see <a href=\"#scenarios\">what it changes</a>.</p>\n");
			}
			NetworkSummary summary = analysis.summary(null);
			body.append("<table><tbody>");
			row(body, "Actors and segments", summary.actors());
			row(body, "Flows", summary.flows());
			row(body, "Density", summary.density());
			row(body, "Reciprocity", summary.reciprocity());
			row(body, "Diameter (hops)", summary.diameter());
			row(body, "Average path length", summary.averagePathLength());
			row(body, "Bridges", summary.bridges());
			row(body, "Communities", summary.communities());
			row(body, "Modularity", summary.modularity());
			body.append("</tbody></table>\n<p class=\"muted\">Layers: ").append(Html.text(String.join(", ", analysis.layers())))
					.append(". Values are yearly, in ").append(Html.text(analysis.currencyLabel())).append("; ")
					.append(analysis.unvaluedFlows().size()).append(" flows have no value and are left out of sums.</p>\n");
		}

		private static void row(StringBuilder body, String label, double value) {
			body.append("<tr><th>").append(label).append("</th>").append(Html.numberCell(value)).append("</tr>");
		}

		/** The declared views: listed on the network's page, each drawn on a page of its own ({@code view-NAME.html}). */
		private void views(StringBuilder body, List<DeclaredViews.DeclaredView> views, String folder, Map<String, String> files) {
			if (views.isEmpty()) {
				return;
			}
			body.append("<h2 id=\"views\">Views</h2>\n<ul>\n");
			String back = " <a href=\"index.html\">" + Html.text(network.getName()) + "</a>";
			for (DeclaredViews.DeclaredView view : views) {
				String page = "view-" + Html.slug(view.name()) + ".html";
				body.append("<li><a href=\"").append(page).append("\">").append(Html.text(view.label())).append("</a> (")
						.append(view.chart()).append(")</li>\n");
				StringBuilder content = new StringBuilder("<p>The view <code>").append(Html.text(view.name()))
						.append("</code> declared in the model, drawn as a ").append(view.chart()).append(".</p>\n");
				DiagramOptions options = view.options();
				switch (view.chart()) {
					case "sankey" -> picture(content, "Sankey", () -> SvgRenderer.sankey(SankeyBuilder.sankey(network, options.layer(), options)));
					case "heatmap" -> picture(content, "heatmap", () -> SvgRenderer.heatmap(HeatmapBuilder.heatmap(network, options)));
					default -> picture(content, "map", () -> map(options, "index.html#"));
				}
				files.put(folder + "/" + page, Html.page(view.label() + " - " + network.getName(), "../", back, content.toString()));
			}
			body.append("</ul>\n");
		}

		/**
		 * The map with these options; boxes link to their actor's row of the metrics table on the network's
		 * page ({@code prefix}: "#" there, "index.html#" from a view's page).
		 */
		private String map(DiagramOptions options, String prefix) {
			DiagramGraph graph = DiagramBuilder.map(network, options);
			Map<String, dev.valuenet.diagram.Layout.Point> pinned = Map.of();
			Path file = file(network);
			if (file != null) {
				try {
					pinned = LayoutSidecar.read(LayoutSidecar.of(file));
				} catch (IOException e) {
					pinned = Map.of(); // an unreadable sidecar only loses the pinned positions
				}
			}
			Layout layout = DiagramLayout.layout(graph, pinned);
			Function<DiagramNode, String> link = node -> anchors.containsKey(node.id()) ? prefix + anchors.get(node.id()) : null;
			return SvgRenderer.map(graph, layout, link);
		}

		private void metrics(StringBuilder body, List<ActorMetrics> metrics) {
			body.append("<h2 id=\"metrics\">Metrics</h2>\n<p class=\"muted\">All layers; strengths in ").append(Html.text(analysis.currencyLabel()))
					.append(" per year; definitions in docs/metrics.md (NetworkX 3.x). Click a heading to sort.</p>\n");
			body.append("<table class=\"sortable\"><thead><tr><th>Actor</th><th>Kind</th><th>In-degree</th><th>Out-degree</th><th>In-strength</th>")
					.append("<th>Out-strength</th><th>Betweenness</th><th>Closeness</th><th>Eigenvector</th><th>PageRank</th><th>Community</th>")
					.append("<th>Cut vertex</th><th>Suppliers</th><th>HHI</th></tr></thead><tbody>\n");
			for (ActorMetrics m : metrics) {
				body.append("<tr id=\"").append(anchors.get(m.actor())).append("\"><td>").append(Html.text(m.actor())).append("</td><td>")
						.append(Html.text(m.kind())).append("</td>").append(Html.numberCell(m.inDegree())).append(Html.numberCell(m.outDegree()))
						.append(Html.numberCell(m.inStrength())).append(Html.numberCell(m.outStrength())).append(Html.numberCell(m.betweenness()))
						.append(Html.numberCell(m.closeness())).append(Html.numberCell(m.eigenvector())).append(Html.numberCell(m.pagerank()))
						.append(Html.numberCell(m.community())).append("<td>").append(m.articulationPoint() ? "yes" : "").append("</td>")
						.append(Html.numberCell(m.suppliers())).append(Html.numberCell(m.hhi())).append("</tr>\n");
			}
			body.append("</tbody></table>\n");
		}

		private void findings(StringBuilder body) {
			List<Finding> findings = Findings.of(network);
			body.append("<h2 id=\"findings\">Findings</h2>\n");
			if (findings.isEmpty()) {
				body.append("<p>The metric checks and governance rules find nothing (accepted findings are left out).</p>\n");
				return;
			}
			body.append("<table class=\"sortable\"><thead><tr><th>Severity</th><th>About</th><th>Message</th><th>Code</th></tr></thead><tbody>\n");
			for (Finding f : findings) {
				String severity = f.severity().name().toLowerCase(Locale.ROOT);
				body.append("<tr><td class=\"").append(severity).append("\">").append(severity).append("</td><td>").append(actor(f.subject()))
						.append("</td><td>").append(Html.text(f.message())).append("</td><td>").append(Html.text(f.code())).append("</td></tr>\n");
			}
			body.append("</tbody></table>\n");
		}

		private void canvases(StringBuilder body) {
			body.append("<h2 id=\"canvases\">Partner canvases</h2>\n");
			if (canvases.isEmpty()) {
				body.append("<p>No partner canvas is declared.</p>\n");
				return;
			}
			for (PartnerCanvases.Entry c : canvases) {
				body.append("<div class=\"canvas\"><h3>").append(actor(c.partner())).append("</h3>\n");
				list(body, "Offers", c.offers());
				list(body, "Desires", c.desires());
				list(body, "Joint", c.joint());
				list(body, "Hypotheses", c.hypotheses().stream()
						.map(h -> h.name() + " (" + h.status().getLiteral() + "): " + (h.text() == null ? "" : h.text())).toList());
				list(body, "Gives (flows in the model)", c.gives().stream().map(Object::toString).toList());
				list(body, "Receives (flows in the model)", c.receives().stream().map(Object::toString).toList());
				body.append("</div>\n");
			}
		}

		private static void list(StringBuilder body, String title, List<String> items) {
			body.append("<b>").append(title).append("</b>");
			if (items.isEmpty()) {
				body.append(" <span class=\"muted\">none</span><br>\n");
				return;
			}
			body.append("<ul class=\"tight\">");
			items.forEach(i -> body.append("<li>").append(Html.text(i)).append("</li>"));
			body.append("</ul>\n");
		}

		private void scenarios(StringBuilder body) {
			body.append("<h2 id=\"scenarios\">Scenarios</h2>\n");
			List<AbstractNetwork> derived = all.stream()
					.filter(n -> n instanceof Scenario s && s.getBase() != null && network.getName().equals(s.getBase().getName())).toList();
			if (!derived.isEmpty()) {
				body.append("<p>Scenarios based on this ").append(network instanceof Scenario ? "scenario" : "network").append(": ");
				body.append(String.join(", ", derived.stream().map(this::link).toList())).append(".</p>\n");
			}
			if (!(network instanceof Scenario scenario) || scenario.getBase() == null || scenario.getBase().eIsProxy()) {
				if (derived.isEmpty()) {
					body.append("<p>No scenario is based on this network.</p>\n");
				}
				return;
			}
			body.append("<h3 id=\"comparison\">Compared with ").append(link(scenario.getBase())).append("</h3>\n")
					.append("<p class=\"muted\">As <code>valuenet compare ").append(Html.text(scenario.getBase().getName())).append(' ')
					.append(Html.text(scenario.getName())).append("</code>.</p>\n");
			ScenarioReport report = ScenarioReport.of(scenario.getBase(), scenario);
			for (ScenarioReport.Section section : report.sections()) {
				body.append("<b>").append(Html.text(section.title())).append("</b> (").append(section.lines().size()).append(")");
				if (section.lines().isEmpty()) {
					body.append("<br>\n");
				} else {
					body.append("<ul class=\"tight\">");
					section.lines().forEach(line -> body.append("<li>").append(Html.text(line)).append("</li>"));
					body.append("</ul>\n");
				}
			}
		}

		/** A link to another network's page (from this network's folder), or its name when it has none. */
		private String link(AbstractNetwork other) {
			String folder = folders.get(other.getName());
			return folder == null ? Html.text(other.getName())
					: "<a href=\"../" + folder + "/index.html\">" + Html.text(other.getName()) + "</a>";
		}

		/** An actor's name linked to its metrics row when it has one (qualified, or a unique simple name). */
		private String actor(String name) {
			String anchor = anchors.get(name);
			if (anchor == null && name != null) {
				String found = null;
				for (String qualified : anchors.keySet()) {
					if (qualified.endsWith("." + name)) {
						if (found != null) {
							found = null;
							break;
						}
						found = qualified;
					}
				}
				anchor = found == null ? null : anchors.get(found);
			}
			return anchor == null ? Html.text(name) : "<a href=\"#" + anchor + "\">" + Html.text(name) + "</a>";
		}

		/** One SVG picture inlined; a picture that cannot be drawn says why instead. */
		private static void picture(StringBuilder body, String what, java.util.function.Supplier<String> svg) {
			String markup;
			try {
				markup = Html.inlineSvg(svg.get());
			} catch (RuntimeException e) {
				body.append("<p class=\"error\">The ").append(what).append(" cannot be drawn: ").append(Html.text(e.getMessage())).append("</p>\n");
				return;
			}
			body.append("<div class=\"picture\">").append(markup).append("</div>\n");
		}

		private static Path file(AbstractNetwork network) {
			Resource resource = network.eResource();
			if (resource instanceof XtextResource && resource.getURI().isFile()) {
				return Path.of(resource.getURI().toFileString());
			}
			return null;
		}
	}
}
