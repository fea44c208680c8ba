package dev.valuenet.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;
import dev.valuenet.model.AbstractNetwork;

/**
 * Export then import keeps every actor and flow: each example, written in each readable format,
 * read back, and turned into a .vnet model that is loaded again, has the same actors (name, kind,
 * title) and flows (ends, kind, yearly amount and unit) as the original.
 */
class RoundTripTest {

	@TempDir
	Path folder;

	static Stream<Arguments> examplesAndFormats() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		for (Path example : Models.exampleFiles()) {
			for (TableFormat format : Formats.ALL) {
				if (format.reads()) {
					cases.add(Arguments.of(example, format.name()));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("examplesAndFormats")
	void exportThenImportKeepsEveryActorAndFlow(Path example, String formatName) throws IOException {
		TableFormat format = Formats.named(formatName);
		ModelSession workspace = Models.load(example);
		AbstractNetwork network = Models.network(workspace);
		NetworkTables original = NetworkTables.of(network);
		assertFalse(original.actors().isEmpty(), example.toString());

		Path target = folder.resolve("model" + format.extension());
		for (Map.Entry<String, byte[]> file : format.write(original).entrySet()) {
			Files.write(Formats.fileFor(target, file.getKey()), file.getValue());
		}
		NetworkTables read = format.read(target);
		assertSameTables(original, read, false, formatName + " read back");

		Path vnet = folder.resolve("imported.vnet");
		VnetText.Result imported = VnetText.of(read, vnet);
		Files.writeString(vnet, imported.text());
		ValuenetWorkspace again = ValuenetWorkspace.create().load(List.of(vnet));
		assertTrue(again.validate().stream().noneMatch(p -> p.severity() == dev.valuenet.dsl.load.Problem.Severity.ERROR),
				() -> again.validate() + "\n" + imported.text());
		NetworkTables reloaded = NetworkTables.of(again.document(vnet).getNetworks().get(0));
		assertSameTables(original, reloaded, true, formatName + " imported as .vnet");
	}

	/** Same actors and flows; after a trip through .vnet, generated flow names and exchange ties may differ. */
	static void assertSameTables(NetworkTables expected, NetworkTables actual, boolean throughVnet, String what) {
		assertEquals(expected.actors().size(), actual.actors().size(), what + ": actors");
		for (int i = 0; i < expected.actors().size(); i++) {
			ActorRow e = expected.actors().get(i);
			ActorRow a = actual.actors().get(i);
			assertEquals(e.id(), a.id(), what);
			assertEquals(e.kind(), a.kind(), what + ": kind of " + e.id());
			assertEquals(e.type(), a.type(), what + ": type of " + e.id());
			assertEquals(e.title(), a.title(), what + ": title of " + e.id());
			assertClose(e.size(), a.size(), what + ": size of " + e.id());
		}
		assertEquals(expected.flows().size(), actual.flows().size(), what + ": flows");
		for (int i = 0; i < expected.flows().size(); i++) {
			FlowRow e = expected.flows().get(i);
			FlowRow a = actual.flows().get(i);
			String flow = what + ": flow " + e.id();
			if (!throughVnet || e.exchange() == null) {
				assertEquals(e.id(), a.id(), flow);
			}
			assertEquals(e.from(), a.from(), flow);
			assertEquals(e.to(), a.to(), flow);
			assertEquals(e.kind(), a.kind(), flow);
			assertEquals(e.tangible(), a.tangible(), flow);
			assertEquals(e.layer(), a.layer(), flow + " layer");
			assertEquals(e.yearlyUnit(), a.yearlyUnit(), flow + " yearly unit");
			assertClose(e.amountPerYear(), a.amountPerYear(), flow + " amount per year");
			assertClose(e.valuePerYear(), a.valuePerYear(), flow + " value per year");
			if (!throughVnet) {
				assertEquals(e.valueObject(), a.valueObject(), flow);
				assertEquals(e.unit(), a.unit(), flow);
				assertEquals(e.per(), a.per(), flow);
				assertEquals(e.frequency(), a.frequency(), flow);
				assertEquals(e.exchange(), a.exchange(), flow);
			}
		}
	}

	/** Equal up to 1e-9 relative, or both unknown (NaN). */
	static void assertClose(double expected, double actual, String what) {
		if (Double.isNaN(expected)) {
			assertTrue(Double.isNaN(actual), what + ": expected unknown, was " + actual);
		} else {
			assertEquals(expected, actual, Math.abs(expected) * 1e-9, what);
		}
	}

	@Test
	void aMultiFileNetworkIsExportedWhole() throws IOException {
		Path actors = Models.examples().resolve("multi-file/actors.vnet");
		ModelSession workspace = Models.load(actors);
		NetworkTables tables = NetworkTables.of(Models.network(workspace));
		// the flows are declared in flows.vnet, not in the file exported
		String flowsText = Files.readString(Models.examples().resolve("multi-file/flows.vnet"));
		long declared = flowsText.lines().filter(l -> l.trim().startsWith("flow ")).count();
		assertTrue(declared > 0);
		assertTrue(tables.flows().size() >= declared, tables.flows().size() + " < " + declared);
		String json = ModelJson.text(ModelJson.of(ModelJson.declared(Models.document(workspace))));
		String firstFlow = flowsText.lines().filter(l -> l.trim().startsWith("flow ")).findFirst().orElseThrow().trim().split("[ :]+")[1];
		assertTrue(json.contains("\"retail.grocery." + firstFlow + "\""), firstFlow);
	}

	@Test
	void metricsAreColumnsWhenAsked() throws IOException {
		ModelSession workspace = Models.load(Models.examples().resolve("auto/car-network.vnet"));
		NetworkTables tables = NetworkTables.of(Models.network(workspace), true, null);
		assertEquals(NetworkTables.METRICS, tables.metrics());
		String csv = new String(Formats.named("csv").write(tables).get(CsvFormat.ACTORS), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",betweenness,closeness,eigenvector,pagerank,community"), csv);
		ActorRow oem = tables.actor("OEM");
		assertNotNull(oem);
		// the OEM is the hub: it has the largest betweenness of the network
		double max = tables.actors().stream().mapToDouble(a -> a.metrics().get("betweenness")).max().orElseThrow();
		assertEquals(max, oem.metrics().get("betweenness"), 1e-12);
	}

	@Test
	void importMakesNamesValid() throws IOException {
		NetworkTables tables = new NetworkTables("my net", null, "EUR",
				List.of(new ActorRow("Acme Corp", "actor", "supplier", "=cmd|' /C calc'!A0", Double.NaN, Map.of()),
						new ActorRow("data", "actor", "Wholesaler", null, Double.NaN, Map.of()),
						new ActorRow("1st Buyers", "segment", "segment", null, 1200, Map.of())),
				List.of(new FlowRow("f 1", "Acme Corp", "data", "goods", null, true, 5, "t", "month", null, 60, "t", Double.NaN, null, null),
						new FlowRow("pay", "data", "Acme Corp", "money", null, true, 100, "EUR", null, "weekly", 5200, "EUR", 5200, null, null),
						new FlowRow("self", "data", "data", "data", null, false, Double.NaN, null, null, null, Double.NaN, null, Double.NaN, null, null)),
				List.of());
		Path vnet = folder.resolve("names.vnet");
		VnetText.Result result = VnetText.of(tables, vnet);
		assertTrue(result.text().contains("actor Acme_Corp : supplier"), result.text());
		assertTrue(result.text().contains("actor ^data : Wholesaler"), result.text());
		assertTrue(result.text().contains("segment _1st_Buyers size 1200"), result.text());
		assertTrue(result.text().contains("flow f_1 : goods Acme_Corp -> ^data { 5 t/month }"), result.text());
		assertTrue(result.text().contains("100 EUR weekly"), result.text());
		assertFalse(result.text().contains("self"), result.text());
		assertTrue(result.notes().stream().anyMatch(n -> n.contains("flow self goes from data to itself")), result.notes().toString());
	}
}
