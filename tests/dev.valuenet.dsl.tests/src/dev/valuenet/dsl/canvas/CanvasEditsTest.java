package dev.valuenet.dsl.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.edit.TextChange;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.Canvas;
import dev.valuenet.model.Document;
import dev.valuenet.model.Hypothesis;
import dev.valuenet.model.HypothesisStatus;
import dev.valuenet.model.Network;
import dev.valuenet.model.ValuenetPackage.Literals;

/**
 * Each form action on a canvas gives exactly the expected text (written out by hand below), the
 * result parses, is in canonical layout, and every other line (comments included) is unchanged.
 */
public class CanvasEditsTest {

	private static final String TEXT = """
			/** A maker and its parts supplier. */
			network t {
			  currency EUR
			  actor Maker : firm "Maker"
			  actor Parts : supplier // the parts
			  segment Buyers
			  flow parts : goods Parts -> Maker { 10 units/year }
			  flow pay : money Maker -> Parts { 5 EUR/year }
			  flow sale : goods Maker -> Buyers { 10 units/year }
			  flow buy : money Buyers -> Maker { 9 EUR/year }

			  // Parts as a partner
			  partner Parts {
			    offers "machining", "forging"
			    joint "rotor shafts"
			    // to be tested this year
			    hypothesis cheaper "cut cost by 5%" status untested
			    hypothesis keeps "keeps volume"
			  }
			}
			""";

	private Document document;

	private String edit(Supplier<TextChange> action) {
		return edit(TEXT, action);
	}

	/** Parses {@code text} (the fields below then point into it), applies the action's change. */
	private String edit(String text, Supplier<TextChange> action) {
		ValuenetWorkspace workspace = ValuenetWorkspace.create();
		document = (Document) workspace.loadText("t.vnet", text).getContents().get(0);
		TextChange change = action.get();
		if (change == null) return text;
		String result = TextChange.apply(text, List.of(change));
		assertCanonical(result);
		return result;
	}

	private static void assertCanonical(String text) {
		ValuenetWorkspace check = ValuenetWorkspace.create();
		check.loadText("check.vnet", text);
		Path file = check.resources().keySet().iterator().next();
		assertTrue(!check.hasSyntaxErrors(file), "parses:\n" + text);
		assertEquals(text, check.formatted(file), "canonical layout");
	}

	private Canvas canvas() {
		return (Canvas) ((Network) document.getNetworks().get(0)).getElements().stream().filter(Canvas.class::isInstance).findFirst().get();
	}

	private Hypothesis hypothesis(String name) {
		return canvas().getHypotheses().stream().filter(h -> h.getName().equals(name)).findFirst().get();
	}

	@Test
	public void changesAWrittenStatusOnItsLineOnly() {
		String result = edit(() -> CanvasEdits.setStatus(hypothesis("cheaper"), HypothesisStatus.VALIDATED));
		assertEquals(TEXT.replace("\"cut cost by 5%\" status untested", "\"cut cost by 5%\" status validated"), result);
	}

	@Test
	public void appendsAStatusWhereNoneIsWritten() {
		String result = edit(() -> CanvasEdits.setStatus(hypothesis("keeps"), HypothesisStatus.INVALIDATED));
		assertEquals(TEXT.replace("hypothesis keeps \"keeps volume\"\n", "hypothesis keeps \"keeps volume\" status invalidated\n"), result);
	}

	@Test
	public void replacesAHypothesisTextEscapingQuotesAndBackslashes() {
		String result = edit(() -> CanvasEdits.setText(hypothesis("keeps"), "say \"more\" \\ less"));
		assertEquals(TEXT.replace("\"keeps volume\"", "\"say \\\"more\\\" \\\\ less\""), result);
		edit(result, () -> null);
		assertEquals("say \"more\" \\ less", hypothesis("keeps").getText(), "the text reads back as typed");
	}

	@Test
	public void renamesAHypothesisAndRefusesBadNames() {
		assertEquals(TEXT.replace("hypothesis keeps ", "hypothesis keepsLines "), edit(() -> CanvasEdits.setName(hypothesis("keeps"), "keepsLines")));
		edit(() -> null);
		assertThrows(IllegalArgumentException.class, () -> CanvasEdits.setName(hypothesis("keeps"), "two words"));
		assertThrows(IllegalArgumentException.class, () -> CanvasEdits.setName(hypothesis("keeps"), "partner"));
		assertThrows(IllegalArgumentException.class, () -> CanvasEdits.setName(hypothesis("keeps"), "cheaper"));
	}

	@Test
	public void addsAHypothesisAsTheLastLineOfTheCanvas() {
		String result = edit(() -> CanvasEdits.addHypothesis(canvas(), CanvasEdits.freshName(canvas()), "New hypothesis", HypothesisStatus.UNTESTED));
		assertEquals(TEXT.replace("""
				    hypothesis keeps "keeps volume"
				  }
				""", """
				    hypothesis keeps "keeps volume"
				    hypothesis hypothesis1 "New hypothesis" status untested
				  }
				"""), result);
	}

	@Test
	public void removesAHypothesisWithItsLine() {
		String result = edit(() -> CanvasEdits.removeHypothesis(hypothesis("cheaper")));
		assertEquals(TEXT.replace("    hypothesis cheaper \"cut cost by 5%\" status untested\n", ""), result);
	}

