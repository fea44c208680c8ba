package dev.valuenet.interop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The exact sum against BigDecimal arithmetic, in any order and any split. */
class ExactSumTest {

	@Test
	void roundsTheExactSumOnce() {
		ExactSum sum = new ExactSum();
		sum.add(0.1);
		sum.add(0.2);
		// 0.1 + 0.2 in doubles is 0.30000000000000004; the exact sum of the two doubles rounds to 0.30000000000000004 too,
		// but 1e16 + 1 + 1 shows the difference: sequentially 1e16 (each 1 is lost), exactly 1.0000000000000002e16
		assertEquals(0.30000000000000004, sum.value());
		ExactSum big = new ExactSum();
		big.add(1e16);
		big.add(1);
		big.add(1);
		assertEquals(1.0000000000000002e16, big.value());
		ExactSum cancel = new ExactSum();
		cancel.add(1e300);
		cancel.add(Double.MIN_VALUE);
		cancel.add(-1e300);
		assertEquals(Double.MIN_VALUE, cancel.value());
		assertEquals(0.0, new ExactSum().value());
	}

	@Test
	void isTheSameInAnyOrderAndSplitAndEqualsBigDecimal() {
		SplittableRandom random = new SplittableRandom(7);
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			values.add(random.nextDouble() * Math.pow(10, random.nextInt(-6, 9)) * (random.nextInt(10) == 0 ? -1 : 1));
		}
		BigDecimal exact = BigDecimal.ZERO;
		ExactSum forward = new ExactSum();
		for (double value : values) {
			exact = exact.add(new BigDecimal(value));
			forward.add(value);
		}
		// BigDecimal.doubleValue rounds to nearest; 40 digits are far more than a double's 17
		double expected = exact.round(new MathContext(40)).doubleValue();
		assertEquals(expected, forward.value());
		Collections.shuffle(values, new java.util.Random(3));
		ExactSum left = new ExactSum(), right = new ExactSum();
		for (int i = 0; i < values.size(); i++) {
			(i < 7_000 ? left : right).add(values.get(i));
		}
		left.add(right);
		assertEquals(Double.doubleToLongBits(forward.value()), Double.doubleToLongBits(left.value()));
	}
}
