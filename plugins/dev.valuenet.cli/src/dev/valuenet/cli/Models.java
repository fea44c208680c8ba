package dev.valuenet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.valuenet.dsl.load.Problem;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;

/**
 * Loading the model a command works on: FILE plus the other .vnet files of its folder (so
 * references resolve), refusing files with errors, and choosing the network or scenario.
 */
final class Models {

	private Models() {
	}

	/**
	 * The network a command analyses: the single FILE argument loaded with its folder, the network
	 * named by --scenario or FILE's first one; null after printing FILE's errors.
	 */
	static AbstractNetwork open(Arguments arguments, PrintStream err) throws IOException {
		if (arguments.paths().size() != 1) {
			throw new Arguments.UsageException("give exactly one .vnet file");
		}
		Path file = arguments.paths().get(0);
		ValuenetWorkspace workspace = load(file, err);
		return workspace == null ? null : choose(workspace, file, arguments.option("--scenario", null));
	}

	/** The loaded workspace and FILE's path in it, or null after printing FILE's errors. */
	static ValuenetWorkspace load(Path file, PrintStream err) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("no such file: " + file);
		}
		Path folder = file.toAbsolutePath().getParent();
		Set<Path> files = new LinkedHashSet<>();
		files.add(file);
		for (Path sibling : ValuenetWorkspace.collect(List.of(folder))) {
			if (sibling.getParent().equals(folder) && !sibling.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
				files.add(sibling);
			}
		}
		ValuenetWorkspace workspace = ValuenetWorkspace.create().load(List.copyOf(files));
		List<Problem> errors = workspace.validate().stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR && p.file().equals(file)).toList();
		if (!errors.isEmpty() || workspace.document(file) == null) {
			errors.forEach(err::println);
			err.println("valuenet: " + file + " has errors; fix them first (valuenet check " + file + ")");
			return null;
		}
		return workspace;
	}

	/**
	 * The network of FILE to analyse: the one named {@code name} (a network or scenario, simple or
	 * qualified name, from any loaded file), else FILE's first network.
	 */
	static AbstractNetwork choose(ValuenetWorkspace workspace, Path file, String name) {
		Document document = workspace.document(file);
		if (name == null) {
			if (document.getNetworks().isEmpty()) {
				throw new Arguments.UsageException(file + " declares no network");
			}
			return document.getNetworks().get(0);
		}
		for (var resource : workspace.resources().values()) {
			Document other = (Document) resource.getContents().get(0);
			for (AbstractNetwork network : other.getNetworks()) {
				if (name.equals(network.getName()) || network.getName().endsWith("." + name)) {
					return network;
				}
			}
		}
		throw new Arguments.UsageException("no network or scenario named '" + name + "' in " + file.getParent());
	}
}
