package dev.valuenet.ui.wizards;

import java.util.Locale;

/** The starting model of the wizards: a small network that passes every check (no warnings). */
public final class Templates {
	private Templates() {
	}

	/** A valid network name (QualifiedName of IDs) derived from a file or project name. */
	public static String networkName(String base) {
		String stem = base.endsWith(".vnet") ? base.substring(0, base.length() - 5) : base;
		StringBuilder s = new StringBuilder();
		for (String part : stem.toLowerCase(Locale.ROOT).split("[^A-Za-z0-9_]+")) {
			if (part.isEmpty()) continue;
			if (s.length() > 0) s.append('.');
			s.append(Character.isDigit(part.charAt(0)) ? "n" + part : part);
		}
		return s.length() == 0 ? "my.network" : s.toString();
	}

	public static String smallNetwork(String networkName, String title) {
		return """
				/** %2$s: two makers sell through two shops to one customer segment. */
				network %1$s "%2$s" {
				  currency EUR

				  layer financial { money }
				  layer logistical { goods }

				  actor MakerA : firm "First manufacturer"
				  actor MakerB : firm "Second manufacturer"
				  actor ShopA : partner "First retailer"
				  actor ShopB : partner "Second retailer"
				  segment Buyers "Private buyers" size 50k

				  tie termsAA : contract ShopA -- MakerA { since 2024 }
				  tie termsAB : contract ShopA -- MakerB { since 2024 }
				  tie termsBA : contract ShopB -- MakerA { since 2025 }
				  tie termsBB : contract ShopB -- MakerB { since 2025 }

				  flow goodsAA : goods MakerA -> ShopA { 10k units/year lead 5 d via termsAA }
				  flow goodsAB : goods MakerB -> ShopA { 10k units/year lead 5 d via termsAB }
				  flow goodsBA : goods MakerA -> ShopB { 10k units/year lead 5 d via termsBA }
				  flow goodsBB : goods MakerB -> ShopB { 10k units/year lead 5 d via termsBB }
				  flow payAA : money ShopA -> MakerA { 1M EUR/year via termsAA }
				  flow payAB : money ShopA -> MakerB { 1M EUR/year via termsAB }
				  flow payBA : money ShopB -> MakerA { 1M EUR/year via termsBA }
				  flow payBB : money ShopB -> MakerB { 1M EUR/year via termsBB }
				  flow salesA : goods ShopA -> Buyers { 20k units/year }
				  flow salesB : goods ShopB -> Buyers { 20k units/year }
				  flow revenueA : money Buyers -> ShopA { 3M EUR/year }
				  flow revenueB : money Buyers -> ShopB { 3M EUR/year }
				}
				""".formatted(networkName, title.replace("\"", "'"));
	}
}
