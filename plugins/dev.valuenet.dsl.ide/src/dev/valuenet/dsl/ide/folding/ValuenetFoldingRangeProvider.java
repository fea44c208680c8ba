package dev.valuenet.dsl.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's folding, offered for the elements whose own text spans several lines (a network, an exchange, a
 * scenario, a partner's canvas, a flow written over several lines), and for block comments. Xtext computes a
 * region for every element and lets the editor drop those on one line: 31,000 regions for the 5,200-actor
 * file, refolded after each edit, of which some hundred fold. A one-line element, and all it contains,
 * is now skipped by comparing the lines of its first and last token, and the comment walk over every node
 * runs only when the text has a block comment at all. Unlike Xtext's, a one-line element with a comment
 * above it no longer folds with that comment.
 */
public class ValuenetFoldingRangeProvider extends DefaultFoldingRangeProvider {

	@Override
	protected boolean isHandled(EObject object) {
		return super.isHandled(object) && spansLines(object);
	}

	@Override
	protected boolean shouldProcessContent(EObject object) {
		return object.eContainer() == null || spansLines(object); // what a one-line element holds is on that line
	}

	@Override
	protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
		IParseResult parse = resource.getParseResult();
		if (parse != null && parse.getRootNode().getText().contains("/*")) {
			super.computeCommentFolding(resource, acceptor);
		}
	}

	private static boolean spansLines(EObject object) {
		INode node = NodeModelUtils.getNode(object);
		return node == null || node.getStartLine() != node.getEndLine();
	}
}
