package dev.valuenet.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.valuenet.diagram.Layout.Point;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;

/**
 * The map, Sankey and heatmap of every example, checked against counts taken from the example text
 * with regular expressions (independently of the parser and the analysis).
 */
class DiagramTest {

	private static final Pattern PARTICIPANT = Pattern.compile("^\\s*(actor|segment)\\s+(\\w+)", Pattern.MULTILINE);
	private static final Pattern FLOW = Pattern.compile("^\\s*flow\\s+\\w+\\s*:\\s*(\\w+)\\s+(\\w+)\\s*->\\s*(\\w+)", Pattern.MULTILINE);
	private static final Pattern EXCHANGE_FLOW = Pattern.compile("^\\s*(\\w+)\\s*->\\s*(\\w+)\\s*:\\s*(\\w+)", Pattern.MULTILINE);
	private static final Pattern TIE = Pattern.compile("^\\s*tie\\s+\\w+\\s*:\\s*\\w+\\s+(\\w+)\\s*--\\s*(\\w+)", Pattern.MULTILINE);
	private static final Pattern VALUE = Pattern.compile("^\\s*value\\s+(\\w+)\\s*:\\s*(\\w+)", Pattern.MULTILINE);
	private static final Set<String> INTANGIBLE = Set.of("knowledge", "reputation", "trust", "influence");

	static Path examples() {
		return Path.of(System.getProperty("valuenet.examples", "../../examples"));
	}

