package dev.valuenet.dsl.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;

/**
 * The model a front end works on: one set of .vnet files loaded together, asked the same way by
 * every CLI command, every workbench view and the map's editing, so one model gives one answer.
 * <p>
 * <b>Which files belong to a file's model</b> (the one rule, also in docs/cli.md): the file itself
 * plus every other regular {@code .vnet} file directly in its folder, not in sub-folders. A network
 * may be split over several files of one folder (each declares {@code network same.name { ... }})
 * and {@code import} and {@code extends} resolve to networks declared in that folder. Networks in
 * other folders are added explicitly ({@link #open(Path, List, Map)}'s {@code with}). Sub-folders are
 * left out because they hold other models (e.g. examples/*), whose names would clash.
 * Given paths instead ({@link #openPaths}): exactly the .vnet files under them, folders recursively.
 * <p>
 * <b>Which network</b> ({@link #network(String)}): no name means the first network or scenario the
 * file declares; a name is matched exactly against qualified names, else against its last
 * segments ({@code ev} finds {@code auto.ev}) when that is unique; otherwise the failure names the
 * closest declared name ("did you mean").
 * <p>
 * <b>Unsaved text</b>: {@link #update(Path, String)} reparses one file from an editor's text and
 * relinks the others, without reading or parsing them again.
 * <p>
 * Not thread-safe: one thread (a job, a command) uses a session at a time.
 */
public final class ModelSession implements AutoCloseable {

	private final ValuenetWorkspace workspace;
	private Path file;

	private ModelSession(ValuenetWorkspace workspace) {
		this.workspace = workspace;
	}

	/** A session of a fresh language injector (CLI, tests). */
	public static ModelSession create() {
		return new ModelSession(ValuenetWorkspace.create());
	}

	/** A session whose fresh language injector is first given to {@code setup} (e.g. to install the metric checks). */
	public static ModelSession create(Consumer<Injector> setup) {
		return new ModelSession(ValuenetWorkspace.create(setup));
	}

	/**
	 * A session of an existing language injector: in the workbench, the running language's, since a
	 * second {@code createInjectorAndDoEMFRegistration} would replace its global EMF registrations.
	 */
	public static ModelSession of(Injector injector) {
		return new ModelSession(injector.getInstance(ValuenetWorkspace.class));
	}

	// ---- which files ------------------------------------------------------------------------------

	/**
	 * The files of {@code file}'s model by the rule above: {@code file} first (as spelled), then the
	 * other .vnet files of its folder, sorted by name.
	 *
	 * @throws IOException when {@code file} is not a regular file or its folder cannot be listed
	 */
	public static List<Path> modelFiles(Path file) throws IOException {
		requireRegularFile(file);
		Path absolute = file.toAbsolutePath().normalize();
		List<Path> files = new ArrayList<>();
		files.add(file);
		try (Stream<Path> list = Files.list(absolute.getParent())) {
			list.filter(p -> p.getFileName().toString().endsWith(".vnet") && Files.isRegularFile(p))
					.map(p -> p.toAbsolutePath().normalize()).filter(p -> !p.equals(absolute))
					.sorted(Comparator.comparing(Path::toString)).forEach(files::add);
		}
		return files;
	}

	// ---- opening ---------------------------------------------------------------------------------

	/**
	 * @throws IOException saying what {@code file} is when it is not a regular file: missing, a folder, or a
	 *         device, pipe or socket (which would block or never end if read)
	 */
	public static void requireRegularFile(Path file) throws IOException {
		if (Files.isRegularFile(file)) {
			return;
		}
		if (Files.isDirectory(file)) {
			throw new IOException(file + " is a folder; give a .vnet file in it");
		}
		if (Files.exists(file)) {
			throw new IOException(file + " is not a regular file but a device, pipe or socket; save the text to a file first");
		}
		throw new IOException("no such file: " + file);
	}

	/** Opens {@code file}'s model (the file and its neighbours, as saved). */
	public ModelSession open(Path file) throws IOException {
		return open(file, List.of(), Map.of());
	}

