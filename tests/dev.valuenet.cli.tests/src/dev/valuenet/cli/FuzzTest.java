package dev.valuenet.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.cli.ValuenetTest.Result;

/**
 * A seeded mutation fuzzer over examples/ (issue 9, "no input breaks it"): byte flips, truncation, token
 * deletion and duplication, huge numbers, a byte order mark, CR or CRLF line ends, keywords as names. Each
 * mutant, in a copy of its example's folder, goes through the command entry points in-process (check,
 * format, export in every format, metrics, whatif, attribute, render, compare, diff, merge, site, import).
 * Any internal error fails the test, naming the seed, the mutant number, the mutations and the text.
 *
 * <p>
 * Bounded: at most {@code valuenet.fuzz.mutants} mutants (default 400) or {@code valuenet.fuzz.seconds}
 * seconds (default 35), whichever comes first; the time bound only limits how far the fixed sequence of
 * mutants gets, no result depends on speed. Reproduce a failure with {@code -Dvaluenet.fuzz.seed=S
 * -Dvaluenet.fuzz.only=N}.
 */
class FuzzTest {

	private static final String[] KEYWORDS = ("accept accuracy actor add alliance change contract cost currency customer daily data"
			+ " every exchange extends firm flow for from goods governance hhi high import knowledge layer lead low medium money"
			+ " network once per price rate remove replace role rule scenario segment service share size strength supplier"
			+ " tie to trust unit value via volume weekly worth yearly").split(" ");
	private static final String[] EXPORTS = { "json", "graphml", "gexf", "kumu", "csv", "xlsx", "dot", "mermaid" };
	/** Characters that matter to the lexer, for byte flips that make near-misses rather than noise. */
	private static final String SYMBOLS = " {}()<>-:.,/%^\"'\n\r\t0123456789ak";
	private static final Pattern NUMBER = Pattern.compile("\\b\\d+(\\.\\d+)?[kMBT]?\\b");
	private static final Pattern TOKEN = Pattern.compile("\\S+");
	private static final Pattern DECLARED = Pattern.compile("\\b(actor|segment|layer|value|role|tie|flow) (\\w+)");

	@TempDir
	Path folder;

	/** One example: its folder's files, and which of them is mutated. */
	private record Example(Path folder, List<Path> files) {
	}

