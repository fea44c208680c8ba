package dev.valuenet.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A small canonical network and a scenario on it, shared by the delete, rename and reconnect tests. */
final class SmallModel {

	static final String NET = """
			/** A small network. */
			network t.net "Test" {
			  currency EUR

			  // ---- actors
			  /** The maker. */
			  actor A : firm // first
			  actor B : supplier
			  actor C : partner

			  segment S size 10

			  tie deal : contract A -- B { since 2020 }

			  flow pay : money A -> B { 1M EUR/year via deal }
			  flow parts : goods B -> A // parts
			  flow toS : goods A -> S

			  governance {
			    norm fair "Pay on time" applies to A, B
			    visibility pay confidential to A, B
			  }
			}
			""";

	static final String SCENARIO = """
			scenario t.s extends t.net {
			  remove parts

			  add actor D : partner
			  add flow dPay : money A -> D
			  add flow q : data t.net.A -> D
			}
			""";

	private SmallModel() {
	}

	static Fixture fixture() {
		return Fixture.of("net.vnet", NET, "s.vnet", SCENARIO);
	}

	/** {@code text} with {@code old} (which must occur exactly once) replaced. */
	static String replaceOnce(String text, String old, String replacement) {
		int at = text.indexOf(old);
		assertEquals(true, at >= 0 && text.indexOf(old, at + 1) < 0, "exactly one '" + old + "' in the text");
		return text.substring(0, at) + replacement + text.substring(at + old.length());
	}
}
