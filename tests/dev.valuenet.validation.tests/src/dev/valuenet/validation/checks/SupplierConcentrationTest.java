package dev.valuenet.validation.checks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The supplier-concentration bound depends on the number of suppliers; messages never show equal numbers for a strict comparison. */
class SupplierConcentrationTest {

	/**
	 * Two equal suppliers have HHI 1/2 and are not concentrated: the bound is 1/2 + 0.1; with shares
	 * 0.7/0.3 HHI = 0.58 (below), with 0.8/0.2 HHI = 0.68 (above). Three or more: the 0.5 floor
	 * (1/3 + 0.1 = 0.433 is below it).
	 */
	@Test
	void thresholdIsTheLargerOfTheFloorAndEqualSharesPlusMargin() {
		assertEquals(0.6, SupplierConcentration.threshold(2), 1e-12);
		assertEquals(0.5, SupplierConcentration.threshold(3), 1e-12);
		assertEquals(0.5, SupplierConcentration.threshold(10), 1e-12);
		double equal = 0.5 * 0.5 + 0.5 * 0.5;
		double seventyThirty = 0.7 * 0.7 + 0.3 * 0.3;
		double eightyTwenty = 0.8 * 0.8 + 0.2 * 0.2;
		assertEquals(false, equal > SupplierConcentration.threshold(2));
		assertEquals(false, seventyThirty > SupplierConcentration.threshold(2));
		assertEquals(true, eightyTwenty > SupplierConcentration.threshold(2));
	}

	@Test
	void figuresPrintDifferentNumbersDifferently() {
		assertArrayEquals(new String[] { "0.82", "0.60" }, Figures.apart(0.82, 0.6, 2));
		String[] close = Figures.apart(0.5004, 0.5, 2);
		assertNotEquals(close[0], close[1]);
		assertArrayEquals(new String[] { "0.5004", "0.5000" }, close);
	}
}
