package dev.valuenet.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching for { } and ( ). */
public class VnetCharacterPairMatcher extends DefaultCharacterPairMatcher {
	public VnetCharacterPairMatcher() {
		super(new char[] { '{', '}', '(', ')' });
	}
}