	@Test
	public void replacesTheValuesOfAValueLine() {
		String result = edit(() -> CanvasEdits.setValues(canvas(), Literals.CANVAS__OFFERS, List.of("machining", " ", "casting \"fine\"")));
		assertEquals(TEXT.replace("offers \"machining\", \"forging\"", "offers \"machining\", \"casting \\\"fine\\\"\""), result);
	}

	@Test
	public void insertsAMissingValueLineAtItsPlace() {
		String result = edit(() -> CanvasEdits.setValues(canvas(), Literals.CANVAS__DESIRES, List.of("volume commitment", "an EV path")));
		assertEquals(TEXT.replace("""
				    offers "machining", "forging"
				""", """
				    offers "machining", "forging"
				    desires "volume commitment", "an EV path"
				"""), result);
	}

	@Test
	public void removesAValueLineWithoutValues() {
		String result = edit(() -> CanvasEdits.setValues(canvas(), Literals.CANVAS__JOINT, List.of()));
		assertEquals(TEXT.replace("    joint \"rotor shafts\"\n", ""), result);
		edit(() -> null);
		assertNull(CanvasEdits.setValues(canvas(), Literals.CANVAS__OFFERS, List.of("machining", "forging")), "unchanged: no edit");
	}

	@Test
	public void addsANewCanvasAtTheEndOfTheNetworkAndFillsIt() {
		String withCanvas = edit(() -> CanvasEdits.newCanvas((Network) document.getNetworks().get(0), "Maker"));
		String expected = TEXT.replace("""
				  }
				}
				""", """
				  }

				  partner Maker {
				  }
				}
				""");
		assertEquals(expected, withCanvas);
		Supplier<TextChange> offers = () -> CanvasEdits.setValues(
				(Canvas) ((Network) document.getNetworks().get(0)).getElements().get(((Network) document.getNetworks().get(0)).getElements().size() - 1),
				Literals.CANVAS__OFFERS, List.of("brand"));
		assertEquals(expected.replace("""
				  partner Maker {
				  }
				""", """
				  partner Maker {
				    offers "brand"
				  }
				"""), edit(withCanvas, offers));
		Supplier<TextChange> hypothesis = () -> {
			Network network = (Network) document.getNetworks().get(0);
			Canvas maker = (Canvas) network.getElements().get(network.getElements().size() - 1);
			return CanvasEdits.addHypothesis(maker, CanvasEdits.freshName(maker), "brand sells parts", HypothesisStatus.TESTING);
		};
		assertEquals(expected.replace("""
				  partner Maker {
				  }
				""", """
				  partner Maker {
				    hypothesis hypothesis1 "brand sells parts" status testing
				  }
				"""), edit(withCanvas, hypothesis));
	}

	@Test
	public void readsCanvasesFlowsAndActorsWithoutCanvas() {
		edit(() -> null);
		PartnerCanvases canvases = PartnerCanvases.of(document);
		assertEquals(1, canvases.entries().size());
		PartnerCanvases.Entry parts = canvases.entries().get(0);
		assertEquals("Parts", parts.partner());
		assertEquals(List.of("machining", "forging"), parts.offers());
		assertEquals(List.of(), parts.desires());
		assertEquals(List.of("rotor shafts"), parts.joint());
		assertEquals(List.of("cheaper untested", "keeps untested"),
				parts.hypotheses().stream().map(h -> h.name() + " " + h.status().getLiteral()).toList());
		assertEquals(List.of("goods parts (Maker)"), parts.gives().stream().map(Object::toString).toList());
		assertEquals(List.of("money pay (Maker)"), parts.receives().stream().map(Object::toString).toList());
		assertEquals(List.of("Maker"), canvases.candidates().stream().map(PartnerCanvases.Candidate::actor).toList(), "segments are no partners");
	}

	@Test
	public void readsTheCarNetworkCanvasOfPistonsWithItsFlows() throws Exception {
		Path file = dev.valuenet.dsl.load.Models.examples().resolve("auto/car-network.vnet");
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(List.of(file));
		PartnerCanvases canvases = PartnerCanvases.of(workspace.document(file));
		assertEquals(List.of("Pistons", "Dealers"), canvases.entries().stream().map(PartnerCanvases.Entry::partner).toList());
		PartnerCanvases.Entry pistons = canvases.entries().get(0);
		assertEquals(List.of("precision machining", "high-volume forging"), pistons.offers());
		assertEquals(List.of("cheaperEV untested", "keepsVolume testing"),
				pistons.hypotheses().stream().map(h -> h.name() + " " + h.status().getLiteral()).toList());
		// car-network.vnet lines 78 and 85
		assertEquals(List.of("money steelPayPistons (SteelMill)", "PistonSet pistonSets (OEM)"), pistons.gives().stream().map(Object::toString).toList());
		// lines 74, 77, 86, 87, 104
		assertEquals(List.of("Steel steelToPistons (SteelMill)", "data millCertificates (SteelMill)", "money pistonPay (OEM)",
				"Forecast pistonForecast (OEM)", "knowledge supplierDevelopment (OEM)"), pistons.receives().stream().map(Object::toString).toList());
	}
}
