package dev.valuenet.dsl.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.valuenet.dsl.load.Models;
import dev.valuenet.dsl.load.ValuenetWorkspace;

/** The canonical layout, written out by hand, from a messy input; comments survive; idempotence. */
class ValuenetFormatterTest {

	private static String format(String text) {
		ValuenetWorkspace workspace = Models.load(Map.of("f.vnet", text));
		return workspace.formatted(Path.of("f.vnet"));
	}

	@Test
	void messyInputBecomesCanonical() {
		String messy = """
				import   other.net.*
				/** The network. */
				network   a.b   "Title"{currency EUR
				      actor A:firm   // the maker
				actor B : supplier


				  flow f : goods B->A {10k units / year  lead 3 d accuracy 99.5%}
				  layer fin { money ,data }
				  governance { rule r : betweenness( A ) <= 0.5 severity warning
				  /* keep me */ norm n "text" applies to A ,B }
				  partner B { offers "x" , "y" desires "z"
				    hypothesis h "works" status testing }
				  exchange e A <-> B per sale { A -> B : money 5 EUR
				  B -> A : goods 1 unit } volume 10 sales / year
				}
				""";
		String expected = """
				import other.net.*
				/** The network. */
				network a.b "Title" {
				  currency EUR
				  actor A : firm // the maker
				  actor B : supplier

				  flow f : goods B -> A { 10k units/year lead 3 d accuracy 99.5% }
				  layer fin { money, data }
				  governance {
				    rule r : betweenness(A) <= 0.5 severity warning
				    /* keep me */ norm n "text" applies to A, B
				  }
				  partner B {
				    offers "x", "y"
				    desires "z"
				    hypothesis h "works" status testing
				  }
				  exchange e A <-> B per sale {
				    A -> B : money 5 EUR
				    B -> A : goods 1 unit
				  } volume 10 sales/year
				}
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void commentsKeepTheirLinesAndBlankLines() {
		String text = """
				// file header

				network a.b {
				  actor A : firm // the maker

				  actor B : firm
				  /**
				   * Documented.
				   *
				   * Second paragraph.
				   */
				  flow f : data A -> B
				  // a full-line comment
				  flow g : data B -> A
				}
				""";
		assertEquals(text, format(text));
		// re-indented comment lines come back to the canonical indentation, with no trailing spaces
		assertEquals(text, format(text.replace("\n  ", "\n        ")));
	}

	/**
	 * A CRLF file stays CRLF on every line (the formatter kept CR only after comments), a lone CR that
	 * ends the last comment becomes a line end, and blank lines and indentation before the first
	 * declaration go.
	 */
	@Test
	void lineEndsFollowTheFileAndNothingPrecedesTheFirstLine() {
		String crlf = format("network a.b {\r\n  actor A : firm // the maker\r\n  actor B : firm\r\n  flow f : goods A -> B\r\n}\r\n");
		assertEquals("network a.b {\r\n  actor A : firm // the maker\r\n  actor B : firm\r\n  flow f : goods A -> B\r\n}\r\n", crlf);
		assertEquals(crlf, format(crlf));
		String loneCr = format("network a.b {\n  actor A : firm\n}\n// trailing comment\r");
		assertEquals("network a.b {\n  actor A : firm\n}\n// trailing comment\n", loneCr);
		assertEquals("network a.b {\n  actor A : firm\n}\n", format("  \n\n   network a.b {\n  actor A : firm\n}\n"));
	}

	@Test
	void formattingIsIdempotent() {
		String once = format("network a.b {actor A : firm  actor B:firm flow f : data A -> B {weekly} }");
		assertEquals(once, format(once));
		assertEquals("""
				network a.b {
				  actor A : firm
				  actor B : firm
				  flow f : data A -> B { weekly }
				}
				""", once);
	}

	@Test
	void viewStatementsOneALine() {
		// the first include/exclude line is an object of its own, not a keyword of the view: it must not stay on the 'view {' line
		String messy = """
				network a.b { actor A : firm  actor B : supplier layer fin { money }
				view v "Suppliers" { exclude "Test*" ,intangible include supplier,role R focus A hops 2
				  size  betweenness colour community chart   map layer fin }
				view w { exclude intangible colour community }
				view e { }
				role R : supplier }
				""";
		String expected = """
				network a.b {
				  actor A : firm
				  actor B : supplier
				  layer fin { money }
				  view v "Suppliers" {
				    exclude "Test*", intangible
				    include supplier, role R
				    focus A hops 2
				    size betweenness
				    colour community
				    chart map
				    layer fin
				  }
				  view w {
				    exclude intangible
				    colour community
				  }
				  view e {
				  }
				  role R : supplier
				}
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}
}
