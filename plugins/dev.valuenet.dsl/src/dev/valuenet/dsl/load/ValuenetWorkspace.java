package dev.valuenet.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryRegistryImpl;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.common.util.concurrent.Uninterruptibles;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

import dev.valuenet.dsl.ValuenetStandaloneSetup;
import dev.valuenet.dsl.validation.IssueCodes;
import dev.valuenet.dsl.validation.Suppressions;
import dev.valuenet.dsl.validation.ValuenetResourceValidator;
import dev.valuenet.model.Document;

/**
 * A set of .vnet files loaded together, so references across files resolve, with their
 * diagnostics. This is the headless entry point the CLI and the tests share: files are read
 * defensively (size limit, strict UTF-8, binary detection) so bad input becomes a located
 * {@link Problem}, never an exception.
 */
public class ValuenetWorkspace {

	/** Larger files are refused: split a network over several files of the same network name. */
	public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

	/** Stack of the parsing helper threads: the launcher's -Xss8m, which deeply nested input needs. */
	private static final long PARSER_STACK_BYTES = 8L * 1024 * 1024;

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceValidator validator;
	@Inject
	private IFormatter2 formatter;
	@Inject
	private Provider<FormatterRequest> formatterRequests;
	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;
	@Inject
	private ISerializer serializer;

	@Inject
	private IResourceFactory resourceFactory;

	private XtextResourceSet resourceSet;
	private final Map<Path, XtextResource> resources = new LinkedHashMap<>();
	private final List<Problem> readProblems = new ArrayList<>();
	private final List<Problem> accepted = new ArrayList<>();

	/** A workspace of the .vnet language, created by a fresh language injector. */
	public static ValuenetWorkspace create() {
		return create(injector -> {
		});
	}

	/** A workspace whose language injector is first given to {@code setup} (e.g. to install more checks). */
	public static ValuenetWorkspace create(Consumer<Injector> setup) {
		// Only the first injector of a JVM registers .vnet globally: a later registration would take
		// the extension from the workbench's own language (its editor, markers and language server). A
		// workspace never relies on the global registry anyway: its resource sets use its own injector.
		ValuenetStandaloneSetup standalone = new ValuenetStandaloneSetup();
		Injector injector = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().containsKey(EXTENSION) ? standalone.createInjector()
				: standalone.createInjectorAndDoEMFRegistration();
		setup.accept(injector);
		return injector.getInstance(ValuenetWorkspace.class);
	}

