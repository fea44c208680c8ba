package dev.valuenet.interop.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dev.valuenet.interop.Formats;
import dev.valuenet.interop.RecordImport;
import dev.valuenet.interop.TableFormat;
import dev.valuenet.interop.records.RecordAggregate;

/**
 * File > Import > Value Network: interaction records (CSV, JSON lines) aggregated into flows, with
 * aliases, exchange rates and a period, into a new model or updating an existing one; or a table
 * export (GraphML, GEXF, Kumu, CSV, XLSX) as a new model. A progress bar follows the records read;
 * Cancel writes nothing. The report (what was merged, dropped, skipped) is shown at the end.
 */
public class ImportNetworkWizard extends Wizard implements IImportWizard {
	public static final String ID = "dev.valuenet.interop.ui.importNetwork";

	private IWorkbench workbench;
	private ImportPage page;
	private Path initialFolder;
	private String report = "";
	private ReportDialog reportDialog;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("Import Value Network");
		setNeedsProgressMonitor(true);
		IContainer container = WizardSupport.selectedContainer(selection);
		if (container != null && container.getLocation() != null) {
			initialFolder = container.getLocation().toFile().toPath();
		}
	}

	@Override
	public void addPages() {
		page = new ImportPage();
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return page.request() != null;
	}

	@Override
	public boolean performFinish() {
		ImportOperation.Request request = page.request();
		page.setErrorMessage(null);
		ImportOperation operation = new ImportOperation(request);
		if (!WizardSupport.run(getContainer(), page, operation)) {
			return false;
		}
		report = operation.report();
		WizardSupport.refresh(List.of(request.target()));
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(request.target().toAbsolutePath().toUri());
		if (files.length > 0 && workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), files[0]);
			} catch (PartInitException e) {
				// the model is written; opening it is a convenience
			}
		}
		reportDialog = new ReportDialog(getShell().getParent() instanceof org.eclipse.swt.widgets.Shell parent ? parent : getShell(),
				"Import report", report);
		reportDialog.open();
		return true;
	}

	/** The report of the last finish. */
	public String report() {
		return report;
	}

	/** The report window the last finish opened (it stays open beside the workbench), or null. */
	public org.eclipse.jface.window.Window reportDialog() {
		return reportDialog;
	}

	/** The page, for tests that fill it in as a user would. */
	public ImportPage page() {
		return page;
	}

	/** Source, records options, target model. */
	public final class ImportPage extends WizardPage {
		// the fields are public for tests that fill the page in as a user would
		public Text source;
		public Label kind;
		public Text aliases;
		public Text rates;
		public Text period;
		public Text currency;
		public Button keepDuplicates;
		public Text target;
		public Button replace;
		private Group recordOptions;

		ImportPage() {
			super("import");
			setTitle("Import Value Network");
			setDescription("Aggregate interaction records into flows, or read a network from Gephi, yEd, Kumu or a spreadsheet.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite grid = WizardSupport.grid(parent);
			source = WizardSupport.fileField(grid, "From file:", SWT.OPEN,
					new String[] { "*.csv;*.jsonl;*.ndjson;*.graphml;*.gexf;*.json;*.xlsx", "*.*" },
					new String[] { "Records and exchange formats", "All files" }, this::sourceChanged);
			new Label(grid, SWT.NONE);
			kind = new Label(grid, SWT.NONE);
			kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			recordOptions = new Group(grid, SWT.NONE);
			recordOptions.setText("Interaction records");
			recordOptions.setLayout(new org.eclipse.swt.layout.GridLayout(3, false));
			recordOptions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			aliases = WizardSupport.fileField(recordOptions, "Aliases:", SWT.OPEN, new String[] { "*.*" }, new String[] { "All files" },
					this::changed);
			aliases.setMessage("optional: lines \"spelling = name\"");
			rates = WizardSupport.fileField(recordOptions, "Exchange rates:", SWT.OPEN, new String[] { "*.*" }, new String[] { "All files" },
					this::changed);
			rates.setMessage("optional: lines \"USD = 0.92 EUR\"");
			period = WizardSupport.textField(recordOptions, "Period:", "e.g. 2024 or 2024-01..2024-06 (default: first to last record)",
					this::changed);
			currency = WizardSupport.textField(recordOptions, "Network currency:", "default: the rates' target, else EUR", this::changed);
			new Label(recordOptions, SWT.NONE);
			keepDuplicates = new Button(recordOptions, SWT.CHECK);
			keepDuplicates.setText("Keep exact duplicate records");
			keepDuplicates.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			target = WizardSupport.fileField(grid, "Into model:", SWT.SAVE, new String[] { "*.vnet" }, new String[] { "Value network (*.vnet)" },
					this::changed);
			new Label(grid, SWT.NONE);
			replace = new Button(grid, SWT.CHECK);
			replace.setText("Replace the model if it exists (records update it instead)");
			replace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			replace.addListener(SWT.Selection, event -> changed());
			setControl(grid);
			sourceChanged();
		}

		private void sourceChanged() {
			Path file = WizardSupport.path(source);
			if (file != null && Files.isRegularFile(file) && WizardSupport.path(target) == null) {
				Path folder = initialFolder != null ? initialFolder : file.toAbsolutePath().getParent();
				target.setText(folder.resolve(RecordImport.networkName(file) + ".vnet").toString());
			}
			changed();
		}

		private void changed() {
			if (target == null) return;
			setErrorMessage(null);
			setMessage(null);
			Path file = WizardSupport.path(source), into = WizardSupport.path(target);
			boolean aggregate = file != null && Files.isRegularFile(file) && RecordAggregate.isAggregate(file);
			boolean records = !aggregate && file != null && Files.isRegularFile(file) && RecordImport.isRecords(file, null);
			TableFormat format = file == null ? null : Formats.of(file);
			kind.setText(file == null || !Files.isRegularFile(file) ? ""
					: aggregate ? "An aggregate of records written by the Spark job: the model the records would give"
					: records ? "Interaction records: aggregated into flows per giver, receiver, value and unit"
							: format != null && format.reads() ? format.name() + ": actors and flows read as they are" : "");
			setEnabled(recordOptions, records);
			replace.setEnabled(!records && !aggregate);
			if (file == null) {
				setMessage("Choose the file to import.", IMessageProvider.INFORMATION);
			} else if (!Files.isRegularFile(file)) {
				setErrorMessage("No file at " + file);
			} else if (!records && !aggregate && (format == null || !format.reads())) {
				setErrorMessage("Cannot tell what " + file.getFileName() + " holds: give records (.csv, .jsonl) or a .graphml, .gexf,"
						+ " .kumu.json, .csv or .xlsx export.");
			} else if (into == null || !into.toString().endsWith(".vnet")) {
				setErrorMessage("The model to write must be a .vnet file.");
			} else if (Files.exists(into) && (records || aggregate)) {
				setMessage(into.getFileName() + " exists: the flows it has get their magnitudes updated, the others are added.",
						IMessageProvider.INFORMATION);
			} else if (Files.exists(into) && !replace.getSelection()) {
				setErrorMessage(into.getFileName() + " exists: choose a new name or tick Replace.");
			}
			setPageComplete(request() != null);
		}

		private void setEnabled(Composite composite, boolean enabled) {
			composite.setEnabled(enabled);
			for (var child : composite.getChildren()) {
				child.setEnabled(enabled);
			}
		}

		/** The import the page asks for, or null while it is incomplete. */
		ImportOperation.Request request() {
			if (target == null || getErrorMessage() != null) return null;
			Path file = WizardSupport.path(source), into = WizardSupport.path(target);
			if (file == null || into == null) return null;
			return new ImportOperation.Request(file, null, WizardSupport.path(aliases), WizardSupport.path(rates), period.getText(),
					currency.getText(), keepDuplicates.getSelection(), into, replace.getSelection());
		}
	}
}
