package dev.valuenet.interop.records;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * The exact sum of doubles, rounded once at the end: the same double whatever the order of the
 * additions and however they are split and merged, so that an aggregation spread over many
 * machines ({@link #add(ExactSum)}) gives the bytes a single pass gives.
 * <p>
 * Definition: a finite double is {@code m * 2^(p - 1074)} with an integer {@code m < 2^53} and
 * {@code 0 <= p <= 2045}; the sum is kept as one fixed-point integer in units of {@code 2^-1074}
 * (the smallest subnormal), in 32-bit digits held in longs so that carries are only propagated
 * every 2^30 additions. {@link #value()} rounds it to the nearest double, ties to even.
 * Complexity: O(1) per addition (three digit updates), O(digits) per merge and per value.
 * Reference: the "superaccumulator" of Kulisch (exact dot product) as used by Neal, "Fast exact
 * summation using small and large superaccumulators" (arXiv:1505.05571), in its simplest form.
 * Rejected: a plain double sum, whose result depends on the order of the additions; BigDecimal,
 * exact too but an allocation per addition.
 */
public final class ExactSum implements Serializable {

	private static final long serialVersionUID = 1L;
	/** 2046 bit positions plus the 53 bits of a mantissa plus headroom, in 32-bit digits. */
	private static final int DIGITS = 68;
	private static final long MASK = 0xFFFFFFFFL;

	private final long[] digits = new long[DIGITS];
	/** Additions since the last carry propagation: each adds less than 2^32 to a digit. */
	private int pending;
	/** Infinities and NaN, whose sum is order-independent as a double. */
	private double special;

	/** Adds {@code value}. */
	public void add(double value) {
		long bits = Double.doubleToRawLongBits(value);
		int exponent = (int) (bits >>> 52) & 0x7FF;
		if (exponent == 0x7FF) {
			special += value;
			return;
		}
		long mantissa = bits & 0xFFFFFFFFFFFFFL;
		if (exponent == 0) {
			exponent = 1; // subnormal: same scale as the smallest normal, no hidden bit
		} else {
			mantissa |= 1L << 52;
		}
		if (mantissa == 0) {
			return;
		}
		int position = exponent - 1;
		int digit = position >>> 5, shift = position & 31;
		long d0 = (mantissa << shift) & MASK;
		long d1 = (mantissa >>> (32 - shift)) & MASK;
		long d2 = shift == 0 ? 0 : mantissa >>> (64 - shift);
		if (bits < 0) {
			digits[digit] -= d0;
			digits[digit + 1] -= d1;
			digits[digit + 2] -= d2;
		} else {
			digits[digit] += d0;
			digits[digit + 1] += d1;
			digits[digit + 2] += d2;
		}
		if (++pending == 1 << 30) {
			carry();
		}
	}

	/** Adds everything {@code other} holds (other is left as it was). */
	public void add(ExactSum other) {
		carry();
		other.carry();
		for (int i = 0; i < DIGITS; i++) {
			digits[i] += other.digits[i];
		}
		special += other.special;
		pending = 1;
	}

	/** The sum, rounded to the nearest double (ties to even). */
	public double value() {
		if (special != 0 || Double.isNaN(special)) {
			return special;
		}
		carry();
		BigInteger units = BigInteger.valueOf(digits[DIGITS - 1]);
		for (int i = DIGITS - 2; i >= 0; i--) {
			units = units.shiftLeft(32).or(BigInteger.valueOf(digits[i]));
		}
		return toDouble(units);
	}

	/** Makes every digit but the last lie in [0, 2^32); the last carries the sign. */
	private void carry() {
		for (int i = 0; i < DIGITS - 1; i++) {
			long carry = digits[i] >> 32;
			digits[i] -= carry << 32;
			digits[i + 1] += carry;
		}
		pending = 0;
	}

	/** {@code units * 2^-1074} rounded to the nearest double, ties to even. */
	private static double toDouble(BigInteger units) {
		int sign = units.signum();
		BigInteger magnitude = units.abs();
		int length = magnitude.bitLength();
		double rounded;
		if (length <= 53) {
			rounded = Math.scalb((double) magnitude.longValue(), -1074); // exactly representable
		} else {
			int shift = length - 53;
			long top = magnitude.shiftRight(shift).longValue();
			boolean half = magnitude.testBit(shift - 1);
			boolean below = magnitude.getLowestSetBit() < shift - 1;
			if (half && (below || (top & 1) == 1)) {
				top++;
			}
			rounded = Math.scalb((double) top, shift - 1074);
		}
		return sign < 0 ? -rounded : rounded;
	}
}
