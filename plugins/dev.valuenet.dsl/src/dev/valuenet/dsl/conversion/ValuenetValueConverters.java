package dev.valuenet.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Value converters of the .vnet language. Numbers carry an optional multiplier suffix
 * ({@code 120k}, {@code 2.4M}, {@code 3B}, {@code 1.1T}); the serializer writes them back with the suffix that
 * keeps the text shortest, so a serialized model reads like one a modeler wrote.
 */
public class ValuenetValueConverters extends AbstractDeclarativeValueConverterService {

	@Inject
	private IDValueConverter idConverter;
	@Inject
	private STRINGValueConverter stringConverter;
	@Inject
	private QualifiedNameValueConverter qualifiedNameConverter;

	@ValueConverter(rule = "ID")
	public IValueConverter<String> id() {
		return idConverter;
	}

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> string() {
		return stringConverter;
	}

	/**
	 * Xtext's qualified names, read without a second walk of the node's tokens when the name is one plain
	 * identifier: linking converts every reference's text (52,000 in the 5,200-actor example), nearly all
	 * plain actor names, which Xtext's converter returns unchanged after visiting their tokens again.
	 */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return isPlainIdentifier(string) ? string : qualifiedNameConverter.toValue(string, node);
			}

			@Override
			public String toString(String value) {
				return qualifiedNameConverter.toString(value);
			}
		};
	}

	/** A name of letters, digits and underscores not starting with a digit: no dot, no escape (^), nothing hidden. */
	public static boolean isPlainIdentifier(String string) {
		if (string == null || string.isEmpty() || !isIdentifierChar(string.charAt(0)) || Character.isDigit(string.charAt(0))) {
			return false;
		}
		for (int i = 1; i < string.length(); i++) {
			if (!isIdentifierChar(string.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** A character of the grammar's ID terminal (ASCII letters, digits, underscore). */
	private static boolean isIdentifierChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> decimal() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				return parseNumber(without(string, false), node);
			}

			@Override
			protected String internalToString(Double value) {
				return formatNumber(value);
			}
		};
	}

	@ValueConverter(rule = "Year")
	public IValueConverter<Integer> year() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				double value = parseNumber(string, node);
				if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
					throw new ValueConverterException("A year must be a whole number such as 2027, not '" + string + "'.", node, null);
				}
				return (int) value;
			}

			@Override
			protected String internalToString(Integer value) {
				return Integer.toString(value);
			}
		};
	}

	/** A percentage such as {@code 99.2%}, stored as the fraction 0.992. */
	@ValueConverter(rule = "Percent")
	public IValueConverter<Double> percent() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				String digits = without(string, true);
				double value = parseNumber(digits, node);
				// an overflowing number stays infinite: the validator reports it (vnet.number-out-of-range)
				return Double.isFinite(value) ? new BigDecimal(Double.toString(value)).movePointLeft(2).doubleValue() : value;
			}

			@Override
			protected String internalToString(Double value) {
				return plain(new BigDecimal(Double.toString(value)).movePointRight(2)) + "%";
			}
		};
	}

	/**
	 * The text without white space (as the regular expression {@code \s}) and, if asked, without
	 * {@code %}: by hand, because a regular expression compiled for each number of the 5,200-actor
	 * model was a twentieth of the parse's allocations.
	 */
	private static String without(String text, boolean percentSign) {
		int i = 0;
		while (i < text.length() && !dropped(text.charAt(i), percentSign)) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length()).append(text, 0, i);
		for (; i < text.length(); i++) {
			if (!dropped(text.charAt(i), percentSign)) {
				kept.append(text.charAt(i));
			}
		}
		return kept.toString();
	}

	private static boolean dropped(char c, boolean percentSign) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || (percentSign && c == '%');
	}

	static double parseNumber(String text, INode node) {
		if (text.isEmpty()) {
			throw new ValueConverterException("A number is expected here.", node, null);
		}
		char last = text.charAt(text.length() - 1);
		int shift = switch (last) {
			case 'k' -> 3;
			case 'M' -> 6;
			case 'B' -> 9;
			case 'T' -> 12;
			default -> 0;
		};
		String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
		try {
			return new BigDecimal(digits).movePointRight(shift).doubleValue();
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + text + "' is not a number; write digits with an optional k, M, B or T suffix, e.g. 2.4M.", node, e);
		}
	}

	/** The shortest exact text for a value, using k/M/B where that loses no digit. */
	public static String formatNumber(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new ValueConverterException("Cannot write " + value + " as a .vnet number.", null, null);
		}
		BigDecimal exact = new BigDecimal(Double.toString(value));
		String best = plain(exact);
		String[] suffixes = { "k", "M", "B", "T" };
		for (int i = 0; i < suffixes.length; i++) {
			BigDecimal scaled = exact.movePointLeft(3 * (i + 1));
			if (scaled.abs().compareTo(BigDecimal.ONE) >= 0) {
				String candidate = plain(scaled) + suffixes[i];
				if (candidate.length() < best.length()) {
					best = candidate;
				}
			}
		}
		return best;
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() < 0) {
			stripped = stripped.setScale(0);
		}
		return stripped.toPlainString();
	}
}
