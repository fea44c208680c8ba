package dev.valuenet.ui.editor;

import org.eclipse.jface.text.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class ToggleCommentHandlerTest {
	@Test
	public void commentsAndUncommentsLinesAtTheirCommonIndentation() throws Exception {
		String text = "network a.b {\n  actor A : firm\n    actor B : firm\n}\n";
		Document doc = new Document(text);
		int from = text.indexOf("  actor A"), to = text.indexOf("}");
		ToggleCommentHandler.toggle(doc, from, to - from);
		Assertions.assertEquals("network a.b {\n  // actor A : firm\n  //   actor B : firm\n}\n", doc.get());
		ToggleCommentHandler.toggle(doc, from, doc.get().indexOf("}") - from);
		Assertions.assertEquals(text, doc.get());
	}
}