	/**
	 * Opens {@code file}'s model, plus the .vnet files under {@code with} (files or folders, e.g. a
	 * network imported from another folder), taking the text of some files from {@code texts}
	 * (editors' unsaved text) instead of the disk. Texts of files outside the model are ignored,
	 * except {@code file}'s own.
	 */
	public ModelSession open(Path file, List<Path> with, Map<Path, String> texts) throws IOException {
		Set<Path> files = new LinkedHashSet<>(modelFiles(file));
		if (!with.isEmpty()) {
			files.addAll(ValuenetWorkspace.collect(with));
		}
		List<Path> distinct = distinct(files);
		Set<Path> members = new LinkedHashSet<>();
		distinct.forEach(p -> members.add(p.toAbsolutePath().normalize()));
		Map<Path, String> overrides = new LinkedHashMap<>();
		texts.forEach((path, text) -> {
			Path key = path.toAbsolutePath().normalize();
			if (members.contains(key)) {
				overrides.put(key, text);
			}
		});
		workspace.load(distinct, overrides);
		this.file = file;
		return this;
	}

	/**
	 * Opens a model that exists only as text (new editors, tests): exactly these files with these
	 * texts, nothing read from disk; the first is {@link #file()}.
	 */
	public ModelSession openTexts(Map<Path, String> texts) {
		workspace.load(List.copyOf(texts.keySet()), texts);
		this.file = texts.isEmpty() ? null : texts.keySet().iterator().next();
		return this;
	}

	/** Opens exactly the .vnet files under {@code paths} (folders recursively), as {@code valuenet check} does. */
	public ModelSession openPaths(List<Path> paths) throws IOException {
		workspace.load(ValuenetWorkspace.collect(paths));
		this.file = null;
		return this;
	}

