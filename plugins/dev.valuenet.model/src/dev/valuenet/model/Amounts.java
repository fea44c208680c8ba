package dev.valuenet.model;

import java.util.Locale;

/**
 * Amounts for people (messages, labels, tooltips): 3 significant digits with k/M/B/T, so that no two
 * clearly different amounts print alike (1.25M, 350k, 12, 0.75).
 */
public final class Amounts {

	private Amounts() {
	}

	public static String compact(double amount) {
		if (!Double.isFinite(amount) || Math.abs(amount) >= 1e15) {
			// beyond trillions a suffix would print hundreds of digits (1e300 as 1000...T): 3 digits and an exponent
			return Double.isNaN(amount) ? "unknown" : Double.isInfinite(amount) ? (amount > 0 ? "" : "-") + "infinity"
					: String.format(Locale.ROOT, "%.3g", amount);
		}
		double abs = Math.abs(amount);
		String[] suffixes = { "", "k", "M", "B", "T" };
		int i = 0;
		while (abs >= 1000 && i < suffixes.length - 1) {
			abs /= 1000;
			amount /= 1000;
			i++;
		}
		String text = String.format(Locale.ROOT, abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : "%.2f", amount);
		text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
		return text + suffixes[i];
	}
}