	/** A resource set whose .vnet resources come from this workspace's injector, whatever is registered globally. */
	private XtextResourceSet newResourceSet() {
		XtextResourceSet set = resourceSets.get();
		ResourceFactoryRegistryImpl own = new ResourceFactoryRegistryImpl();
		own.getExtensionToFactoryMap().put(EXTENSION, resourceFactory);
		// a file given by name is .vnet text whatever its name ends with (model.txt, a file without an extension)
		own.getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, resourceFactory);
		set.setResourceFactoryRegistry(own);
		return set;
	}

	private static final String EXTENSION = "vnet";

	/**
	 * All .vnet files under the given files and folders, sorted so output is stable, each once; a
	 * folder without any .vnet file is an error (a mistyped path must not pass CI).
	 */
	public static List<Path> collect(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		java.util.Set<Object> seen = new java.util.HashSet<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				List<Path> found = vnetFilesUnder(path);
				if (found.isEmpty()) {
					throw new IOException("no .vnet file under " + path);
				}
				found.stream().filter(p -> seen.add(identity(p))).forEach(files::add);
			} else if (Files.exists(path)) {
				if (seen.add(identity(path))) {
					files.add(path);
				}
			} else {
				throw new IOException("no such file or folder: " + path);
			}
		}
		return files;
	}

	/**
	 * The .vnet files under a folder, sorted. Symbolic links are followed (a linked folder, or a folder given
	 * through a link, holds its files); a link back up the tree is skipped, its files are listed already.
	 */
	private static List<Path> vnetFilesUnder(Path folder) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
				new java.nio.file.SimpleFileVisitor<>() {
					@Override
					public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
						if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".vnet")) {
							found.add(file);
						}
						return java.nio.file.FileVisitResult.CONTINUE;
					}

					@Override
					public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
						if (e instanceof java.nio.file.FileSystemLoopException) {
							return java.nio.file.FileVisitResult.CONTINUE;
						}
						throw e;
					}
				});
		found.sort(Comparator.comparing(Path::toString));
		return found;
	}

	/**
	 * What makes two paths the same file: the file system's file key (device and inode), so a file reached
	 * through a symbolic link, a hard link or two spellings is loaded once; else its real path; else its
	 * absolute path (a file that cannot be read, reported when it is loaded).
	 */
	public static Object identity(Path path) {
		try {
			Object key = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
			return key != null ? key : path.toRealPath();
		} catch (IOException | RuntimeException e) {
			return path.toAbsolutePath().normalize();
		}
	}

	/** Loads the files into one resource set; unreadable files are reported and skipped. */
	public ValuenetWorkspace load(List<Path> files) {
		return load(files, Map.of());
	}

	/**
	 * Loads the files, taking the text of some of them from {@code texts} instead of the disk: an
	 * editor's current, possibly unsaved, text. A file of {@code texts} missing from {@code files}
	 * (a new editor) is loaded too. Paths are compared absolute and normalized.
	 */
	public ValuenetWorkspace load(List<Path> files, Map<Path, String> texts) {
		Map<Path, String> overrides = new LinkedHashMap<>();
		texts.forEach((path, text) -> overrides.put(path.toAbsolutePath().normalize(), text));
		List<Path> all = new ArrayList<>(files);
		java.util.Set<Path> listed = new java.util.HashSet<>();
		files.forEach(f -> listed.add(f.toAbsolutePath().normalize()));
		texts.keySet().stream().filter(p -> !listed.contains(p.toAbsolutePath().normalize())).forEach(all::add);
		resourceSet = newResourceSet();
		List<Path> loaded = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();
		List<XtextResource> created = new ArrayList<>();
		for (Path file : all) {
			String override = overrides.get(file.toAbsolutePath().normalize());
			byte[] bytes = override != null ? override.getBytes(StandardCharsets.UTF_8) : read(file);
			if (bytes == null) {
				continue;
			}
			bytes = withoutByteOrderMark(bytes);
			URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
			loaded.add(file);
			contents.add(bytes);
			created.add((XtextResource) resourceSet.createResource(uri));
		}
		Throwable[] failures = new Throwable[loaded.size()];
		parseAll(created, contents, failures);
		for (int i = 0; i < loaded.size(); i++) {
			if (failures[i] instanceof Error error) {
				throw error; // as when parsed on the caller's thread (e.g. a stack overflow on absurd nesting)
			}
			if (failures[i] == null) {
				resources.put(loaded.get(i), created.get(i));
			} else {
				readProblems.add(fileProblem(loaded.get(i), "could not be parsed (" + failures[i] + "); please report this with the file attached."));
				resourceSet.getResources().remove(created.get(i));
			}
		}
		return this;
	}

	/**
	 * Parses the files in parallel (the 50,000-actor model of 7 files: parse is a third of the load):
	 * a resource's load touches only itself and stateless language services, and the resource set is
	 * changed only before and after. Own threads rather than the common pool, so that they get the
	 * caller's deep stack (the launcher's -Xss) for the recursive-descent parser.
	 */
	private static void parseAll(List<XtextResource> created, List<byte[]> texts, Throwable[] failures) {
		int threads = Math.min(created.size(), Runtime.getRuntime().availableProcessors());
		AtomicInteger next = new AtomicInteger();
		Runnable worker = () -> {
			for (int i = next.getAndIncrement(); i < created.size(); i = next.getAndIncrement()) {
				try {
					created.get(i).load(new ByteArrayInputStream(texts.get(i)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
				} catch (IOException | RuntimeException | Error e) {
					failures[i] = e;
				}
			}
		};
		List<Thread> helpers = new ArrayList<>();
		for (int t = 1; t < threads; t++) {
			Thread helper = new Thread(null, worker, "valuenet-parse-" + t, PARSER_STACK_BYTES);
			helper.setDaemon(true);
			helper.start();
			helpers.add(helper);
		}
		worker.run();
		helpers.forEach(Uninterruptibles::joinUninterruptibly);
	}

	/** Loads one text as if it were the file {@code name}: for tests and editors. */
	public XtextResource loadText(String name, String text) {
		if (resourceSet == null) {
			resourceSet = newResourceSet();
		}
		Path file = Path.of(name);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(withoutByteOrderMark(text.getBytes(StandardCharsets.UTF_8))),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		resources.put(file, resource);
		return resource;
	}

	private byte[] read(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				// reading a device never ends (/dev/zero) or a pipe without a writer blocks: only files are read
				readProblems.add(fileProblem(file, "is not a regular file but a device, pipe or socket; give the path of a .vnet file"
						+ " (to check text from a pipe, save it to a file first)."));
				return null;
			}
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				readProblems.add(fileProblem(file, String.format(java.util.Locale.ROOT, "is %.1f MiB; .vnet files are limited to %d MiB:"
						+ " split the network into several files that declare the same network name.", size / (1024.0 * 1024),
						MAX_FILE_BYTES / (1024 * 1024))));
				return null;
			}
			byte[] bytes = Files.readAllBytes(file);
			String encodingProblem = checkText(bytes);
			if (encodingProblem != null) {
				int[] position = position(bytes, firstBadByte(bytes));
				readProblems.add(new Problem(file, position[0], position[1], Problem.Severity.ERROR, encodingProblem,
						IssueCodes.UNREADABLE_FILE));
				return null;
			}
			return bytes;
		} catch (java.nio.file.AccessDeniedException e) {
			readProblems.add(fileProblem(file, "cannot be read: permission denied; check the file's owner and mode (ls -l)."));
			return null;
		} catch (IOException e) {
			readProblems.add(fileProblem(file, "cannot be read: " + e.getMessage()));
			return null;
		}
	}

	/**
	 * The bytes without a leading UTF-8 byte order mark (EF BB BF), which Windows editors write: it is not
	 * part of the text, and the parser would take it for a stray character at 1:1.
	 */
	static byte[] withoutByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
				? java.util.Arrays.copyOfRange(bytes, 3, bytes.length)
				: bytes;
	}

	private static String checkText(byte[] bytes) {
		if (utf16(bytes)) {
			return "This file is UTF-16 text; .vnet files are UTF-8: re-save it as UTF-8 (e.g. iconv -f utf-16 -t utf-8).";
		}
		if (firstNul(bytes) >= 0) {
			return "This is a binary file, not .vnet text; check the file name or restore the file from git.";
		}
		try {
			utf8().decode(ByteBuffer.wrap(bytes));
			return null;
		} catch (CharacterCodingException e) {
			return "This file is not valid UTF-8; re-save it as UTF-8 (e.g. iconv -f latin1 -t utf-8).";
		}
	}

	/** Text saved as UTF-16 (Windows' "Unicode"): its byte order mark, or a NUL beside each ASCII letter. */
	private static boolean utf16(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
			return true;
		}
		return bytes.length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0
				|| bytes.length >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0;
	}

	private static CharsetDecoder utf8() {
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static int firstNul(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	/** Offset of the first NUL or invalid UTF-8 sequence. */
	private static int firstBadByte(byte[] bytes) {
		int nul = firstNul(bytes);
		if (nul >= 0) {
			return nul;
		}
		CharsetDecoder decoder = utf8();
		int low = 0;
		int high = bytes.length;
		// the longest valid prefix ends at the first bad byte (within 3 bytes of a sequence start)
		while (low < high) {
			int mid = (low + high + 1) / 2;
			try {
				decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
				low = mid;
			} catch (CharacterCodingException e) {
				high = mid - 1;
			}
		}
		return Math.min(low, Math.max(0, bytes.length - 1));
	}

	private static int[] position(byte[] bytes, int offset) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				column = 1;
			} else if ((bytes[i] & 0xC0) != 0x80) {
				column++;
			}
		}
		return new int[] { line, column };
	}

	private static Problem fileProblem(Path file, String message) {
		return new Problem(file, 1, 1, Problem.Severity.ERROR, "The file " + message, IssueCodes.UNREADABLE_FILE);
	}

	/** Diagnostics of every file: read problems, syntax, linking and validation, in file order. */
	public List<Problem> validate() {
		List<Problem> problems = new ArrayList<>(readProblems);
		accepted.clear();
		// every file's references first: resolving one file can record linking errors in it, a change
		// that drops what the files of a split network share (NetworkCache) after an earlier file used it
		Map<Path, RuntimeException> unresolved = new LinkedHashMap<>();
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			try {
				ValuenetResourceValidator.resolve(entry.getValue());
			} catch (RuntimeException e) {
				unresolved.put(entry.getKey(), e);
			}
		}
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			try {
				if (unresolved.containsKey(entry.getKey())) {
					throw unresolved.get(entry.getKey());
				}
				for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
					problems.add(toProblem(entry.getKey(), issue));
				}
				for (Suppressions.Suppressed suppressed : Suppressions.of(entry.getValue())) {
					accepted.add(toProblem(entry.getKey(), suppressed.issue()));
				}
			} catch (RuntimeException e) {
				// a defect of ours must not hide the other files' diagnostics, nor show a stack trace
				Throwable cause = e.getCause() != null ? e.getCause() : e;
				problems.add(new Problem(entry.getKey(), 1, 1, Problem.Severity.ERROR, "The file could not be checked completely ("
						+ cause.getMessage() + "); fix the syntax errors first, or report this with the file attached.",
						IssueCodes.SYNTAX));
			}
		}
		problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line)
				.thenComparingInt(Problem::column));
		return problems;
	}

	/**
	 * The findings the models accept ({@code accept} statements), left out of {@link #validate()}'s
	 * result: from its last call, in file order.
	 */
	public List<Problem> accepted() {
		return List.copyOf(accepted);
	}

	private static Problem toProblem(Path file, Issue issue) {
		Problem.Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Problem.Severity.ERROR;
			case WARNING -> Problem.Severity.WARNING;
			default -> Problem.Severity.INFO;
		};
		String code = issue.getCode() != null && issue.getCode().startsWith("vnet.") ? issue.getCode()
				: issue.isSyntaxError() ? IssueCodes.SYNTAX : String.valueOf(issue.getCode());
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Problem(file, line, column, severity, issue.getMessage(), code);
	}

	/** The loaded files and their resources, in the order they were given. */
	public Map<Path, XtextResource> resources() {
		return resources;
	}

	/** The model of a loaded file, or null when it could not be read. */
	public Document document(Path file) {
		XtextResource resource = resources.get(file);
		return resource == null || resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The file's text in canonical layout (the formatter applied to its parse tree). */
	public String formatted(Path file) {
		XtextResource resource = resources.get(file);
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = formatterRequests.get();
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		String formatted = regions.getRewriter().renderToString(formatter.format(request)).stripLeading();
		return withLineEndsOf(resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText(), formatted);
	}

	/**
	 * {@code formatted} with the line ends of {@code original}: CRLF when most of its lines end so, else
	 * LF. The formatter writes LF but keeps a comment's own line end, which turned a CRLF file into a
	 * mix; a lone CR (which ends a comment) becomes a line end of that kind too.
	 */
	static String withLineEndsOf(String original, String formatted) {
		String lf = formatted.replace("\r\n", "\n").replace('\r', '\n');
		int crlf = 0, lfOnly = 0;
		for (int i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) {
			if (i > 0 && original.charAt(i - 1) == '\r') {
				crlf++;
			} else {
				lfOnly++;
			}
		}
		return crlf > lfOnly ? lf.replace("\n", "\r\n") : lf;
	}

	/**
	 * True when {@code text} parses without syntax errors into the same tokens as the loaded file,
	 * i.e. only whitespace and comment placement differ: formatting never changes meaning.
	 */
	public boolean sameTokens(Path file, String text) {
		XtextResource original = resources.get(file);
		XtextResource copy = (XtextResource) newResourceSet().createResource(URI.createFileURI("/__check__/" + file.getFileName()));
		try {
			copy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			return false;
		}
		return !copy.getParseResult().hasSyntaxErrors() && tokens(original).equals(tokens(copy));
	}

	private static List<String> tokens(XtextResource resource) {
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden()) {
				tokens.add(leaf.getText());
			}
		}
		return tokens;
	}

	/** The model of a file written out by the serializer, formatted. */
	public String serialized(Path file) {
		return serializer.serialize(document(file), SaveOptions.newBuilder().format().getOptions());
	}

	/** True when a loaded file has syntax errors (it must not be rewritten then). */
	public boolean hasSyntaxErrors(Path file) {
		XtextResource resource = resources.get(file);
		return resource == null || resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors();
	}

	/** Releases the resources (for long-running callers that load several workspaces). */
	public void unload() {
		if (resourceSet != null) {
			List.copyOf(resourceSet.getResources()).forEach(Resource::unload);
			resourceSet.getResources().clear();
		}
		resources.clear();
	}
}
