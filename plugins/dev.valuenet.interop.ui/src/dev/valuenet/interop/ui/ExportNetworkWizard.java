package dev.valuenet.interop.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.interop.NetworkExport;
import dev.valuenet.interop.PartnerView;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Participant;
import dev.valuenet.ui.editor.VnetLanguage;

/**
 * File > Export > Value Network: a network or scenario of a .vnet model in any format of {@code
 * valuenet export}, whole or as one partner may see it ({@code --for}), with actor metrics if asked.
 */
public class ExportNetworkWizard extends Wizard implements IExportWizard {
	public static final String ID = "dev.valuenet.interop.ui.exportNetwork";

	/** "Everything" in the partner list: no partner view. */
	static final String EVERYTHING = "(everything: no partner view)";

	private ExportPage page;
	private Path initialModel;
	private List<Path> written = List.of();

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("Export Value Network");
		setNeedsProgressMonitor(true);
		IFile file = WizardSupport.selectedModel(selection);
		if (file == null && workbench.getActiveWorkbenchWindow() != null && workbench.getActiveWorkbenchWindow().getActivePage() != null) {
			IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			IEditorInput input = editor == null ? null : editor.getEditorInput();
			if (input instanceof IFileEditorInput fileInput && "vnet".equals(fileInput.getFile().getFileExtension())) {
				file = fileInput.getFile();
			}
		}
		if (file != null && file.getLocation() != null) {
			initialModel = file.getLocation().toFile().toPath();
		}
	}

	@Override
	public void addPages() {
		page = new ExportPage();
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return page.request() != null;
	}

	@Override
	public boolean performFinish() {
		ExportOperation.Request request = page.request();
		page.setErrorMessage(null);
		ExportOperation operation = new ExportOperation(VnetLanguage.injector(), request);
		if (!WizardSupport.run(getContainer(), page, operation)) {
			return false;
		}
		written = operation.written();
		WizardSupport.refresh(written);
		return true;
	}

	/** The files the last finish wrote. */
	public List<Path> written() {
		return written;
	}

	/** The page, for tests that fill it in as a user would. */
	public ExportPage page() {
		return page;
	}

	/** Model, network, format, partner, metrics, target file. */
	public final class ExportPage extends WizardPage {
		// the fields are public for tests that fill the page in as a user would
		public Text model;
		public Combo network;
		public Combo format;
		public Combo partner;
		public Button metrics;
		public Text target;
		private Path loadedFor;
		private final Map<String, List<String>> partners = new java.util.HashMap<>();

		ExportPage() {
			super("export");
			setTitle("Export Value Network");
			setDescription("Write a network or scenario for Gephi, yEd, Cytoscape, Kumu, a spreadsheet or docs; a partner view follows `visibility`.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite grid = WizardSupport.grid(parent);
			model = WizardSupport.fileField(grid, "Model:", SWT.OPEN, new String[] { "*.vnet" }, new String[] { "Value network (*.vnet)" },
					this::modelChanged);
			network = combo(grid, "Network or scenario:");
			network.addListener(SWT.Selection, event -> {
				fillPartners();
				changed();
			});
			format = combo(grid, "Format:");
			NetworkExport.formatNames().forEach(format::add);
			format.select(NetworkExport.formatNames().indexOf("graphml"));
			format.addListener(SWT.Selection, event -> {
				retarget();
				changed();
			});
			partner = combo(grid, "As seen by:");
			partner.addListener(SWT.Selection, event -> changed());
			new Label(grid, SWT.NONE);
			metrics = new Button(grid, SWT.CHECK);
			metrics.setText("Add actor metrics (degree, betweenness, eigenvector, community...; table formats, not in partner views)");
			metrics.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			metrics.addListener(SWT.Selection, event -> changed());
			target = WizardSupport.fileField(grid, "To file:", SWT.SAVE, new String[] { "*.*" }, new String[] { "All files" }, this::changed);
			setControl(grid);
			if (initialModel != null) {
				model.setText(initialModel.toString());
			}
			changed();
		}

		private Combo combo(Composite grid, String label) {
			new Label(grid, SWT.NONE).setText(label);
			Combo combo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			return combo;
		}

		/** Lists the model's networks and their partners (the model is read once per file chosen). */
		private void modelChanged() {
			Path file = WizardSupport.path(model);
			if (file == null || !file.toString().endsWith(".vnet") || !Files.isRegularFile(file) || file.equals(loadedFor)) {
				changed();
				return;
			}
			loadedFor = file;
			network.removeAll();
			partners.clear();
			BusyIndicator.showWhile(getShell().getDisplay(), () -> {
				try (ModelSession session = ModelSession.of(VnetLanguage.injector()).open(file)) {
					for (AbstractNetwork declared : session.networks()) {
						network.add(declared.getName());
						partners.put(declared.getName(), participants(declared));
					}
				} catch (java.io.IOException e) {
					setErrorMessage(e.getMessage());
				}
			});
			if (network.getItemCount() > 0) {
				network.select(0);
			}
			fillPartners();
			retarget();
			changed();
		}

		private void fillPartners() {
			partner.removeAll();
			partner.add(EVERYTHING);
			partners.getOrDefault(network.getText(), List.of()).forEach(partner::add);
			partner.select(0);
		}

		/** Proposes a target beside the model named after it, with the format's extension. */
		private void retarget() {
			Path file = WizardSupport.path(model);
			if (file == null || format.getText().isEmpty()) return;
			String base = file.getFileName().toString().replaceFirst("\\.vnet$", "");
			Path current = WizardSupport.path(target);
			Path folder = current != null && current.toAbsolutePath().getParent() != null ? current.toAbsolutePath().getParent()
					: file.toAbsolutePath().getParent();
			target.setText(folder.resolve(base + NetworkExport.extension(format.getText())).toString());
		}

		private void changed() {
			if (model == null || target == null) return;
			setErrorMessage(null);
			setMessage(null);
			Path file = WizardSupport.path(model);
			if (file == null) {
				setMessage("Choose the .vnet model to export.", IMessageProvider.INFORMATION);
			} else if (!Files.isRegularFile(file) || !file.toString().endsWith(".vnet")) {
				setErrorMessage("No .vnet file at " + file);
			} else if (network.getItemCount() == 0) {
				setErrorMessage(file.getFileName() + " declares no network or scenario.");
			} else if (WizardSupport.path(target) == null) {
				setMessage("Choose the file to write.", IMessageProvider.INFORMATION);
			} else if (metrics.getSelection() && !partner.getText().equals(EVERYTHING)) {
				setMessage("Metrics are left out of partner views: they would reveal what the partner may not see.", IMessageProvider.WARNING);
			}
			setPageComplete(request() != null);
		}

		/** The export the page asks for, or null while it is incomplete. */
		ExportOperation.Request request() {
			if (model == null || getErrorMessage() != null) return null;
			Path file = WizardSupport.path(model), to = WizardSupport.path(target);
			if (file == null || to == null || network.getText().isEmpty()) return null;
			String seenBy = partner.getText().equals(EVERYTHING) ? null : partner.getText();
			return new ExportOperation.Request(file, network.getText(), format.getText(), seenBy, metrics.getSelection(), to);
		}
	}

	/** The names a partner view can be for, sorted, each once. */
	static List<String> participants(AbstractNetwork network) {
		return PartnerView.participants(network).stream().map(Participant::getName).filter(java.util.Objects::nonNull).distinct()
				.sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}
}
