package dev.valuenet.interop.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.valuenet.ui.UiTesting;
import dev.valuenet.ui.editor.VnetLanguage;
import dev.valuenet.ui.editor.VnetLanguageServer;

/**
 * File > Import and File > Export as a user drives them: fields filled in, Finish pressed, files
 * checked on disk and in the workspace; Cancel during a records import writes nothing.
 */
class ImportExportWizardsTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		UiTesting.examples();
		// the language server first: the wizards' refreshes and the editor the import opens are then
		// ordinary changes to it, not requests that race its initial build
		Assertions.assertNotNull(VnetLanguageServer.get(120_000), "language server did not start");
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("interop-wizards");
		if (!project.exists()) project.create(null);
		project.open(null);
	}

	@AfterAll
	static void remove() throws Exception {
		// the import opened its model in an editor: close it before its project goes
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (var reference : page.getEditorReferences()) {
			if (reference.getEditorInput() instanceof org.eclipse.ui.IFileEditorInput input && input.getFile().getProject().equals(project)) {
				page.closeEditor(reference.getEditor(false), false);
			}
		}
		project.delete(true, true, null);
	}

	private static Path folder() {
		return project.getLocation().toFile().toPath();
	}

	private static void select(Combo combo, String item) {
		int index = List.of(combo.getItems()).indexOf(item);
		Assertions.assertTrue(index >= 0, item + " is offered: " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void exportWizardWritesWhatAPartnerMaySee() throws Exception {
		IFile model = UiTesting.examples().getFile("auto/car-network.vnet");
		ExportNetworkWizard wizard = new ExportNetworkWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			ExportNetworkWizard.ExportPage page = wizard.page();
			Assertions.assertEquals(model.getLocation().toFile().toPath().toString(), page.model.getText(), "the selected model is proposed");
			Assertions.assertTrue(List.of(page.network.getItems()).contains("auto.oem"), "its network is listed: " + List.of(page.network.getItems()));
			select(page.format, "csv");
			// pistonForecast is confidential to OEM and Pistons; creditRisk to OEM and CaptiveBank
			select(page.partner, "CaptiveBank");
			page.target.setText(folder().resolve("captive.csv").toString());
			Assertions.assertTrue(wizard.canFinish(), "complete: " + page.getErrorMessage());
			UiTesting.spin(300);
			UiTesting.screenshot("wizard-export");
			Assertions.assertTrue(wizard.performFinish(), "finished: " + page.getErrorMessage());
		} finally {
			dialog.close();
		}
		Assertions.assertEquals(List.of("captive.actors.csv", "captive.flows.csv", "captive.network.csv"),
				wizard.written().stream().map(p -> p.getFileName().toString()).sorted().toList());
		String flows = Files.readString(folder().resolve("captive.flows.csv"));
		Assertions.assertTrue(flows.contains("creditRisk"), "CaptiveBank sees its own confidential flow");
		for (Path written : wizard.written()) {
			Assertions.assertFalse(Files.readString(written).contains("pistonForecast"), written + " leaks pistonForecast");
		}
		Assertions.assertTrue(project.getFile("captive.flows.csv").exists(), "the workspace is refreshed where the files were written");
	}

	@Test
	void exportThenImportKeepsEveryActorAndFlow() throws Exception {
		Path model = UiTesting.examples().getFile("auto/car-network.vnet").getLocation().toFile().toPath();
		Path graphml = folder().resolve("car.graphml");
		ExportOperation export = new ExportOperation(VnetLanguage.injector(),
				new ExportOperation.Request(model, null, "graphml", null, false, graphml));
		export.run(new NullProgressMonitor());
		String xml = Files.readString(graphml);
		long nodes = xml.split("<node ", -1).length - 1, edges = xml.split("<edge ", -1).length - 1;
		Assertions.assertTrue(nodes > 15 && edges > 50, nodes + " nodes, " + edges + " edges");

		ImportOperation imported = new ImportOperation(
				new ImportOperation.Request(graphml, null, null, null, null, null, false, folder().resolve("car.vnet"), false));
		imported.run(new NullProgressMonitor());
		Assertions.assertTrue(imported.report().startsWith(graphml + ": " + nodes + " actors and " + edges + " flows"), imported.report());
		// a second import into the same file is refused unless asked to replace it
		InvocationTargetException refused = Assertions.assertThrows(InvocationTargetException.class, () -> new ImportOperation(
				new ImportOperation.Request(graphml, null, null, null, null, null, false, folder().resolve("car.vnet"), false))
				.run(new NullProgressMonitor()));
		Assertions.assertTrue(refused.getCause().getMessage().contains("car.vnet exists"), refused.getCause().getMessage());
	}

	@Test
	void recordsImportShowsProgressAndCancelWritesNothing() throws Exception {
		Path records = folder().resolve("records.csv");
		StringBuilder csv = new StringBuilder("date,from,to,kind,amount,unit\n");
		for (int i = 0; i < 60_000; i++) {
			csv.append(String.format(Locale.ROOT, "2024-%02d-%02d,Firm %d,Firm %d,money,%d.50,EUR%n", 1 + i % 12, 1 + i % 28, i % 40,
					(i % 40 + 1 + i % 3) % 40, 10 + i % 90));
		}
		Files.writeString(records, csv, StandardCharsets.UTF_8);
		Path target = folder().resolve("records.vnet");

		// Cancel after the first progress step: no model, no temp file
		int[] steps = { 0 };
		NullProgressMonitor cancelling = new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				steps[0]++;
				setCanceled(true);
			}
		};
		ImportOperation.Request request = new ImportOperation.Request(records, null, null, null, "2024", null, false, target, false);
		Assertions.assertThrows(InterruptedException.class, () -> new ImportOperation(request).run(cancelling));
		Assertions.assertTrue(steps[0] >= 1, "progress was reported before the end");
		Assertions.assertFalse(Files.exists(target), "a cancelled import writes no model");
		try (Stream<Path> left = Files.list(folder())) {
			Assertions.assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".tmp")).toList(), "no temp file survives");
		}

		// the wizard, as a user fills it in
		ImportNetworkWizard wizard = new ImportNetworkWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			ImportNetworkWizard.ImportPage page = wizard.page();
			page.source.setText(records.toString());
			Assertions.assertEquals(target.toString(), page.target.getText(), "the model is proposed in the selected project");
			Assertions.assertTrue(page.kind.getText().startsWith("Interaction records"), page.kind.getText());
			page.period.setText("2024");
			UiTesting.spin(300);
			UiTesting.screenshot("wizard-import");
			Assertions.assertTrue(wizard.performFinish(), "finished: " + page.getErrorMessage());
		} finally {
			dialog.close();
			if (wizard.reportDialog() != null) wizard.reportDialog().close();
		}
		Assertions.assertTrue(wizard.report().contains("60,000 records"), wizard.report());
		String text = Files.readString(target);
		// 40 firms, each paying two or three others
		Assertions.assertEquals(40, text.lines().filter(line -> line.trim().startsWith("actor ")).count(), text);
		Assertions.assertTrue(project.getFile("records.vnet").exists(), "the workspace shows the new model");
		// importing formats and checks the model with a language injector of its own; .vnet stays the workbench's
		var registered = (org.eclipse.xtext.resource.IResourceServiceProvider) org.eclipse.xtext.resource.IResourceServiceProvider.Registry.INSTANCE
				.getExtensionToFactoryMap().get(VnetLanguage.EXTENSION);
		Assertions.assertInstanceOf(VnetLanguage.GradedResourceValidator.class, registered.getResourceValidator(),
				".vnet is still registered to the workbench's language injector");
	}
}
