package dev.valuenet.dsl.ide.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.valuenet.dsl.ide.ValuenetIdeSetup;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.tests.support.Examples;

/** The outline's symbols are Xtext's own, on every example; a symbol lacking a required property is left out. */
class ValuenetDocumentSymbolServiceTest {

	@Test
	void everyExampleHasXtextsSymbols() throws Exception {
		Injector injector = new ValuenetIdeSetup().createInjectorAndDoEMFRegistration();
		HierarchicalDocumentSymbolService ours = injector.getInstance(HierarchicalDocumentSymbolService.class);
		assertTrue(ours instanceof ValuenetDocumentSymbolService, ours.getClass().getName());
		HierarchicalDocumentSymbolService xtexts = new HierarchicalDocumentSymbolService();
		injector.injectMembers(xtexts);
		ModelSession session = ModelSession.of(injector).openPaths(Examples.files());
		int symbols = 0;
		for (Path file : Examples.files()) {
			XtextResource resource = session.resource(file);
			List<DocumentSymbol> mine = ours.getSymbols(resource, CancelIndicator.NullImpl);
			assertEquals(xtexts.getSymbols(resource, CancelIndicator.NullImpl), mine, file.toString());
			symbols += count(mine);
		}
		assertTrue(symbols > 500, symbols + " symbols");
	}

	@Test
	void aSymbolWithoutANameOrRangeIsIncomplete() {
		Range range = new Range();
		assertTrue(ValuenetDocumentSymbolService.complete(new DocumentSymbol("A", SymbolKind.Class, range, range)));
		DocumentSymbol unnamed = new DocumentSymbol(); // LSP4J's setters refuse null: the missing ones are never set
		unnamed.setKind(SymbolKind.Class);
		unnamed.setRange(range);
		unnamed.setSelectionRange(range);
		assertFalse(ValuenetDocumentSymbolService.complete(unnamed));
		assertFalse(HierarchicalDocumentSymbolService.isValid(unnamed));
		DocumentSymbol noSelection = new DocumentSymbol();
		noSelection.setName("A");
		noSelection.setKind(SymbolKind.Class);
		noSelection.setRange(range);
		assertFalse(ValuenetDocumentSymbolService.complete(noSelection));
		assertFalse(ValuenetDocumentSymbolService.complete(null));
	}

	private static int count(List<DocumentSymbol> symbols) {
		int n = symbols.size();
		for (DocumentSymbol symbol : symbols) {
			n += count(symbol.getChildren());
		}
		return n;
	}
}