	@Test
	void noMutantOfTheExamplesBreaksACommand() throws IOException {
		long seed = Long.getLong("valuenet.fuzz.seed", 20_261_205L);
		int mutants = Integer.getInteger("valuenet.fuzz.mutants", 400);
		long seconds = Integer.getInteger("valuenet.fuzz.seconds", 35);
		Integer only = Integer.getInteger("valuenet.fuzz.only");
		List<Example> examples = examples();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		int ran = 0;
		for (int n = only != null ? only : 0; n < (only != null ? only + 1 : mutants); n++) {
			if (only == null && System.nanoTime() > deadline) {
				break;
			}
			Random random = new Random(seed * 1_000_003L + n);
			Example example = examples.get(random.nextInt(examples.size()));
			Path target = example.files().get(random.nextInt(example.files().size()));
			String original = Files.readString(target, StandardCharsets.UTF_8);
			List<String> applied = new ArrayList<>();
			byte[] mutant = original.getBytes(StandardCharsets.UTF_8);
			for (int m = 1 + random.nextInt(3); m > 0; m--) {
				mutant = mutate(mutant, random, applied);
			}
			Path copy = folder.resolve("m" + n);
			Files.createDirectories(copy);
			for (Path file : example.files()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
			Path file = copy.resolve(target.getFileName());
			Files.write(file, mutant);
			Path pristine = Files.writeString(folder.resolve("m" + n + "-original.vnet"), original);
			for (String[] command : commands(n, file, pristine, copy, random)) {
				Result result = ValuenetTest.run(command);
				// merge counts its conflicts in the exit code, as git merge-file does
				boolean documented = command[0].equals("merge") ? result.exit() >= 0 && result.exit() <= 255
						: result.exit() >= 0 && result.exit() <= 2;
				if (result.err().contains("internal error") || !documented) {
					failWith(seed, n, applied, target, mutant, command, result);
				}
			}
			ran++;
		}
		System.out.printf("FuzzTest: seed %d, %d mutant(s) of %d example(s) through the commands%n", seed, ran, examples.size());
		assertTrue(ran > 0, "no mutant ran");
	}

	private static void failWith(long seed, int n, List<String> applied, Path target, byte[] mutant, String[] command, Result result)
			throws IOException {
		Path saved = Path.of("target", "fuzz-failure-" + seed + "-" + n + ".vnet");
		Files.createDirectories(saved.getParent());
		Files.write(saved, mutant);
		String text = new String(mutant, StandardCharsets.UTF_8);
		fail("mutant " + n + " of seed " + seed + " (reproduce: -Dvaluenet.fuzz.seed=" + seed + " -Dvaluenet.fuzz.only=" + n
				+ "), from " + target + " by " + applied + ", saved as " + saved.toAbsolutePath() + ":\nvaluenet "
				+ String.join(" ", command) + "\nexit " + result.exit() + "\n" + result.err() + "\n---- mutant ----\n"
				+ (text.length() > 4000 ? text.substring(0, 4000) + "\n[...]" : text));
	}

	/** The example folders (the 5,000-actor one is too large for a bounded run), each file of each. */
	private static List<Example> examples() throws IOException {
		List<Example> examples = new ArrayList<>();
		try (Stream<Path> folders = Files.list(ValuenetTest.examples())) {
			for (Path dir : folders.filter(Files::isDirectory).sorted().toList()) {
				try (Stream<Path> files = Files.list(dir)) {
					List<Path> vnet = files.filter(p -> p.toString().endsWith(".vnet")).sorted(Comparator.comparing(Path::toString))
							.toList();
					long size = 0;
					for (Path p : vnet) {
						size += Files.size(p);
					}
					if (!vnet.isEmpty() && size < 200_000) {
						examples.add(new Example(dir, vnet));
					}
				}
			}
		}
		assertTrue(examples.size() >= 5, "examples not found under " + ValuenetTest.examples().toAbsolutePath());
		return examples;
	}

	/** check and format always; the other commands in turn, so every one runs on many mutants. */
	private List<String[]> commands(int n, Path file, Path pristine, Path copy, Random random) throws IOException {
		String f = file.toString();
		String actor = firstActor(Files.readString(pristine));
		List<String[]> commands = new ArrayList<>();
		commands.add(new String[] { "check", copy.toString() });
		commands.add(new String[] { "check", "--format", "json", f });
		commands.add(new String[] { "format", n % 2 == 0 ? "--check" : f, f });
		switch (n % 6) {
			case 0 -> {
				commands.add(new String[] { "metrics", "--format", random.nextBoolean() ? "json" : "table", f });
				commands.add(new String[] { "whatif", "--remove", actor, f });
			}
			case 1 -> {
				commands.add(new String[] { "export", "--format", EXPORTS[(n / 6) % EXPORTS.length], "--out",
						copy.resolve("out").toString(), f });
				commands.add(new String[] { "attribute", "--method", "io", f });
			}
			case 2 -> {
				commands.add(new String[] { "attribute", "--method", "shapley", "--budget", "0.2", "--format", "json", f });
				commands.add(new String[] { "metrics", "--paths", f });
			}
			case 3 -> {
				commands.add(new String[] { "render", "--view", new String[] { "map", "sankey", "heatmap" }[(n / 6) % 3], f });
				commands.add(new String[] { "diff", "--format", "json", pristine.toString(), f });
			}
			case 4 -> {
				commands.add(new String[] { "merge", "-o", copy.resolve("merged.vnet").toString(), pristine.toString(), pristine.toString(), f });
				String base = declared(Files.readString(pristine), "network");
				String scenario = declared(Files.readString(pristine), "scenario");
				commands.add(new String[] { "compare", "--format", "json", base, scenario.equals("Nobody") ? base : scenario, copy.toString() });
				commands.add(new String[] { "site", "-o", copy.resolve("site").toString(), copy.toString() });
			}
			default -> {
				// an export of the original, damaged, read back
				Path exported = copy.resolve("model.graphml");
				ValuenetTest.run("export", "--format", "graphml", "--out", exported.toString(), pristine.toString());
				if (Files.exists(exported)) {
					Files.write(exported, mutate(Files.readAllBytes(exported), random, new ArrayList<>()));
					commands.add(new String[] { "import", "--force", "--out", copy.resolve("imported.vnet").toString(), exported.toString() });
				}
				commands.add(new String[] { "export", "--format", "json", "--metrics", f });
			}
		}
		return commands;
	}

	private static String firstActor(String text) {
		return declared(text, "actor");
	}

	/** The first name declared by {@code keyword} in a text, or "Nobody". */
	private static String declared(String text, String keyword) {
		Matcher m = Pattern.compile("\\b" + keyword + " ([\\w.]+)").matcher(text);
		return m.find() ? m.group(1) : "Nobody";
	}

	/** One mutation, recorded in {@code applied}. */
	private static byte[] mutate(byte[] bytes, Random random, List<String> applied) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int kind = random.nextInt(10);
		switch (kind) {
			case 0 -> { // flip bytes
				byte[] copy = bytes.clone();
				int flips = 1 + random.nextInt(4);
				for (int i = 0; i < flips && copy.length > 0; i++) {
					int at = random.nextInt(copy.length);
					copy[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
				}
				applied.add("flip " + flips + " byte(s)");
				return copy;
			}
			case 1 -> { // truncate
				int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
				applied.add("truncate at " + at);
				return java.util.Arrays.copyOf(bytes, at);
			}
			case 2, 3 -> { // delete or duplicate a token
				List<int[]> tokens = spans(TOKEN, text);
				if (tokens.isEmpty()) {
					return bytes;
				}
				int[] t = tokens.get(random.nextInt(tokens.size()));
				String token = text.substring(t[0], t[1]);
				applied.add((kind == 2 ? "delete " : "duplicate ") + "'" + token + "' at " + t[0]);
				return bytes(text.substring(0, t[0]) + (kind == 2 ? "" : token + " " + token) + text.substring(t[1]));
			}
			case 4 -> { // a huge number
				List<int[]> numbers = spans(NUMBER, text);
				if (numbers.isEmpty()) {
					return bytes;
				}
				int[] t = numbers.get(random.nextInt(numbers.size()));
				String huge = switch (random.nextInt(4)) {
					case 0 -> "9".repeat(306);
					case 1 -> "9".repeat(320) + "T";
					case 2 -> "1e400";
					default -> "0." + "0".repeat(400) + "1";
				};
				applied.add("number at " + t[0] + " -> " + (huge.length() > 12 ? huge.substring(0, 6) + "..(" + huge.length() + ")" : huge));
				return bytes(text.substring(0, t[0]) + huge + text.substring(t[1]));
			}
			case 5 -> {
				applied.add("byte order mark");
				return bytes("\uFEFF" + text);
			}
			case 6 -> {
				boolean lone = random.nextBoolean();
				applied.add(lone ? "CR line ends" : "CRLF line ends");
				return bytes(text.replace("\n", lone ? "\r" : "\r\n"));
			}
			case 7 -> { // a keyword as a declared name
				List<int[]> names = new ArrayList<>();
				Matcher m = DECLARED.matcher(text);
				while (m.find()) {
					names.add(new int[] { m.start(2), m.end(2) });
				}
				if (names.isEmpty()) {
					return bytes;
				}
				int[] t = names.get(random.nextInt(names.size()));
				String keyword = KEYWORDS[random.nextInt(KEYWORDS.length)];
				applied.add("name at " + t[0] + " -> keyword " + keyword);
				return bytes(text.substring(0, t[0]) + keyword + text.substring(t[1]));
			}
			case 8 -> { // swap two lines
				List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
				if (lines.size() < 2) {
					return bytes;
				}
				int a = random.nextInt(lines.size());
				int b = random.nextInt(lines.size());
				java.util.Collections.swap(lines, a, b);
				applied.add("swap lines " + (a + 1) + " and " + (b + 1));
				return bytes(String.join("\n", lines));
			}
			default -> { // a keyword or symbol inserted between tokens
				List<int[]> tokens = spans(TOKEN, text);
				if (tokens.isEmpty()) {
					return bytes;
				}
				int at = tokens.get(random.nextInt(tokens.size()))[0];
				String[] inserts = { KEYWORDS[random.nextInt(KEYWORDS.length)], "{", "}", "->", "-", "(", ")", "\"", "/*", "//", "%", "^" };
				String insert = inserts[random.nextInt(inserts.length)];
				applied.add("insert '" + insert + "' at " + at);
				return bytes(text.substring(0, at) + insert + " " + text.substring(at));
			}
		}
	}

	private static List<int[]> spans(Pattern pattern, String text) {
		List<int[]> spans = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
		}
		return spans;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
