package dev.valuenet.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.interop.NetworkTables.FlowRow;
import dev.valuenet.interop.records.RecordAggregate;
import dev.valuenet.interop.records.RecordAggregator;
import dev.valuenet.interop.records.RecordRules;

/** Interaction records to flows, with amounts computed by hand in the comments. */
class RecordImportTest {

	@TempDir
	Path folder;

	private static RecordImport.Options options(LocalDate[] period) {
		return new RecordImport.Options(Map.of("from", "payer"), Map.of("Beta Handels GmbH", "Beta"), "EUR", Map.of("USD", 0.5), period, "shop",
				true, null);
	}

	private static final String RECORDS = """
			date,payer,to,kind,amount,unit
			2024-01-15,Acme Corp,Beta,money,100,EUR
			2024-01-15,Acme Corp,Beta,money,100,EUR
			2024-02-15,ACME corp.,Beta Handels GmbH,money,200,USD
			2024-03-15,Acmé Corp,Beta,money,50,EUR
			2024-03-20,Beta,Acme Corp,goods,500,kg
			2024-04-01,Beta,Acme,goods,2,t
			2024-04-02,Beta,Beta,data,1,units
			2024-04-03,Beta,Acme,money,10,XYZ
			2024-04-04,Beta,Acme,goods,3,furlongs!
			2024-12-31,Acme,Beta,money,50,EUR
			""";

	@Test
	void recordsBecomeYearlyFlows() throws IOException {
		Path file = folder.resolve("records.csv");
		Files.writeString(file, RECORDS);
		RecordImport.Result result = RecordImport.read(file, options(null));
		assertEquals(10, result.records());
		assertEquals(1, result.duplicates());
		assertEquals(3, result.skipped()); // self-flow, unknown currency, unknown unit
		assertEquals(LocalDate.of(2024, 1, 15), result.first());
		assertEquals(LocalDate.of(2024, 12, 31), result.last());
		// all spellings of Acme are one actor, Beta Handels GmbH is Beta by alias
		assertEquals(List.of("Acme Corp", "Beta"), result.tables().actors().stream().map(a -> a.id()).toList());
		FlowRow money = result.tables().flows().get(0);
		assertEquals("money", money.kind());
		assertEquals("EUR", money.yearlyUnit());
		// 100 + 200 USD * 0.5 + 50 + 50 = 300 EUR over 2024-01-15..2024-12-31 = 352 days = 352/365 years
		double years = 352 / 365.0;
		assertEquals(300 / years, money.amountPerYear(), 1e-9);
		assertEquals(300 / years, money.valuePerYear(), 1e-9);
		// 4 records in 0.964 years: quarterly
		assertEquals("quarterly", money.frequency());
		FlowRow goods = result.tables().flows().get(1);
		// 500 kg + 2 t = 2.5 t
		assertEquals("t", goods.yearlyUnit());
		assertEquals(2.5 / years, goods.amountPerYear(), 1e-9);
		String report = result.notes().toString();
		assertTrue(report.contains("record=2, message=dropped: exact duplicate"), report);
		assertTrue(report.contains("record=7, message=skipped: self-flow"), report);
		assertTrue(report.contains("record=8, message=skipped: unknown currency XYZ"), report);
		assertTrue(report.contains("record=9, message=skipped: unknown unit 'furlongs!'"), report);
		assertTrue(report.contains("record=3, message=merged: 'ACME corp.' is Acme Corp (near-duplicate name)"), report);
		assertTrue(report.contains("record=3, message=merged: 'Beta Handels GmbH' is Beta (alias)"), report);

		Path model = folder.resolve("shop.vnet");
		VnetText.Result vnet = VnetText.of(result.tables(), model);
		assertTrue(vnet.text().contains("actor Acme_Corp : firm"), vnet.text());
		assertTrue(vnet.text().contains(" EUR quarterly"), vnet.text());
	}

	@Test
	void anAggregateWrittenAndReadBackGivesTheSameModelAndReport() throws IOException {
		Path file = folder.resolve("records.csv");
		Files.writeString(file, RECORDS);
		RecordImport.Options options = options(null);
		RecordAggregator aggregator = new RecordAggregator(new RecordRules("EUR", options.rates(), null), options.aliases(), true);
		String[][] rows = RECORDS.lines().skip(1).map(line -> line.split(",", -1)).toArray(String[][]::new);
		for (int i = 0; i < rows.length; i++) {
			String[] row = rows[i];
			aggregator.add(i + 1, new String[] { row[0], row[1], row[2], row[3], row[4], row[5] });
		}
		Path aggregateFile = folder.resolve("records.aggregate.jsonl");
		try (var out = Files.newBufferedWriter(aggregateFile)) {
			aggregator.finish(file.toString(), "shop").write(out);
		}
		assertTrue(RecordAggregate.isAggregate(aggregateFile));
		RecordImport.Result direct = RecordImport.read(file, options);
		RecordImport.Result viaFile = RecordImport.of(RecordAggregate.read(aggregateFile));
		Path model = folder.resolve("shop.vnet");
		assertEquals(RecordImport.model(direct, model), RecordImport.model(viaFile, model));
		assertEquals(RecordImport.report(file, direct), RecordImport.report(file, viaFile));
		// a damaged aggregate names its line
		Files.writeString(aggregateFile, Files.readString(aggregateFile).replace("\"count\":", "\"count\":\"x"));
		BadInputException e = assertThrows(BadInputException.class, () -> RecordAggregate.read(aggregateFile));
		assertTrue(e.getMessage().contains("records.aggregate.jsonl:4: "), e.getMessage());
	}

