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
