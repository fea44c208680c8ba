package dev.valuenet.ui.canvas;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import dev.valuenet.dsl.canvas.PartnerCanvases.HypothesisEntry;
import dev.valuenet.model.HypothesisStatus;

/**
 * The hypotheses of a canvas: name, text and status, each edited in place (status from a combo of the
 * grammar's statuses). An edit is handed to the view as (hypothesis, new value); the table itself
 * never changes the model, the text does, and the table is refreshed from it.
 */
final class HypothesesTable {
	/** The statuses a modeler can choose, in the order of the grammar (without the implicit "unspecified"). */
	static final HypothesisStatus[] STATUSES = { HypothesisStatus.UNTESTED, HypothesisStatus.TESTING, HypothesisStatus.VALIDATED,
			HypothesisStatus.INVALIDATED };

	private final TableViewer viewer;

	HypothesesTable(Composite parent, BiConsumer<HypothesisEntry, String> rename, BiConsumer<HypothesisEntry, String> retext,
			BiConsumer<HypothesisEntry, HypothesisStatus> restatus) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Name", 150, HypothesisEntry::name, new TextEditing(rename, HypothesisEntry::name));
		column("Hypothesis", 460, HypothesisEntry::text, new TextEditing(retext, HypothesisEntry::text));
		column("Status", 110, h -> h.status().getLiteral(), new StatusEditing(restatus));
		// edit on a single click or F2/Enter, Tab to the next cell (the usual JFace table editing)
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer), ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	TableViewer viewer() {
		return viewer;
	}

	private void column(String title, int width, Function<HypothesisEntry, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((HypothesisEntry) element);
			}
		});
		column.setEditingSupport(editing);
	}

	private final class TextEditing extends EditingSupport {
		private final BiConsumer<HypothesisEntry, String> change;
		private final Function<HypothesisEntry, String> current;

		TextEditing(BiConsumer<HypothesisEntry, String> change, Function<HypothesisEntry, String> current) {
			super(viewer);
			this.change = change;
			this.current = current;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return viewer.getTable().isEnabled();
		}

		@Override
		protected Object getValue(Object element) {
			return current.apply((HypothesisEntry) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (!value.equals(current.apply((HypothesisEntry) element))) change.accept((HypothesisEntry) element, (String) value);
		}
	}

	private final class StatusEditing extends EditingSupport {
		private final BiConsumer<HypothesisEntry, HypothesisStatus> change;

		StatusEditing(BiConsumer<HypothesisEntry, HypothesisStatus> change) {
			super(viewer);
			this.change = change;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			String[] labels = Arrays.stream(STATUSES).map(HypothesisStatus::getLiteral).toArray(String[]::new);
			return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return viewer.getTable().isEnabled();
		}

		@Override
		protected Object getValue(Object element) {
			return Arrays.asList(STATUSES).indexOf(((HypothesisEntry) element).status());
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0 && STATUSES[index] != ((HypothesisEntry) element).status()) change.accept((HypothesisEntry) element, STATUSES[index]);
		}
	}
}
