package dev.valuenet.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Reference proposals by simple name: the scope also holds every network's elements by qualified name
 * (a.b.Actor), and Xtext keeps only the first 100 proposals, so in a workspace with several networks the
 * qualified names of other networks would crowd out the local actors.
 */
public class ValuenetCrossrefProposalProvider extends IdeCrossrefProposalProvider {
	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference, ContentAssistContext context) {
		List<IEObjectDescription> simple = new ArrayList<>(), qualified = new ArrayList<>();
		for (IEObjectDescription d : super.queryScope(scope, crossReference, context)) {
			(d.getName().getSegmentCount() == 1 ? simple : qualified).add(d);
		}
		// qualified names stay valid when typed; proposed only when nothing is in scope by its simple name
		return simple.isEmpty() ? qualified : simple;
	}
}
