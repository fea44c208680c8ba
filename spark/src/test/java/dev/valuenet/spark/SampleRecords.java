package dev.valuenet.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generated interaction records with everything the rules act on: near-duplicate spellings
 * (case, legal form, accents, spaces), aliases, currencies with and without a rate, units to
 * convert, custom units and value objects, exact duplicates (of recent records, not only the
 * last), self-flows, missing fields, bad amounts and dates, quoted names with commas and quotes, dates with
 * a time. Deterministic for a seed.
 */
final class SampleRecords {

	/** Aliases the sample uses: spellings of Firm 0001 and Firm 0002 that fold to other keys. */
	static final String ALIASES = "Firm One Holding = Firm 0001\n\"Zweite Firma AG\" = Firm 0002\n";
	static final String RATES = "USD = 0.92 EUR\nGBP = 1.17 EUR\n";

	private SampleRecords() {
	}

	/** Writes {@code n} records (plus a header) to {@code file}. */
	static void write(Path file, int n, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		String[][] kinds = { { "money", "EUR", "5000" }, { "money", "USD", "5000" }, { "Payment", "GBP", "900" }, { "goods", "kg", "900" },
				{ "goods", "t", "20" }, { "Steel", "g", "1000" }, { "data", "units", "100" }, { "Coffee", "cups", "5" }, { "energy", "kWh", "800" },
				{ "service", "", "3" }, { "money", "XYZ", "10" }, { "goods", "furlongs!", "2" }, { "knowledge", "sessions", "4" } };
		List<String> recent = new ArrayList<>();
		LocalDate start = LocalDate.of(2024, 1, 1);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("date,from,to,kind,amount,unit\n");
			for (int i = 0; i < n; i++) {
				String line;
				if (!recent.isEmpty() && random.nextInt(100) == 0) {
					line = recent.get(random.nextInt(recent.size())); // an exact duplicate of a recent record
				} else {
					int a = random.nextInt(2000);
					int b = random.nextInt(50) == 0 ? a : (a + 1 + (int) Math.min(1999, Math.floor(Math.pow(random.nextDouble(), -1 / 1.2)))) % 2000;
					String[] kind = kinds[random.nextInt(kinds.length)];
					LocalDate day = start.plusDays(random.nextInt(366));
					String amount = String.format(Locale.ROOT, "%.2f", random.nextDouble() * Double.parseDouble(kind[2]));
					int odd = random.nextInt(400);
					String date = odd == 0 ? "2024-13-01" : odd == 1 ? "" : random.nextInt(20) == 0 ? day + "T10:15:00" : day.toString();
					amount = odd == 2 ? "n/a" : odd == 3 ? "-5" : odd == 4 ? "" : amount;
					line = date + "," + spell(a, random) + "," + spell(b, random) + "," + kind[0] + "," + amount + "," + kind[1];
					recent.add(line);
					if (recent.size() > 50) {
						recent.remove(0);
					}
				}
				out.write(line);
				out.write('\n');
			}
		}
	}

	/** Actor {@code i} as written: mostly its name, sometimes a near-duplicate or an alias. */
	private static String spell(int i, SplittableRandom random) {
		String name = String.format(Locale.ROOT, "Firm %04d", i);
		if (i == 1 && random.nextInt(3) == 0) {
			return "Firm One Holding";
		}
		if (i == 2 && random.nextInt(3) == 0) {
			return "\"Zweite Firma AG\"";
		}
		if (i == 3) {
			return "\"Firm, 0003 Inc\""; // a quoted comma; folds to firm0003
		}
		if (i == 4 && random.nextInt(2) == 0) {
			return "\"Firm \"\"Four\"\" 0004\""; // a doubled quote inside quotes (RFC 4180), no backslash escape
		}
		return switch (random.nextInt(40)) {
			case 0 -> name + " Ltd";
			case 1 -> name.toUpperCase(Locale.ROOT);
			case 2 -> name + " GmbH";
			case 3 -> name.replace("Firm", "Fírm");
			case 4 -> name.replace(" ", "  ");
			default -> name;
		};
	}
}