	/** Every network file of the examples (scenarios and the generated large model aside), one per folder. */
	static List<Path> networkExamples() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> folders = Files.list(examples())) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				if (folder.getFileName().toString().equals("large")) {
					continue;
				}
				try (Stream<Path> vnets = Files.list(folder)) {
					vnets.filter(p -> p.toString().endsWith(".vnet")).sorted().filter(p -> read(p).contains("network ")).findFirst()
							.ifPresent(files::add);
				}
			}
		}
		return files;
	}

	/** The first network of {@code file}, loaded with the other .vnet files of its folder. */
	static AbstractNetwork open(Path file) throws IOException {
		List<Path> files = new ArrayList<>(List.of(file));
		try (Stream<Path> siblings = Files.list(file.getParent())) {
			siblings.filter(p -> p.toString().endsWith(".vnet") && !p.equals(file)).sorted().forEach(files::add);
		}
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(files);
		workspace.validate();
		return workspace.document(file).getNetworks().get(0);
	}

	static AbstractNetwork open(Path file, String name) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> siblings = Files.list(file.getParent())) {
			siblings.filter(p -> p.toString().endsWith(".vnet")).sorted().forEach(files::add);
		}
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(files);
		workspace.validate();
		for (var resource : workspace.resources().values()) {
			for (AbstractNetwork n : ((dev.valuenet.model.Document) resource.getContents().get(0)).getNetworks()) {
				if (n.getName().equals(name)) {
					return n;
				}
			}
		}
		throw new AssertionError(name);
	}

	private static String read(Path p) {
		try {
			return Files.readString(p);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static final Pattern BLOCK = Pattern.compile("^(network|scenario)\\s+([\\w.]+)[^\\n]*\\{\\s*$(.*?)^\\}", Pattern.MULTILINE | Pattern.DOTALL);

	/**
	 * The declarations of {@code file}'s first network, without comments (a comment may mention
	 * "A -> B"): its block in every .vnet file of the folder (a network may span files).
	 */
	private static String folderText(Path file) throws IOException {
		String name = null;
		Map<Path, String> texts = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(file.getParent())) {
			for (Path p : files.filter(f -> f.toString().endsWith(".vnet")).sorted().toList()) {
				texts.put(p, read(p).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", ""));
			}
		}
		Matcher first = BLOCK.matcher(texts.get(file));
		while (first.find()) {
			if (first.group(1).equals("network")) {
				name = first.group(2);
				break;
			}
		}
		StringBuilder text = new StringBuilder();
		for (String t : texts.values()) {
			Matcher m = BLOCK.matcher(t);
			while (m.find()) {
				if (m.group(1).equals("network") && m.group(2).equals(name)) {
					text.append(m.group(3)).append('\n');
				}
			}
		}
		return text.toString();
	}

	/** Counts from the text: participants, flows (stand-alone and in exchanges), ties, intangible flows. */
	record Expected(int participants, int flows, int ties, int intangible) {
	}

	private static Expected expected(Path file) throws IOException {
		String text = folderText(file);
		Map<String, String> values = new HashMap<>();
		Matcher m = VALUE.matcher(text);
		while (m.find()) {
			values.put(m.group(1), m.group(2));
		}
		int participants = count(PARTICIPANT.matcher(text));
		int flows = 0;
		int intangible = 0;
		m = FLOW.matcher(text);
		while (m.find()) {
			flows++;
			intangible += INTANGIBLE.contains(values.getOrDefault(m.group(1), m.group(1))) ? 1 : 0;
		}
		m = EXCHANGE_FLOW.matcher(text);
		while (m.find()) {
			flows++;
			intangible += INTANGIBLE.contains(values.getOrDefault(m.group(3), m.group(3))) ? 1 : 0;
		}
		return new Expected(participants, flows, count(TIE.matcher(text)), intangible);
	}

	private static int count(Matcher m) {
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	@Test
	void everyExampleMapHasOneBoxPerParticipantAndOneLinePerFlowAndTie() throws IOException {
		List<Path> files = networkExamples();
		assertTrue(files.size() >= 7, files.toString());
		for (Path file : files) {
			Expected expected = expected(file);
			DiagramGraph graph = DiagramBuilder.map(open(file), DiagramOptions.DEFAULT);
			String where = file.getFileName().toString();
			assertFalse(graph.summarized(), where);
			assertEquals(expected.participants(), graph.nodes().size(), where + " boxes");
			assertEquals(expected.flows(), graph.edges().stream().filter(e -> !e.tie()).count(), where + " flow lines");
			assertEquals(expected.ties(), graph.edges().stream().filter(DiagramEdge::tie).count(), where + " ties");
			assertEquals(expected.intangible(), graph.edges().stream().filter(DiagramEdge::intangible).count(), where + " dashed lines");
			for (DiagramEdge edge : graph.edges()) {
				assertNotNull(graph.node(edge.source()), where + " " + edge);
				assertNotNull(graph.node(edge.target()), where + " " + edge);
				assertTrue(edge.strokeWidth() >= 1 && edge.strokeWidth() <= 6, where + " " + edge);
				if (INTANGIBLE.contains(edge.kind())) {
					assertTrue(edge.intangible(), where + " " + edge);
				}
			}
			DiagramGraph tangible = DiagramBuilder.map(open(file), DiagramOptions.DEFAULT.withHideIntangible(true));
			assertEquals(expected.flows() - expected.intangible(), tangible.edges().stream().filter(e -> !e.tie()).count(), where);
		}
	}

	@Test
	void boxesAreStyledByKindAndSegmentsAreDistinct() throws IOException {
		DiagramGraph graph = DiagramBuilder.map(open(examples().resolve("auto/car-network.vnet")), DiagramOptions.DEFAULT);
		assertEquals("firm", graph.node("auto.oem.OEM").kind());
		assertEquals("supplier", graph.node("auto.oem.Pistons").kind());
		assertEquals("firm", graph.node("auto.oem.Allianz").kind()); // role Insurer : firm
		assertEquals("Insurer", graph.node("auto.oem.Allianz").detail());
		assertEquals(DiagramNode.Type.SEGMENT, graph.node("auto.oem.PrivateBuyers").type());
		assertEquals("segment", graph.node("auto.oem.PrivateBuyers").kind());
		DiagramEdge knowHow = graph.edges().stream().filter(e -> e.label().equals("brakeKnowHow")).findFirst().orElseThrow();
		assertTrue(knowHow.intangible());
		DiagramEdge pay = graph.edges().stream().filter(e -> e.label().equals("seatPay")).findFirst().orElseThrow();
		DiagramEdge small = graph.edges().stream().filter(e -> e.label().equals("steelPayBrakes")).findFirst().orElseThrow();
		assertFalse(pay.intangible());
		assertEquals("money", pay.kind());
		assertTrue(pay.strokeWidth() > small.strokeWidth(), "50M EUR is drawn wider than 1.7M EUR");
		DiagramEdge tie = graph.edges().stream().filter(e -> e.label().equals("captive")).findFirst().orElseThrow();
		assertTrue(tie.tie());
		assertEquals("ownership", tie.kind());
	}

	@Test
	void scenarioMapShowsTheResolvedScenario() throws IOException {
		AbstractNetwork ev = open(examples().resolve("auto/ev-scenario.vnet"), "auto.ev");
		DiagramGraph graph = DiagramBuilder.map(ev, DiagramOptions.DEFAULT);
		assertNull(graph.node("auto.oem.Pistons"));
		assertNotNull(graph.node("auto.ev.BatteryCo"));
		assertNotNull(graph.node("auto.ev.EvBuyers"));
		Set<String> ties = new HashSet<>();
		graph.edges().stream().filter(DiagramEdge::tie).forEach(e -> ties.add(e.label()));
		assertFalse(ties.contains("steelSupply"));
		assertFalse(ties.contains("pistonSupply")); // went with Pistons
		assertTrue(ties.contains("cellSupply"));
		assertTrue(graph.edges().stream().noneMatch(e -> e.source().endsWith(".Pistons") || e.target().endsWith(".Pistons")));
	}

	@Test
	void focusKeepsTheNeighbourhood() throws IOException {
		Path file = examples().resolve("auto/car-network.vnet");
		String text = folderText(file);
		Set<String> expected = new HashSet<>(Set.of("Pistons"));
		for (Pattern p : List.of(FLOW, TIE)) {
			Matcher m = p.matcher(text);
			while (m.find()) {
				String a = m.group(p == FLOW ? 2 : 1);
				String b = m.group(p == FLOW ? 3 : 2);
				if (a.equals("Pistons")) {
					expected.add(b);
				} else if (b.equals("Pistons")) {
					expected.add(a);
				}
			}
		}
		DiagramGraph graph = DiagramBuilder.map(open(file), DiagramOptions.DEFAULT.withFocus("Pistons", 1));
		Set<String> shown = new HashSet<>();
		graph.nodes().forEach(n -> shown.add(n.label()));
		assertEquals(expected, shown);
	}

	@Test
	void overlaysComeFromTheAnalysis() throws IOException {
		AbstractNetwork network = open(examples().resolve("auto/car-network.vnet"));
		DiagramGraph graph = DiagramBuilder.map(network, DiagramOptions.DEFAULT.withSizeBy("betweenness").withColourBy("community"));
		var analysis = dev.valuenet.analysis.NetworkAnalysis.of(network);
		for (DiagramNode node : graph.nodes()) {
			var metrics = analysis.actor("all", node.id());
			assertEquals(metrics.betweenness(), node.score(), 1e-12, node.id());
			assertEquals(metrics.community(), node.community(), node.id());
			assertEquals(metrics.articulationPoint(), node.articulation(), node.id());
		}
		DiagramNode oem = graph.node("auto.oem.OEM");
		DiagramNode foam = graph.node("auto.oem.FoamCo");
		assertTrue(oem.width() > foam.width() * 1.2, "the hub is drawn larger");
		assertTrue(graph.nodes().stream().anyMatch(DiagramNode::articulation));
		Set<String> spof = new HashSet<>();
		var supply = analysis.supplyGraph();
		dev.valuenet.analysis.whatif.WhatIfAnalysis.cutOffSegments(supply).keySet().forEach(v -> spof.add(supply.node(v).name()));
		Set<String> marked = new HashSet<>();
		graph.nodes().stream().filter(DiagramNode::isSinglePointOfFailure).forEach(n -> marked.add(n.id()));
		assertEquals(spof, marked);
	}

	@Test
	@Tag("slow")
	void largeExampleIsSummarizedQuickly() throws IOException {
		AbstractNetwork large = open(examples().resolve("large/large-network.vnet"));
		long start = System.nanoTime();
		DiagramGraph graph = DiagramBuilder.map(large, DiagramOptions.DEFAULT);
		Layout layout = DiagramLayout.layout(graph, Map.of());
		String svg = SvgRenderer.map(graph, layout);
		double seconds = (System.nanoTime() - start) / 1e9;
		assertTrue(graph.summarized());
		assertTrue(graph.actors() > 5000);
		long communities = graph.nodes().stream().filter(n -> n.type() == DiagramNode.Type.COMMUNITY).count();
		long segments = graph.nodes().stream().filter(n -> n.type() == DiagramNode.Type.SEGMENT).count();
		assertEquals(8, segments);
		assertTrue(communities >= 10 && communities <= 200, "communities: " + communities);
		assertEquals(graph.actors() - segments, graph.nodes().stream().filter(n -> n.type() == DiagramNode.Type.COMMUNITY)
				.mapToInt(DiagramNode::members).sum());
		assertEquals(graph.nodes().size(), countNodes(parse(svg), "node"));
		assertTrue(seconds < 60, "summarized map of the large example took " + seconds + " s");
		System.out.printf("large example: %d boxes, %d lines, summarized map in %.2f s%n", graph.nodes().size(), graph.edges().size(), seconds);
		Heatmap heatmap = HeatmapBuilder.heatmap(large, DiagramOptions.DEFAULT);
		assertTrue(heatmap.summarized());
		assertEquals(heatmap.size(), countNodes(parse(SvgRenderer.heatmap(heatmap)), "row"));
	}

	@Test
	void layoutIsDeterministic() throws IOException {
		Path file = examples().resolve("auto/car-network.vnet");
		Layout first = DiagramLayout.layout(DiagramBuilder.map(open(file), DiagramOptions.DEFAULT), Map.of());
		Layout second = DiagramLayout.layout(DiagramBuilder.map(open(file), DiagramOptions.DEFAULT), Map.of());
		assertEquals(first, second);
		assertEquals(SvgRenderer.map(DiagramBuilder.map(open(file), DiagramOptions.DEFAULT), first),
				SvgRenderer.map(DiagramBuilder.map(open(file), DiagramOptions.DEFAULT), second));
		// boxes do not overlap
		List<Layout.Box> boxes = new ArrayList<>(first.nodes().values());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Layout.Box a = boxes.get(i);
				Layout.Box b = boxes.get(j);
				assertTrue(a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y(),
						a + " overlaps " + b);
			}
		}
	}

	@Test
	void pinnedPositionsAreKept() throws IOException {
		Path file = examples().resolve("auto/car-network.vnet");
		DiagramGraph graph = DiagramBuilder.map(open(file), DiagramOptions.DEFAULT);
		Map<String, Point> pinned = Map.of("auto.oem.OEM", new Point(2000, 1500), "auto.oem.Regulator", new Point(-120.5, 30));
		Layout layout = DiagramLayout.layout(graph, pinned);
		assertEquals(2000, layout.nodes().get("auto.oem.OEM").x());
		assertEquals(1500, layout.nodes().get("auto.oem.OEM").y());
		assertEquals(-120.5, layout.nodes().get("auto.oem.Regulator").x());
		assertEquals(30, layout.nodes().get("auto.oem.Regulator").y());
		// lines touching a pinned box end on its border
		for (DiagramEdge edge : graph.edges()) {
			if (edge.target().equals("auto.oem.OEM")) {
				List<Point> route = layout.edges().get(edge.id());
				Point end = route.get(route.size() - 1);
				Layout.Box oem = layout.nodes().get("auto.oem.OEM");
				assertTrue(end.x() >= oem.x() - 0.1 && end.x() <= oem.x() + oem.width() + 0.1 && end.y() >= oem.y() - 0.1
						&& end.y() <= oem.y() + oem.height() + 0.1, edge + " ends at " + end);
			}
		}
		assertTrue(layout.bounds().x() <= -120.5 && layout.bounds().x() + layout.bounds().width() >= 2000);
		// the SVG still parses and shows every box
		assertEquals(graph.nodes().size(), countNodes(parse(SvgRenderer.map(graph, layout)), "node"));
	}

	@Test
	void sidecarRoundTripIsSortedOneLinePerNode(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("net.vnet");
		Path sidecar = LayoutSidecar.of(model);
		assertEquals("net.vnet.layout", sidecar.getFileName().toString());
		assertTrue(LayoutSidecar.read(sidecar).isEmpty());
		Map<String, Point> positions = new LinkedHashMap<>();
		positions.put("n.Zeta", new Point(10, 20.25));
		positions.put("n.Alpha", new Point(-3, 4.5));
		positions.put("n.Mid", new Point(1234.56, 0));
		LayoutSidecar.write(sidecar, positions);
		assertEquals(List.of("n.Alpha -3 4.5", "n.Mid 1234.6 0", "n.Zeta 10 20.3"), Files.readAllLines(sidecar));
		Map<String, Point> read = LayoutSidecar.read(sidecar);
		assertEquals(List.of("n.Alpha", "n.Mid", "n.Zeta"), List.copyOf(read.keySet()));
		assertEquals(new Point(1234.6, 0), read.get("n.Mid"));
		LayoutSidecar.write(sidecar, read);
		assertEquals(List.of("n.Alpha -3 4.5", "n.Mid 1234.6 0", "n.Zeta 10 20.3"), Files.readAllLines(sidecar));

		// a whole layout pinned and read back gives the same picture
		Path file = examples().resolve("visa/visa-network.vnet");
		DiagramGraph graph = DiagramBuilder.map(open(file), DiagramOptions.DEFAULT);
		Layout layout = DiagramLayout.layout(graph, Map.of());
		LayoutSidecar.write(sidecar, DiagramLayout.positions(layout));
		assertEquals(graph.nodes().size(), Files.readAllLines(sidecar).size());
		Layout again = DiagramLayout.layout(graph, LayoutSidecar.read(sidecar));
		assertEquals(layout.nodes(), again.nodes());
	}

	@Test
	void everyExampleRendersThreeParseableSvgs() throws Exception {
		for (Path file : networkExamples()) {
			AbstractNetwork network = open(file);
			String where = file.getFileName().toString();
			DiagramGraph graph = DiagramBuilder.map(network, DiagramOptions.DEFAULT);
			Document map = parse(SvgRenderer.map(graph, DiagramLayout.layout(graph, Map.of())));
			assertEquals(graph.nodes().size(), countNodes(map, "node"), where);
			assertEquals(graph.edges().size(), map.getElementsByTagName("path").getLength() - countMarkers(map), where);

			Sankey sankey = SankeyBuilder.sankey(network, null, DiagramOptions.DEFAULT);
			assertFalse(sankey.nodes().isEmpty(), where);
			Document sankeySvg = parse(SvgRenderer.sankey(sankey));
			assertEquals(sankey.nodes().size(), countNodes(sankeySvg, "node"), where);
			for (Sankey.Link link : sankey.links()) {
				assertTrue(link.value() > 0 && link.thickness() >= 1, where + " " + link);
			}
			Map<String, Integer> column = new HashMap<>();
			sankey.nodes().forEach(n -> column.put(n.id(), n.column()));
			for (Sankey.Link link : sankey.links()) {
				assertTrue(column.get(link.source()) < column.get(link.target()), where + ": links go left to right " + link);
			}

			Heatmap heatmap = HeatmapBuilder.heatmap(network, DiagramOptions.DEFAULT);
			Document heatmapSvg = parse(SvgRenderer.heatmap(heatmap));
			assertEquals(heatmap.size(), countNodes(heatmapSvg, "row"), where);
			for (int i = 1; i < heatmap.size(); i++) {
				assertTrue(heatmap.community()[i - 1] <= heatmap.community()[i], where + ": rows ordered by community");
			}
		}
	}

	@Test
	void sankeyOfTheMoneyLayerSumsYearlyAmounts() throws IOException {
		AbstractNetwork network = open(examples().resolve("auto/car-network.vnet"));
		Sankey sankey = SankeyBuilder.sankey(network, "financial", DiagramOptions.DEFAULT);
		assertEquals("EUR per year", sankey.unit());
		Sankey.Link seats = sankey.links().stream().filter(l -> l.source().equals("auto.oem.OEM") && l.target().equals("auto.oem.Seats"))
				.findFirst().orElseThrow();
		assertEquals(50e6, seats.value(), 1);
		Sankey goods = SankeyBuilder.sankey(network, null, DiagramOptions.DEFAULT);
		assertEquals("logistical", goods.layer());
		int last = goods.nodes().stream().mapToInt(Sankey.Node::column).max().orElseThrow();
		assertTrue(goods.nodes().stream().filter(n -> n.kind().equals("segment")).allMatch(n -> n.column() == last),
				"segments end in the last column");
	}

	@Test
	void textIsEscaped() throws Exception {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		workspace.loadText("esc.vnet", """
				network esc "Fish & <Chips> \\"quoted\\" 'n' more" {
				  layer all2 { money, goods }
				  actor A : firm "A & B"
				  segment S "<segment>"
				  flow f : goods A -> S { 10 units/year }
				  flow g : money S -> A { 20 EUR/year }
				}
				""");
		workspace.validate();
		AbstractNetwork network = ((dev.valuenet.model.Document) workspace.resources().values().iterator().next().getContents().get(0))
				.getNetworks().get(0);
		DiagramGraph graph = DiagramBuilder.map(network, DiagramOptions.DEFAULT);
		Document svg = parse(SvgRenderer.map(graph, DiagramLayout.layout(graph, Map.of())));
		assertTrue(svg.getElementsByTagName("title").item(0).getTextContent().contains("Fish & <Chips>"));
		parse(SvgRenderer.sankey(SankeyBuilder.sankey(network, null, DiagramOptions.DEFAULT)));
		parse(SvgRenderer.heatmap(HeatmapBuilder.heatmap(network, DiagramOptions.DEFAULT)));
	}

	static Document parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
		}
	}

	/** {@code <g>} elements whose class list contains {@code name}. */
	static int countNodes(Document svg, String name) {
		NodeList groups = svg.getElementsByTagName("g");
		int n = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			String classes = ((Element) groups.item(i)).getAttribute("class");
			if (List.of(classes.split(" ")).contains(name)) {
				n++;
			}
		}
		return n;
	}

	private static int countMarkers(Document svg) {
		return svg.getElementsByTagName("marker").getLength();
	}
}
