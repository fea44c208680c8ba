package dev.valuenet.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/** Kumu's two sheets as CSV: the headers Kumu expects, sheets written by Kumu users read back, bad rows named by line. */
class KumuCsvFormatTest {

	@TempDir
	Path folder;

	private static NetworkTables sample() {
		return new NetworkTables("shop", "The shop", "EUR",
				List.of(new ActorRow("Maker", "actor", "firm", "=HYPERLINK(\"x\")", Double.NaN, Map.of()),
						new ActorRow("Buyers", "segment", "segment", null, 40000, Map.of())),
				List.of(new FlowRow("goodsOut", "Maker", "Buyers", "goods", null, true, 10000, "units", "year", null, 10000, "units", Double.NaN, null,
						null),
						new FlowRow("pay", "Buyers", "Maker", "money", null, true, 2, "EUR", "month", null, 24, "EUR", 24, "financial", null)),
				List.of());
	}

	@Test
	void writesKumusSheetHeadersAndFilesBesideTheTarget() throws IOException {
		Map<String, byte[]> files = Formats.named("kumu-csv").write(sample());
		assertEquals(List.of(KumuCsvFormat.ELEMENTS, KumuCsvFormat.CONNECTIONS), List.copyOf(files.keySet()));
		String elements = new String(files.get(KumuCsvFormat.ELEMENTS), StandardCharsets.UTF_8);
		String connections = new String(files.get(KumuCsvFormat.CONNECTIONS), StandardCharsets.UTF_8);
		assertEquals("Label,Type,Description,Size", elements.lines().findFirst().orElseThrow());
		assertTrue(connections.lines().findFirst().orElseThrow().startsWith("From,To,Type,Direction,Label,Value Object,Tangible,Amount,"),
				connections);
		assertTrue(connections.contains("Buyers,Maker,money,directed,pay,,true,2,EUR,month,,24,EUR,24,financial,"), connections);
		// a title a spreadsheet would run as a formula is written as text
		assertTrue(elements.contains("Maker,firm,\"'=HYPERLINK(\"\"x\"\")\""), elements);
		Path target = folder.resolve("shop.kumu.csv");
		assertEquals(folder.resolve("shop.elements.csv"), Formats.fileFor(target, KumuCsvFormat.ELEMENTS));
		assertEquals(folder.resolve("shop.connections.csv"), Formats.fileFor(target, KumuCsvFormat.CONNECTIONS));
		assertEquals("kumu-csv", Formats.of(folder.resolve("shop.connections.csv")).name());
		assertEquals("kumu-csv", Formats.of(folder.resolve("shop.elements.csv")).name());
		assertEquals("kumu-csv", Formats.of(target).name());
		assertEquals("csv", Formats.of(folder.resolve("shop.flows.csv")).name());
	}

	@Test
	void readsBackWhatItWrote() throws IOException {
		TableFormat format = Formats.named("kumu-csv");
		Path target = folder.resolve("shop.kumu.csv");
		for (var file : format.write(sample()).entrySet()) {
			Files.write(Formats.fileFor(target, file.getKey()), file.getValue());
		}
		NetworkTables read = format.read(folder.resolve("shop.elements.csv"));
		RoundTripTest.assertSameTables(sample(), read, false, "kumu-csv");
		assertEquals("shop", read.name());
	}

	@Test
	void readsASheetMadeInKumu() throws IOException {
		// Kumu's own spelling: any case, spaces; connections without names; no elements sheet
		Files.writeString(folder.resolve("map.connections.csv"), """
				FROM,to,type,direction,amount per year,YEARLY UNIT,Tags
				Acme Corp,Shop,goods,directed,1200,t,supply
				Shop,Acme Corp,money,,5000,EUR,
				""");
		NetworkTables read = Formats.of(folder.resolve("map.connections.csv")).read(folder.resolve("map.connections.csv"));
		assertEquals(2, read.flows().size());
		FlowRow goods = read.flows().get(0);
		assertEquals("flow1", goods.id());
		assertEquals("Acme Corp", goods.from());
		assertEquals(1200, goods.amountPerYear());
		assertEquals("t", goods.yearlyUnit());
		assertEquals("flow2", read.flows().get(1).id());
		VnetText.Result vnet = VnetText.of(read, folder.resolve("map.vnet"));
		assertTrue(vnet.text().contains("actor Acme_Corp"), vnet.text());
		assertTrue(vnet.text().contains("currency EUR"), vnet.text());
	}

	@Test
	void badRowsAreNamedByFileAndLine() throws IOException {
		Path connections = folder.resolve("bad.connections.csv");
		Files.writeString(connections, "From,To,Type,Direction\nA,B,goods,directed\nA,B,goods,mutual\n");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("kumu-csv").read(connections));
		assertTrue(e.getMessage().contains("bad.connections.csv:3") && e.getMessage().contains("mutual"), e.getMessage());
		Files.writeString(connections, "From,To,Type,Amount\nA,B,goods,lots\n");
		e = assertThrows(BadInputException.class, () -> Formats.named("kumu-csv").read(connections));
		assertTrue(e.getMessage().contains("bad.connections.csv:2") && e.getMessage().contains("amount 'lots'"), e.getMessage());
		BadInputException missing = assertThrows(BadInputException.class, () -> Formats.named("kumu-csv").read(folder.resolve("none.kumu.csv")));
		assertTrue(missing.getMessage().contains("none.connections.csv"), missing.getMessage());
	}
}
