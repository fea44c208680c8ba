package dev.valuenet.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;

/** Declared views resolve into the options the front ends draw from, and the map shows what they select. */
class DeclaredViewsTest {

	private static final String MODEL = """
			network shop {
			  layer cash { money }
			  role Tier : supplier
			  actor Maker : firm
			  actor Steel : supplier
			  actor TestParts : supplier
			  actor Castings : Tier
			  actor Bank : firm
			  segment Buyers
			  flow parts : goods Steel -> Maker
			  flow testParts : goods TestParts -> Maker
			  flow castings : goods Castings -> Maker
			  flow loan : money Bank -> Maker { 1M EUR/year }
			  flow cars : goods Maker -> Buyers
			  flow pay : money Buyers -> Maker { 2M EUR/year }
			  flow advice : knowledge Bank -> Maker
			  view suppliers "Supply side" {
			    include supplier, "Maker"
			    exclude "Test*", intangible
			    focus Maker hops 2
			    size pagerank
			    colour community
			  }
			  view byRole {
			    include role Tier
			  }
			  view cashFlows {
			    layer cash
			    chart sankey
			  }
			}
			scenario shop.bankless extends shop {
			  remove Bank
			  view cashFlows "Money without the bank" {
			    chart heatmap
			  }
			}
			""";

	private static ValuenetWorkspace workspace() {
		return load(MODEL);
	}

	private static ValuenetWorkspace load(String text) {
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(List.of(Path.of("shop.vnet")), Map.of(Path.of("shop.vnet"), text));
		workspace.validate();
		return workspace;
	}

	private static AbstractNetwork network(String name) {
		ValuenetWorkspace workspace = workspace();
		return workspace.document(Path.of("shop.vnet")).getNetworks().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Set<String> boxes(AbstractNetwork network, DiagramOptions options) {
		return DiagramBuilder.map(network, options).nodes().stream().map(DiagramNode::label).collect(Collectors.toSet());
	}

	@Test
	void viewBecomesOptions() {
		DeclaredViews.DeclaredView view = DeclaredViews.find(network("shop"), "suppliers").orElseThrow();
		assertEquals("Supply side (suppliers)", view.label());
		assertEquals("map", view.chart());
		DiagramOptions options = view.options();
		assertEquals(null, options.layer());
		assertEquals("Maker", options.focus());
		assertEquals(2, options.hops());
		assertEquals("pagerank", options.sizeBy());
		assertEquals("community", options.colourBy());
		assertTrue(options.hideIntangible());
		assertEquals(new ParticipantFilter(
				List.of(new ParticipantFilter.Match(ParticipantFilter.By.KIND, "supplier"), new ParticipantFilter.Match(ParticipantFilter.By.NAME, "Maker")),
				List.of(new ParticipantFilter.Match(ParticipantFilter.By.NAME, "Test*"))), options.filter());
	}

	@Test
	void mapShowsWhatTheViewSelects() {
		AbstractNetwork shop = network("shop");
		// suppliers by kind (Castings through its role's base kind) and Maker by name; TestParts excluded by pattern
		assertEquals(Set.of("Maker", "Steel", "Castings"), boxes(shop, DeclaredViews.find(shop, "suppliers").orElseThrow().options()));
		assertEquals(Set.of("Castings"), boxes(shop, DeclaredViews.find(shop, "byRole").orElseThrow().options()));
		assertEquals(Set.of("Maker", "Steel", "TestParts", "Castings", "Bank", "Buyers"), boxes(shop, DiagramOptions.DEFAULT));
	}

	@Test
	void scenarioRedeclaresAndInherits() {
		AbstractNetwork scenario = network("shop.bankless");
		List<DeclaredViews.DeclaredView> views = DeclaredViews.of(scenario);
		assertEquals(List.of("cashFlows", "suppliers", "byRole"), views.stream().map(DeclaredViews.DeclaredView::name).toList());
		assertEquals("heatmap", views.get(0).chart());
		assertEquals("sankey", DeclaredViews.find(network("shop"), "cashFlows").orElseThrow().chart());
		assertEquals("cash", DeclaredViews.find(network("shop"), "cashFlows").orElseThrow().options().layer());
	}

	@Test
	void statementOfOptionsDeclaresTheSameView() {
		AbstractNetwork shop = network("shop");
		DeclaredViews.DeclaredView original = DeclaredViews.find(shop, "suppliers").orElseThrow();
		String text = DeclaredViews.statement("again", "Supply side", original.chart(), original.options(), "");
		assertEquals("""
				view again "Supply side" {
				  include supplier, "Maker"
				  exclude "Test*", intangible
				  focus Maker hops 2
				  size pagerank
				  colour community
				}""", text);
		String indented = DeclaredViews.statement("again", "Supply side", original.chart(), original.options(), "  ");
		assertEquals(text.lines().map(l -> "  " + l).collect(Collectors.joining("\n")), indented);
		String model = MODEL.replace("  view byRole {", indented + "\n  view byRole {");
		ValuenetWorkspace workspace = load(model);
		AbstractNetwork reread = workspace.document(Path.of("shop.vnet")).getNetworks().get(0);
		assertEquals(original.options(), DeclaredViews.find(reread, "again").orElseThrow().options());
		assertFalse(DeclaredViews.statement("plain", null, "map", DiagramOptions.DEFAULT, "").contains("\n  "), "defaults are not written");
	}

	@Test
	void saveViewWritesTheMapSettingsAsAFormattedStatement() {
		ValuenetWorkspace workspace = workspace();
		AbstractNetwork shop = workspace.document(Path.of("shop.vnet")).getNetworks().get(0);
		DiagramOptions options = DiagramOptions.DEFAULT.withLayer("cash").withFocus("shop.Maker", 3).withHideIntangible(true)
				.withColourBy("community");
		var result = new dev.valuenet.diagram.edit.DiagramCommands(shop).saveView("saved", "From the map", "map", options);
		assertTrue(result.ok(), result.refusal());
		String changed = dev.valuenet.dsl.edit.TextChange.apply(MODEL, result.changes());
		assertTrue(changed.contains("""
				    chart sankey
				  }
				  view saved "From the map" {
				    layer cash
				    exclude intangible
				    focus Maker hops 3
				    colour community
				  }
				}
				"""), changed);
		ValuenetWorkspace reread = load(changed);
		assertEquals(changed, reread.formatted(Path.of("shop.vnet")), "the new statement is in the formatter's layout");
		assertEquals(options.withFocus("Maker", 3), DeclaredViews.find(reread.document(Path.of("shop.vnet")).getNetworks().get(0), "saved")
				.orElseThrow().options());
		assertFalse(new dev.valuenet.diagram.edit.DiagramCommands(shop).saveView("suppliers", null, "map", options).ok(), "name taken");
	}
}
