package dev.valuenet.validation.checks;

import java.util.Locale;

/** Numbers in findings, printed so that a comparison the check made can be read off the message. */
public final class Figures {

	private Figures() {
	}

	/**
	 * {@code value} and {@code bound} with at least {@code decimals} decimals, and as many more (up to
	 * 6) as it takes for two different numbers to print differently: never "0.50 > 0.50".
	 */
	public static String[] apart(double value, double bound, int decimals) {
		int d = decimals;
		String a = format(value, d);
		String b = format(bound, d);
		while (a.equals(b) && value != bound && d < 6) {
			d++;
			a = format(value, d);
			b = format(bound, d);
		}
		return new String[] { a, b };
	}

	public static String format(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}
}