	@Test
	void aPeriodCountsOnlyItsRecordsAndGapsAreReported() throws IOException {
		StringBuilder text = new StringBuilder("date,from,to,kind,amount,unit\n");
		for (int month = 1; month <= 12; month++) {
			if (month < 5 || month > 7) { // nothing in May, June, July
				text.append(String.format("2023-%02d-10,A,B,money,10,EUR%n", month));
			}
		}
		text.append("2022-12-31,A,B,money,1000,EUR\n");
		Path file = folder.resolve("monthly.csv");
		Files.writeString(file, text);
		RecordImport.Result result = RecordImport.read(file,
				new RecordImport.Options(Map.of(), Map.of(), "EUR", Map.of(), new LocalDate[] { LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31) },
						"n", true, null));
		// 9 records of 10 EUR in one year
		assertEquals(90, result.tables().flows().get(0).amountPerYear(), 1e-9);
		// 9 a year: between 3 and 10 a year is quarterly
		assertEquals("quarterly", result.tables().flows().get(0).frequency());
		String report = result.notes().toString();
		assertTrue(report.contains("skipped: outside the period"), report);
	}

	@Test
	void jsonLinesAndGapReport() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int month = 1; month <= 12; month++) {
			if (month < 5 || month > 7) {
				for (int day = 1; day <= 28; day += 7) {
					text.append(String.format("{\"date\":\"2023-%02d-%02d\",\"from\":\"A\",\"to\":\"B\",\"kind\":\"Coffee\",\"amount\":2,\"unit\":\"cups\"}%n", month, day));
				}
			}
		}
		Path file = folder.resolve("cups.jsonl");
		Files.writeString(file, text);
		RecordImport.Result result = RecordImport.read(file, new RecordImport.Options(Map.of(), Map.of(), "EUR", Map.of(),
				new LocalDate[] { LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31) }, "n", true, null));
		FlowRow cups = result.tables().flows().get(0);
		assertEquals("Coffee", cups.valueObject());
		assertEquals("goods", cups.kind());
		// 9 months x 4 records x 2 cups
		assertEquals(72, cups.amountPerYear(), 1e-9);
		// 36 records in a year: between 10 and 40 a year is monthly
		assertEquals("monthly", cups.frequency());
		assertTrue(result.notes().toString().contains("has no records from 2023-05 to 2023-07 (3 months)"), result.notes().toString());
	}

	@Test
	void aBrokenLineIsNamed() throws IOException {
		Path file = folder.resolve("bad.jsonl");
		Files.writeString(file, "{\"date\":\"2023-01-01\",\"from\":\"A\",\"to\":\"B\",\"kind\":\"money\",\"amount\":2,\"unit\":\"EUR\"}\n{\"date\":\"2023-01");
		BadInputException e = assertThrows(BadInputException.class, () -> RecordImport.read(file, options(null)));
		assertTrue(e.getMessage().endsWith("bad.jsonl:2: not valid JSON (truncated or damaged line?)"), e.getMessage());
		Path latin = folder.resolve("latin.csv");
		Files.write(latin, "date,payer,to,kind,amount,unit\n2023-01-01,M\u00fcller,B,money,1,EUR\n".getBytes(StandardCharsets.ISO_8859_1));
		BadInputException encoding = assertThrows(BadInputException.class, () -> RecordImport.read(latin, options(null)));
		assertTrue(encoding.getMessage().contains("not UTF-8"), encoding.getMessage());
	}

	@Test
	void mergingIntoAModelUpdatesItsFlowsAndKeepsItsComments() throws IOException {
		Path model = folder.resolve("shop.vnet");
		Files.writeString(model, """
				/** The shop. */
				network shop {
				  currency EUR
				  actor Acme : firm // the maker
				  actor Beta : firm
				  // what Acme pays
				  flow pay : money Acme -> Beta { 10 EUR/month }
				  flow parts : goods Beta -> Acme { 1 t weekly }
				}
				""");
		Path file = folder.resolve("records.csv");
		Files.writeString(file, "date,from,to,kind,amount,unit\n2024-01-01,Acme,Beta,money,1200,EUR\n2024-12-31,Beta,Acme,goods,5200,kg\n"
				+ "2024-06-01,Beta,Gamma,data,3,units\n");
		RecordImport.Result result = RecordImport.read(file, new RecordImport.Options(Map.of(), Map.of(), "EUR", Map.of(), null, "shop", true, null));
		RecordMerge.Result merged = RecordMerge.into(model, result.tables());
		assertEquals(2, merged.updated());
		assertEquals(1, merged.added());
		assertEquals(1, merged.addedActors());
		String text = merged.text();
		// 1200 EUR over the 366 days of 2024 = 1196.72 EUR/year = 99.73 EUR/month; kept per month
		double perMonth = 1200 / (366 / 365.0) / 12;
		assertTrue(text.contains("flow pay : money Acme -> Beta { " + Columns.plain(perMonth) + " EUR/month }"), text);
		// 5.2 t over the year, weekly kept: 5.2 / (366/365) / 52 t per week
		assertTrue(text.contains("flow parts : goods Beta -> Acme { " + Columns.plain(5200 * 0.001 / (366 / 365.0) / 52) + " t weekly }"), text);
		assertTrue(text.contains("// the maker") && text.contains("// what Acme pays") && text.contains("/** The shop. */"), text);
		assertTrue(text.indexOf("flow pay") < text.indexOf("flow parts") && text.indexOf("flow parts") < text.indexOf("actor Gamma"), text);
	}
}