	/**
	 * Replaces the text of a loaded file by an editor's (unsaved) text: the file is reparsed and the
	 * other files relinked, nothing is read from disk. Unchanged text costs nothing.
	 *
	 * @throws IllegalArgumentException when {@code path} is not a file of this session
	 */
	public ModelSession update(Path path, String text) {
		XtextResource resource = resource(path);
		if (resource == null) {
			throw new IllegalArgumentException(path + " is not part of this model");
		}
		text = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark is not text (see the workspace)
		if (resource.getParseResult() != null && text.equals(resource.getParseResult().getRootNode().getText())) {
			return this;
		}
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new IllegalStateException("reparsing text in memory cannot fail", e);
		}
		for (XtextResource other : workspace.resources().values()) {
			if (other != resource) {
				other.relink();
			}
		}
		return this;
	}

	// ---- asking ----------------------------------------------------------------------------------

	/** The file the session was opened for, as spelled by the caller; null after {@link #openPaths}. */
	public Path file() {
		return file;
	}

	/** The loaded files, {@link #file()} first, as spelled by the caller. */
	public List<Path> files() {
		return List.copyOf(workspace.resources().keySet());
	}

	/** The model of a loaded file (any spelling of its path), or null when it could not be read. */
	public Document document(Path path) {
		XtextResource resource = resource(path);
		return resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document d) ? null : d;
	}

	/** The parsed resource of a loaded file (any spelling of its path), or null. */
	public XtextResource resource(Path path) {
		XtextResource resource = workspace.resources().get(path);
		if (resource != null) {
			return resource;
		}
		Path key = path.toAbsolutePath().normalize();
		for (Map.Entry<Path, XtextResource> e : workspace.resources().entrySet()) {
			if (e.getKey().toAbsolutePath().normalize().equals(key)) {
				return e.getValue();
			}
		}
		return null;
	}

	/** Diagnostics of every loaded file: read problems, syntax, linking and validation. */
	public List<Problem> validate() {
		return workspace.validate();
	}

	/** The errors located in {@code path} (any spelling), from {@link #validate()}. */
	public List<Problem> errors(Path path) {
		Path key = path.toAbsolutePath().normalize();
		return validate().stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR && p.file().toAbsolutePath().normalize().equals(key)).toList();
	}

	/**
	 * The networks and scenarios a front end offers, one per name: those {@link #file()} declares
	 * first, then those of the other files; a network split over files appears once.
	 */
	public List<AbstractNetwork> networks() {
		Map<String, AbstractNetwork> byName = new LinkedHashMap<>();
		for (XtextResource resource : orderedResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
				for (AbstractNetwork network : document.getNetworks()) {
					if (network.getName() != null) {
						byName.putIfAbsent(network.getName(), network);
					}
				}
			}
		}
		return List.copyOf(byName.values());
	}

	/**
	 * The network or scenario named {@code name} by the rule above; a null or blank name means the
	 * first one {@link #file()} declares.
	 *
	 * @throws UnknownNetworkException when there is none (its message says what exists and what was
	 *                                 probably meant)
	 */
	public AbstractNetwork network(String name) {
		List<AbstractNetwork> networks = networks();
		if (name == null || name.isBlank()) {
			Document document = file == null ? null : document(file);
			if (document != null) {
				for (AbstractNetwork network : document.getNetworks()) {
					if (network.getName() != null) {
						return network;
					}
				}
			}
			if (file == null && !networks.isEmpty()) {
				return networks.get(0);
			}
			throw new UnknownNetworkException(where() + " declares no network or scenario", null);
		}
		List<String> names = networks.stream().map(AbstractNetwork::getName).toList();
		for (AbstractNetwork network : networks) {
			if (network.getName().equals(name)) {
				return network;
			}
		}
		List<AbstractNetwork> bySuffix = networks.stream().filter(n -> n.getName().endsWith("." + name)).toList();
		if (bySuffix.size() == 1) {
			return bySuffix.get(0);
		}
		if (bySuffix.size() > 1) {
			throw new UnknownNetworkException("'" + name + "' is ambiguous in " + where() + ": it could be "
					+ String.join(" or ", bySuffix.stream().map(AbstractNetwork::getName).toList()) + "; give the qualified name", null);
		}
		String suggestion = closest(name, names);
		throw new UnknownNetworkException("no network or scenario named '" + name + "' in " + where()
				+ (suggestion != null ? "; did you mean '" + suggestion + "'?"
						: names.isEmpty() ? "" : "; it declares " + String.join(", ", names)),
				suggestion);
	}

	/** Releases the loaded resources. */
	@Override
	public void close() {
		workspace.unload();
	}

	/** The loading workspace underneath, for formatting and serializing (see {@link ValuenetWorkspace}). */
	public ValuenetWorkspace workspace() {
		return workspace;
	}

	/** No network or scenario of that name; {@link #suggestion()} is the closest declared name, or null. */
	public static final class UnknownNetworkException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;
		private final String suggestion;

		UnknownNetworkException(String message, String suggestion) {
			super(message);
			this.suggestion = suggestion;
		}

		public String suggestion() {
			return suggestion;
		}
	}

	// ---- helpers ---------------------------------------------------------------------------------

	private String where() {
		if (file != null) {
			Path parent = file.toAbsolutePath().normalize().getParent();
			return workspace.resources().size() > 1 ? file.getFileName() + " and its folder " + parent : String.valueOf(file);
		}
		return "the loaded files";
	}

	private List<XtextResource> orderedResources() {
		List<XtextResource> ordered = new ArrayList<>();
		XtextResource own = file == null ? null : resource(file);
		if (own != null) {
			ordered.add(own);
		}
		workspace.resources().values().stream().filter(r -> r != own).forEach(ordered::add);
		return ordered;
	}

	/**
	 * Keeps the first spelling of each file, so messages name files as the user gave them; a file reached
	 * again through a symbolic or hard link is the same file ({@link ValuenetWorkspace#identity}).
	 */
	private static List<Path> distinct(Set<Path> paths) {
		List<Path> result = new ArrayList<>();
		Set<Object> seen = new LinkedHashSet<>();
		for (Path path : paths) {
			if (seen.add(ValuenetWorkspace.identity(path))) {
				result.add(path);
			}
		}
		return result;
	}

	/**
	 * The declared name closest to {@code name}: smallest edit distance (case-insensitive) to the
	 * qualified name or to its last segment, accepted up to two edits or a third of the longer
	 * spelling, so a typo (or two swapped letters) is suggested but an unrelated name is not.
	 */
	private static String closest(String name, List<String> names) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		String wanted = name.toLowerCase();
		for (String candidate : names) {
			String simple = candidate.substring(candidate.lastIndexOf('.') + 1);
			for (String spelling : List.of(candidate, simple)) {
				int distance = editDistance(wanted, spelling.toLowerCase());
				if (distance <= Math.max(2, Math.max(wanted.length(), spelling.length()) / 3) && distance < bestDistance) {
					best = candidate;
					bestDistance = distance;
				}
			}
		}
		return best;
	}

	/** Levenshtein distance, O(|a|·|b|) time, O(|b|) space. */
	private static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
