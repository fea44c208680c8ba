package dev.valuenet.interop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.valuenet.model.ValueKind;

/** One record's rules, and the names: what the Spark job shares with the single-machine import. */
class RecordRulesTest {

	@Test
	void valueKindsAreTheModelsKinds() {
		List<String> model = Arrays.stream(ValueKind.values()).filter(k -> k != ValueKind.UNSPECIFIED).map(ValueKind::getLiteral).toList();
		assertEquals(model, RecordRules.VALUE_KINDS);
	}

	@Test
	void convertsAndSkips() {
		RecordRules rules = new RecordRules("EUR", Map.of("USD", 0.5), null);
		RecordRules.Amount usd = (RecordRules.Amount) rules.apply(new String[] { "2024-02-01", "A", "B", "money", "200", "USD" });
		assertEquals(new RecordRules.Amount(LocalDate.of(2024, 2, 1), "money", null, "EUR", 100), usd);
		RecordRules.Amount kg = (RecordRules.Amount) rules.apply(new String[] { "2024-02-01", "A", "B", "Steel", "500", "kg" });
		assertEquals(new RecordRules.Amount(LocalDate.of(2024, 2, 1), "goods", "Steel", "t", 0.5), kg);
		RecordRules.Skip xyz = assertInstanceOf(RecordRules.Skip.class, rules.apply(new String[] { "2024-02-01", "A", "B", "money", "1", "XYZ" }));
		assertEquals("unknown", xyz.kind());
		assertEquals("missing", ((RecordRules.Skip) rules.apply(new String[] { null, "A", " ", "money", "1", "EUR" })).kind());
	}

	@Test
	void aKeysNameIsItsEarliestClaimInAnyOrder() {
		NameResolver names = new NameResolver(Map.of("Beta Handels GmbH", "Beta"));
		NameResolver.Claim acme = names.claim("  ACME   corp. ");
		assertEquals(new NameResolver.Claim("acme", "ACME corp.", "ACME corp.", false), acme);
		assertEquals(new NameResolver.Claim("beta", "Beta", "Beta Handels GmbH", true), names.claim("Beta Handels GmbH"));
		// in reading order the first spelling wins; the same as taking the earliest claim of the key
		assertEquals("ACME corp.", names.resolve("  ACME   corp. ", 1, new java.util.ArrayList<>()));
		assertEquals("ACME corp.", names.resolve("Acmé Corp", 2, new java.util.ArrayList<>()));
		assertEquals("ACME corp.", names.claim("Acmé Corp").name(Map.of("acme", acme.name())));
	}
}
