package dev.valuenet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** The language's units: what "2.4M EUR/year", "weekly" and "lead 2 w" mean. */
class UnitsTest {

	@Test
	void currenciesAreIsoCodesInCapitals() {
		assertTrue(Units.isCurrency("EUR"));
		assertTrue(Units.isCurrency("JPY"));
		assertFalse(Units.isCurrency("eur"));
		assertFalse(Units.isCurrency("EURO"));
		assertFalse(Units.isCurrency("QQQ"));
		assertFalse(Units.isCurrency(null));
	}

	@Test
	void periodsPerYear() {
		assertEquals(OptionalDouble.of(12), Units.periodsPerYear("month"));
		assertEquals(OptionalDouble.of(8760), Units.periodsPerYear("hour")); // 24 x 365
		assertEquals(OptionalDouble.of(52), Units.periodsPerYear("wk"));
		assertEquals(OptionalDouble.empty(), Units.periodsPerYear("fortnight"));
		assertEquals(OptionalDouble.empty(), Units.periodsPerYear(null));
	}

	@Test
	void frequencies() {
		assertEquals(365, Units.perYear(Frequency.DAILY));
		assertEquals(52, Units.perYear(Frequency.WEEKLY));
		assertEquals(4, Units.perYear(Frequency.QUARTERLY));
		assertEquals(1, Units.perYear(Frequency.ONCE));
	}

	@Test
	void durationsInDays() {
		assertEquals(OptionalDouble.of(7), Units.daysPer("w"));
		assertEquals(1.0 / 24, Units.daysPer("h").getAsDouble(), 1e-15);
		assertEquals(365.25, Units.daysPer("year").getAsDouble(), 0);
		assertEquals(OptionalDouble.empty(), Units.daysPer("parsec"));
	}

	@Test
	void intangibleKinds() {
		assertTrue(Units.isIntangibleByDefault(ValueKind.TRUST));
		assertTrue(Units.isIntangibleByDefault(ValueKind.KNOWLEDGE));
		assertFalse(Units.isIntangibleByDefault(ValueKind.MONEY));
		assertFalse(Units.isIntangibleByDefault(ValueKind.GOODS));
	}
}
