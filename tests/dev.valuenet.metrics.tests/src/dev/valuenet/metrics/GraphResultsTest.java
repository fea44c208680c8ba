package dev.valuenet.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Results kept by graph content: computed once for equal graphs, again for any difference. */
class GraphResultsTest {

	private static MetricsGraph chain(double lastWeight) {
		return MetricsGraph.builder().addEdge("A", "B", 1).addEdge("B", "C", 2).addEdge("C", "D", lastWeight).build();
	}

	@BeforeEach
	void forget() {
		GraphResults.clear();
	}

	@Test
	void equalGraphsHaveTheSameContent() {
		assertTrue(chain(3).sameContent(chain(3)));
		assertEquals(chain(3).contentHash(), chain(3).contentHash());
		assertFalse(chain(3).sameContent(chain(4)), "a weight differs");
		assertFalse(chain(3).sameContent(MetricsGraph.builder().addEdge("A", "B", 1).addEdge("B", "C", 2).addEdge("C", "E", 3).build()),
				"a label differs");
		assertFalse(chain(3).sameContent(MetricsGraph.builder().addEdge("A", "B", 1).addEdge("B", "C", 2).addEdge("C", "D", 3)
				.addEdge("C", "D", 0).build()), "a second flow on an edge: same weight, another flow count");
		assertFalse(chain(3).sameContent(null));
	}

	@Test
	void aResultIsComputedOncePerContent() {
		AtomicInteger computed = new AtomicInteger();
		double[] first = GraphResults.get(chain(3), "betweenness", () -> {
			computed.incrementAndGet();
			return new double[] { 1 };
		});
		double[] again = GraphResults.get(chain(3), "betweenness", () -> {
			computed.incrementAndGet();
			return new double[] { 2 };
		});
		assertSame(first, again);
		assertEquals(1, computed.get());
		GraphResults.get(chain(4), "betweenness", () -> {
			computed.incrementAndGet();
			return new double[] { 3 };
		});
		GraphResults.get(chain(3), "closeness", () -> {
			computed.incrementAndGet();
			return new double[] { 4 };
		});
		assertEquals(3, computed.get(), "another graph, and another result name, are computed");
	}

	@Test
	void aCancelledComputationKeepsNothing() {
		assertThrows(CancellationException.class, () -> GraphResults.get(chain(3), "betweenness", () -> {
			throw new CancellationException();
		}));
		assertNull(GraphResults.peek(chain(3), "betweenness"));
	}

	@Test
	void onlyTheLatestGraphsKeepTheirResults() {
		for (int i = 0; i <= GraphResults.GRAPHS; i++) {
			int weight = i;
			GraphResults.get(chain(weight), "x", () -> weight);
		}
		assertNull(GraphResults.peek(chain(0), "x"), "the eldest graph was dropped");
		assertEquals(GraphResults.GRAPHS, GraphResults.peek(chain(GraphResults.GRAPHS), "x"));
		assertEquals(1, GraphResults.peek(chain(1), "x"));
	}
}
