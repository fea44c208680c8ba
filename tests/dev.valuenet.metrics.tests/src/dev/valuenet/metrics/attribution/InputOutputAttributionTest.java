package dev.valuenet.metrics.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.valuenet.metrics.MetricsGraph;

class InputOutputAttributionTest {

	/**
	 * Miller and Blair (2009), section 2.3 two-sector example: Z = [[150, 500], [200, 100]],
	 * x = (1000, 2000), so f = x - row sums = (350, 1700) and A = [[0.15, 0.25], [0.2, 0.05]].
	 * I - A = [[0.85, -0.25], [-0.2, 0.95]], det = 0.8075 - 0.05 = 0.7575,
	 * L = (1/0.7575) [[0.95, 0.25], [0.2, 0.85]] = [[1.2541, 0.3300], [0.2640, 1.1221]].
	 */
	@Test
	void textbookTwoSectorExample() {
		double[][] z = {{150, 500}, {200, 100}};
		InputOutputAttribution.Result r = InputOutputAttribution.fromFinalDemand(z, new double[] {350, 1700});
		assertArrayEquals(new double[] {1000, 2000}, r.totalOutput(), 1e-12);
		assertArrayEquals(new double[] {0.15, 0.25}, r.technicalCoefficients()[0], 1e-15);
		assertArrayEquals(new double[] {0.2, 0.05}, r.technicalCoefficients()[1], 1e-15);
		double det = 0.7575;
		assertArrayEquals(new double[] {0.95 / det, 0.25 / det}, r.totalRequirements()[0], 1e-12);
		assertArrayEquals(new double[] {0.2 / det, 0.85 / det}, r.totalRequirements()[1], 1e-12);
		assertEquals(1.2541, r.totalRequirements()[0][0], 1e-4);
		// output multipliers = column sums of L: 1.15 / 0.7575 = 1.5182, 1.1 / 0.7575 = 1.4521
		assertArrayEquals(new double[] {1.15 / det, 1.1 / det}, r.outputMultipliers(), 1e-12);
		// L f reproduces x
		assertArrayEquals(new double[] {1000, 2000}, r.requiredOutput(new double[] {350, 1700}), 1e-9);
	}

	@Test
	void fromMoneyFlowsMapsPaymentsToSales() {
		// the same table as money: sector 1 pays sector 0 500 (0 sold 500 to 1), etc.;
		// the customer segment C pays 350 to 0 and 1700 to 1 (final demand)
		MetricsGraph money = MetricsGraph.builder().addEdge("s0", "s0", 150).addEdge("s1", "s0", 500)
				.addEdge("s0", "s1", 200).addEdge("s1", "s1", 100).addEdge("C", "s0", 350).addEdge("C", "s1", 1700)
				.build();
		// self-payments are dropped by the graph (self loops), so Z has a zero diagonal here:
		// x = (500 + 350, 200 + 1700) = (850, 1900)
		InputOutputAttribution.Result r = InputOutputAttribution.fromMoneyFlows(money,
				new int[] {money.indexOf("C")});
		assertArrayEquals(new int[] {money.indexOf("s0"), money.indexOf("s1")}, r.sectors());
		assertArrayEquals(new double[] {850, 1900}, r.totalOutput(), 1e-12);
		assertEquals(500.0 / 1900, r.technicalCoefficients()[0][1], 1e-15);
		assertEquals(200.0 / 850, r.technicalCoefficients()[1][0], 1e-15);
	}

	@Test
	void closedEconomyIsSingular() {
		// two sectors selling everything to each other, no final demand: A = [[0, 1], [1, 0]],
		// I - A = [[1, -1], [-1, 1]] has determinant 0
		SingularMatrixException e = assertThrows(SingularMatrixException.class,
				() -> InputOutputAttribution.fromFinalDemand(new double[][] {{0, 10}, {10, 0}}, new double[] {0, 0}));
		assertEquals(1, e.column());
	}

	@Test
	void inverseByHandAndBadInput() {
		double[][] inv = InputOutputAttribution.invert(new double[][] {{0, 2}, {4, 0}});
		assertArrayEquals(new double[] {0, 0.25}, inv[0], 1e-15);
		assertArrayEquals(new double[] {0.5, 0}, inv[1], 1e-15);
		assertThrows(IllegalArgumentException.class,
				() -> InputOutputAttribution.fromFinalDemand(new double[][] {{-1}}, new double[] {1}));
		assertThrows(IllegalArgumentException.class,
				() -> InputOutputAttribution.fromFinalDemand(new double[][] {{1, 2}}, new double[] {1}));
		assertEquals(0, InputOutputAttribution.fromFinalDemand(new double[0][], new double[0]).outputMultipliers().length);
	}
}
