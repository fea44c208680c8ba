package dev.valuenet.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.valuenet.compare.ModelDiff.Change;
import dev.valuenet.compare.ModelDiff.MetricDelta;
import dev.valuenet.compare.ModelDiff.PropertyChange;
import dev.valuenet.compare.ModelDiff.Type;

class ModelDiffTest {

	static final String BASE = """
			/** A small network. */
			network shop "Shop" {
			  currency EUR
			  actor Maker : firm "Maker"
			  actor Carrier : partner
			  segment Buyers
			  tie ship : contract Maker -- Carrier { since 2020 }
			  flow goodsOut : goods Maker -> Buyers { 10k units/year lead 3 d via ship }
			  flow pay : money Buyers -> Maker { 2M EUR/year }
			  exchange sale Maker <-> Buyers per sale {
			    Maker -> Buyers : goods 1 unit
			    Buyers -> Maker : money 25k EUR
			  } volume 40k sales/year
			  governance {
			    rule hub : betweenness(Maker) <= 0.6 severity warning
			    norm fair "pay within 30 days"
			  }
			  partner Carrier {
			    offers "night delivery"
			    hypothesis faster "overnight doubles sales" status untested
			  }
			}
			scenario shop.ev extends shop {
			  remove Carrier
			}
			""";

	static ModelDiff diff(String before, String after) {
		return ModelDiff.compare(Version.parse("old", "old.vnet", before).document(), Version.parse("new", "new.vnet", after).document());
	}

	static String describe(ModelDiff diff) {
		return diff.changes().stream().map(Change::toString).collect(Collectors.joining("\n"));
	}

	@Test
	void layoutOrderAndCommentsAreNoDifference() {
		String shuffled = BASE.replace("  actor Maker : firm \"Maker\"\n  actor Carrier : partner\n",
				"  // the carrier first\n  actor Carrier : partner\n  actor   Maker :  firm  \"Maker\"\n").replace("/** A small network. */\n", "");
		ModelDiff diff = diff(BASE, shuffled);
		assertTrue(diff.isEmpty(), describe(diff));
	}

	@Test
	void aChangedFlowListsItsPropertiesOldToNew() {
		ModelDiff diff = diff(BASE, BASE.replace("{ 10k units/year lead 3 d via ship }", "{ 12k units/year via ship accuracy 99% }"));
		assertEquals(1, diff.changes().size(), describe(diff));
		Change change = diff.changes().get(0);
		assertEquals(Type.CHANGED, change.type());
		assertEquals("flow goodsOut", change.key());
		assertEquals(List.of("network shop"), change.path());
		assertEquals(List.of(new PropertyChange("quantity", "10k units / year", "12k units / year"), new PropertyChange("lead", "3 d", null),
				new PropertyChange("accuracy", null, "99 %")), change.properties());
	}

	@Test
	void everyKindOfElementIsCompared() {
		String after = BASE.replace("  actor Carrier : partner\n", "  actor Carrier : partner\n  actor Bank : partner \"House bank\"\n")
				.replace("  tie ship : contract Maker -- Carrier { since 2020 }\n", "")
				.replace("via ship }", "}")
				.replace("Buyers -> Maker : money 25k EUR", "Buyers -> Maker : money 27k EUR")
				.replace("<= 0.6 severity warning", "<= 0.5 severity warning")
				.replace("offers \"night delivery\"", "offers \"night delivery\", \"returns\"")
				.replace("status untested", "status validated")
				.replace("  remove Carrier\n", "  remove Carrier\n  add actor Rail : partner\n");
		ModelDiff diff = diff(BASE, after);
		String all = describe(diff);
		assertEquals(List.of(
				"ADDED network shop actor Bank",
				"REMOVED network shop tie ship",
				"CHANGED network shop flow goodsOut [via: ship -> null]",
				"CHANGED network shop>exchange sale flow Buyers -> Maker money [quantity: 25k EUR -> 27k EUR]",
				"CHANGED network shop>governance rule hub [bound: 0.6 -> 0.5]",
				"CHANGED network shop partner Carrier [offers: \"night delivery\" -> \"night delivery\", \"returns\"]",
				"CHANGED network shop>partner Carrier hypothesis faster [status: untested -> validated]",
				"ADDED scenario shop.ev add actor Rail"),
				diff.changes().stream().map(ModelDiffTest::line).toList(), all);
		Change added = diff.changes().get(0);
		assertEquals("actor Bank : partner \"House bank\"", added.text());
	}

	/** An added or removed element is shown as written, on one line: "2 t/year", not "2 t / year". */
	@Test
	void addedAndRemovedElementsReadAsWritten() {
		String after = BASE.replace("  segment Buyers\n", "  segment Buyers\n  flow extra : goods Carrier -> Buyers { // by night\n    2 t/year price 1.2k EUR/t }\n");
		ModelDiff added = diff(BASE, after);
		assertEquals("flow extra : goods Carrier -> Buyers { 2 t/year price 1.2k EUR/t }", added.changes().get(0).text(), describe(added));
		ModelDiff removed = diff(after, BASE);
		assertEquals(Type.REMOVED, removed.changes().get(0).type());
		assertEquals("flow extra : goods Carrier -> Buyers { 2 t/year price 1.2k EUR/t }", removed.changes().get(0).text());
	}

	private static String line(Change c) {
		String props = c.properties().isEmpty() ? ""
				: " " + c.properties().stream().map(p -> p.property() + ": " + p.before() + " -> " + p.after()).toList();
		return c.type() + " " + String.join(">", c.path()) + " " + c.key() + props;
	}

	@Test
	void aFileThatDoesNotExistIsEmpty() {
		ModelDiff diff = diff("", BASE);
		assertEquals(List.of("network shop", "scenario shop.ev"), diff.changes().stream().map(Change::key).toList());
		assertTrue(diff.changes().stream().allMatch(c -> c.type() == Type.ADDED));
	}

	/**
	 * Chain A -> B -> C (n = 3): B lies on the one shortest path A..C, normalized betweenness
	 * 1 / ((n-1)(n-2)) = 0.5. A direct flow A -> C takes that path away: 0. No other centrality of
	 * any actor moves by 0.5 (closeness of C: 2/3 -> 1).
	 */
	@Test
	void metricDeltasRankTheActorsThatMovedMost() {
		String chain = """
				network n {
				  actor A : firm
				  actor B : firm
				  actor C : firm
				  flow ab : goods A -> B { 1 units/year }
				  flow bc : goods B -> C { 1 units/year }
				%s}
				""";
		Version before = Version.parse("old", "old.vnet", chain.formatted(""));
		Version after = Version.parse("new", "new.vnet", chain.formatted("  flow ac : goods A -> C { 1 units/year }\n"));
		List<MetricDelta> deltas = ModelDiff.metricDeltas(before.network("n"), after.network("n"), 5);
		MetricDelta first = deltas.get(0);
		assertEquals("n.B", first.actor(), deltas.toString());
		assertEquals("betweenness", first.metric());
		assertEquals(0.5, first.largestChange(), 1e-9);
		assertEquals(0.5, first.before().betweenness(), 1e-9);
		assertEquals(0.0, first.after().betweenness(), 1e-9);
		MetricDelta c = deltas.stream().filter(d -> d.actor().equals("n.C")).findFirst().orElseThrow();
		assertEquals(2.0 / 3, c.before().closeness(), 1e-9);
		assertEquals(1.0, c.after().closeness(), 1e-9);
	}
}
