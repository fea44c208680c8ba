package dev.valuenet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.dsl.validation.ValuenetResourceValidator;
import dev.valuenet.tests.support.Examples;

/**
 * The structural and the metric checks run at the same time on two threads
 * ({@link ValuenetResourceValidator}): their findings must be those of one thread, for every example
 * and for models whose references do not resolve, however the threads interleave. Each model is
 * checked several times in fresh workspaces: the races this guards against (EMF's adapter lists,
 * Xtext's lazy linking) showed in every run of the CLI before the model was prepared for them.
 */
class TwoThreadChecksTest {

	private static final int RUNS = 5;

	@AfterEach
	void oneThreadOff() {
		System.clearProperty(ValuenetResourceValidator.ONE_THREAD);
	}

	@Test
	void theExamplesGetTheFindingsOfOneThread() {
		assertSameOnBothPaths(() -> ValuenetWorkspace.create(MetricValidator::install).load(Examples.files()), 50);
	}

	/**
	 * A network split over two files whose flows name actors that exist nowhere, and a scenario in a
	 * third file: unresolved references in every file, which Xtext's linker tries again on each read.
	 */
	@Test
	void unresolvedReferencesAcrossFilesGetTheFindingsOfOneThread() {
		assertSameOnBothPaths(() -> {
			ValuenetWorkspace workspace = ValuenetWorkspace.create(MetricValidator::install);
			return workspace.load(List.of(Path.of("a.vnet"), Path.of("b.vnet"), Path.of("s.vnet")), Map.of(
					Path.of("a.vnet"), """
							network split {
							  currency EUR
							  actor A : firm
							  actor B : supplier
							  flow ab : goods B -> A { 10 units/year price 5 EUR }
							  flow ax : goods Nowhere -> A { 1 units/year }
							  flow pay : money A -> B { 50 EUR/year }
							  flow bc : goods B -> C { 3 units/year }
							}
							""",
					Path.of("b.vnet"), """
							network split {
							  actor C : customer
							  actor D : partner
							  flow cd : goods C -> D { 2 units/year }
							  flow ca : money C -> A { 9 EUR/year }
							  flow dz : data D -> Ghost { 4 records/month }
							}
							""",
					Path.of("s.vnet"), """
							scenario without extends split {
							  remove B
							  add flow da : money D -> Phantom { 1 EUR/year }
							}
							"""));
		}, 3);
	}

	private static void assertSameOnBothPaths(Supplier<ValuenetWorkspace> load, int atLeast) {
		System.setProperty(ValuenetResourceValidator.ONE_THREAD, "true");
		List<Problem> oneThread = load.get().validate();
		System.clearProperty(ValuenetResourceValidator.ONE_THREAD);
		assertTrue(oneThread.size() >= atLeast, "expected at least " + atLeast + " findings to compare, got " + oneThread.size());
		assertFalse(oneThread.stream().anyMatch(p -> p.message().contains("could not")), oneThread.toString());
		for (int run = 0; run < RUNS; run++) {
			assertEquals(text(oneThread), text(load.get().validate()), "run " + run);
		}
	}

	private static String text(List<Problem> problems) {
		StringBuilder text = new StringBuilder();
		problems.forEach(p -> text.append(p).append('\n'));
		return text.toString();
	}
}
