package dev.valuenet.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;
import org.eclipse.xtext.ide.editor.syntaxcoloring.MergingHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import dev.valuenet.dsl.ide.server.LineIndexedDocument;

/**
 * Xtext's semantic tokens (same legend, same encoding), computed so that a newer edit or save stops them
 * at once: the server starts an edit's build only when every earlier request has ended, and Xtext's
 * service checks for cancellation only while the colours are computed, not while it merges, sorts and
 * places them. On the 5,200-actor example a save arriving during the colouring of the previous edit
 * waited 0.4 s for it. A token's line and column come from the document's table of line starts
 * ({@link LineIndexedDocument}), not from a scan of the text.
 */
public class ValuenetSemanticTokensService extends SemanticTokensService {
	/** How many tokens are placed between two looks at the cancel indicator. */
	private static final int CHECK_EVERY = 4096;

	@Inject
	private OperationCanceledManager cancellation;

	/** The legend index of each token type, and the bit of each modifier, as Xtext numbers them. */
	private final Map<String, Integer> typeCodes = new HashMap<>(), modifierBits = new HashMap<>();

	public ValuenetSemanticTokensService() {
		List<String> types = getTokenTypes(), modifiers = getTokenModifiers();
		for (int i = types.size() - 1; i >= 0; i--) {
			typeCodes.put(types.get(i), i);
		}
		for (int i = modifiers.size() - 1; i >= 0; i--) {
			modifierBits.put(modifiers.get(i), 1 << i);
		}
	}

	@Override
	public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params, CancelIndicator cancel) {
		ISemanticHighlightingCalculator calculator = resource == null ? null : resource.getResourceServiceProvider().get(ISemanticHighlightingCalculator.class);
		if (document == null || calculator == null) {
			return new SemanticTokens(List.of());
		}
		MergingHighlightedPositionAcceptor acceptor = new MergingHighlightedPositionAcceptor(calculator);
		calculator.provideHighlightingFor(resource, acceptor, cancel);
		cancellation.checkCanceled(cancel);
		acceptor.mergePositions();
		cancellation.checkCanceled(cancel);
		List<LightweightPosition> positions = new ArrayList<>(acceptor.getPositions());
		positions.sort(Comparator.comparingInt(LightweightPosition::getOffset));
		LineIndexedDocument lines = LineIndexedDocument.of(document);
		List<Integer> data = new ArrayList<>(positions.size() * 5);
		int lastOffset = 0, lastLine = 0, placed = 0;
		for (LightweightPosition token : positions) {
			if (++placed % CHECK_EVERY == 0) {
				cancellation.checkCanceled(cancel);
			}
			int type = type(token.getIds()), modifiers = modifiers(token.getIds());
			if (type < 0) {
				continue; // as Xtext: not a token without a type
			}
			Position at = lines.getPosition(token.getOffset());
			int deltaLine = at.getLine() - lastLine;
			data.add(deltaLine);
			data.add(deltaLine == 0 ? token.getOffset() - lastOffset : at.getCharacter()); // from the previous token on its line
			data.add(token.getLength());
			data.add(type);
			data.add(modifiers);
			lastLine = at.getLine();
			lastOffset = token.getOffset();
		}
		return new SemanticTokens(data);
	}

	/** The legend index of the first id that is a token type, or -1. */
	private int type(String[] ids) {
		for (String id : ids) {
			Integer code = typeCodes.get(id);
			if (code != null) {
				return code;
			}
		}
		return -1;
	}

	private int modifiers(String[] ids) {
		int bits = 0;
		for (String id : ids) {
			bits |= modifierBits.getOrDefault(id, 0);
		}
		return bits;
	}
}
