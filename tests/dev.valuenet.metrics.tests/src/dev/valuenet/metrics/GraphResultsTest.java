package dev.valuenet.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Results kept by graph content: computed once for equal graphs, again for any difference. */
class GraphResultsTest {

	private static MetricsGraph chain(double lastWeight) {
		return MetricsGraph.builder().addEdge("A", "B", 1).addEdge("B", "C", 2).addEdge("C", "D", lastWeight).build();
	}

	@BeforeEach
	@AfterEach
	void forget() {
		GraphResults.clear();
		GraphResults.limit = GraphResults.SIZE;
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

	/** A chain of {@code nodes} nodes (nodes - 1 edges) whose last edge weighs {@code weight}. */
	private static MetricsGraph chain(int nodes, double weight) {
		MetricsGraph.Builder builder = MetricsGraph.builder();
		for (int v = 1; v < nodes; v++) {
			builder.addEdge("n" + (v - 1), "n" + v, v == nodes - 1 ? weight : 1);
		}
		return builder.build();
	}

	@Test
	void theGraphsUsedLongestAgoAreDroppedBeyondTheSize() {
		int nodes = 50; // 99 nodes and edges: four of them and the small chain (7) are within the limit, five are not
		GraphResults.limit = 4 * 99 + 7;
		for (int i = 0; i < 4; i++) {
			int weight = i;
			GraphResults.get(chain(nodes, weight), "x", () -> weight);
		}
		GraphResults.get(chain(3), "small", () -> "small");
		assertEquals(0, GraphResults.peek(chain(nodes, 0), "x"), "four large and a small graph are kept");
		assertEquals("small", GraphResults.peek(chain(3), "small"));
		GraphResults.get(chain(nodes, 4), "x", () -> 4);
		assertNull(GraphResults.peek(chain(nodes, 1), "x"), "the graph used longest ago (0 was looked at since) is dropped");
		assertEquals(0, GraphResults.peek(chain(nodes, 0), "x"));
		assertEquals(4, GraphResults.peek(chain(nodes, 4), "x"));
		assertEquals("small", GraphResults.peek(chain(3), "small"));
	}
}
