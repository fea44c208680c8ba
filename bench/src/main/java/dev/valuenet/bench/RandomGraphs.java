package dev.valuenet.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.SplittableRandom;

import dev.valuenet.metrics.MetricsGraph;

/**
 * The benchmark graphs: seeded random directed graphs, shared with the peers
 * (igraph, NetworkX) through a plain edge-list file.
 *
 * <p><b>Model.</b> {@code n} nodes {@code 0..n-1}; every node {@code u} gets exactly
 * {@code d} out-edges to distinct targets drawn uniformly from the other nodes, so
 * the graph is simple with {@code m = d*n} edges (a random {@code d}-out digraph;
 * in-degrees are Poisson-like, about {@code e^-d} of the nodes have none). Same
 * {@code (n, d, seed)}, same graph, on any JVM: {@link SplittableRandom} is specified.
 *
 * <p><b>File format.</b> One edge {@code "u v"} per line, ids in {@code 0..n-1},
 * lines ordered by {@code u} then {@code v}, no header and no comments, so that
 * igraph's {@code Graph.Read_Edgelist}, NetworkX's {@code read_edgelist(nodetype=int)}
 * and {@code numpy.loadtxt} read it unchanged. Every node has out-edges, so every
 * id occurs and {@code n = max id + 1}.
 *
 * <p>Run as a program to write a graph: {@code RandomGraphs N [DEGREE [SEED [FILE]]]}.
 */
public final class RandomGraphs {

	/** Default out-edges per node. */
	public static final int DEFAULT_DEGREE = 5;
	/** Default generator seed. */
	public static final long DEFAULT_SEED = 1L;
	/** Environment variable naming the folder of the shared edge-list files (default {@code graphs}). */
	public static final String GRAPHS_DIR_ENV = "VALUENET_BENCH_GRAPHS";

	private RandomGraphs() {
	}

	/**
	 * @return the edges as {@code [u0, v0, u1, v1, ...]}, {@code 2*d*n} ints
	 */
	public static int[] generate(int n, int degree, long seed) {
		if (n < 2 || degree < 1 || degree > n - 1) {
			throw new IllegalArgumentException("need n >= 2 and 1 <= degree <= n-1: n=" + n + " degree=" + degree);
		}
		SplittableRandom random = new SplittableRandom(seed);
		int[] edges = new int[2 * degree * n];
		int[] picked = new int[degree];
		int pos = 0;
		for (int u = 0; u < n; u++) {
			int k = 0;
			while (k < degree) {
				// uniform over the n-1 other nodes
				int v = random.nextInt(n - 1);
				if (v >= u) {
					v++;
				}
				boolean dup = false;
				for (int i = 0; i < k; i++) {
					if (picked[i] == v) {
						dup = true;
						break;
					}
				}
				if (!dup) {
					picked[k++] = v;
				}
			}
			Arrays.sort(picked);
			for (int v : picked) {
				edges[pos++] = u;
				edges[pos++] = v;
			}
		}
		return edges;
	}

	/** @return the default file of this graph: {@code $VALUENET_BENCH_GRAPHS/random-n{n}-d{d}-s{seed}.edges} */
	public static Path defaultFile(int n, int degree, long seed) {
		String dir = System.getenv(GRAPHS_DIR_ENV);
		return Path.of(dir == null || dir.isBlank() ? "graphs" : dir)
				.resolve("random-n" + n + "-d" + degree + "-s" + seed + ".edges");
	}

	/**
	 * Reads the graph's edge-list file when it exists (and has the expected number
	 * of edges), otherwise generates the graph and writes the file, so that every
	 * benchmark and every peer library measures the very same edges.
	 *
	 * @return the edges as {@code [u0, v0, u1, v1, ...]}
	 */
	public static int[] loadOrGenerate(int n, int degree, long seed) {
		Path file = defaultFile(n, degree, seed);
		if (Files.isRegularFile(file)) {
			int[] edges = read(file);
			if (edges.length == 2 * degree * n) {
				return edges;
			}
		}
		int[] edges = generate(n, degree, seed);
		write(edges, file);
		return edges;
	}

	/** Writes the edge list atomically (temp file + rename), so concurrent readers never see half a file. */
	public static void write(int[] edges, Path file) {
		try {
			Path dir = file.toAbsolutePath().getParent();
			Files.createDirectories(dir);
			Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
			try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
				StringBuilder line = new StringBuilder(24);
				for (int i = 0; i < edges.length; i += 2) {
					line.setLength(0);
					line.append(edges[i]).append(' ').append(edges[i + 1]).append('\n');
					out.append(line);
				}
			}
			try {
				// createTempFile makes it owner-only; the file is meant to be shared
				Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
			} catch (UnsupportedOperationException e) {
				// not a POSIX file system: keep the default permissions
			}
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	/** @return the edges of a whitespace-separated edge-list file ({@code #} lines ignored) */
	public static int[] read(Path file) {
		int[] edges = new int[1 << 16];
		int size = 0;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
			String line;
			while ((line = in.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\s+");
				if (size + 2 > edges.length) {
					edges = Arrays.copyOf(edges, edges.length * 2);
				}
				edges[size++] = Integer.parseInt(parts[0]);
				edges[size++] = Integer.parseInt(parts[1]);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
		return Arrays.copyOf(edges, size);
	}

	/**
	 * Builds the metrics graph: nodes labelled {@code "0".."n-1"} in id order (so
	 * node ids equal the file's ids), every edge with weight 1.
	 */
	public static MetricsGraph toMetricsGraph(int[] edges) {
		int n = 0;
		for (int x : edges) {
			n = Math.max(n, x + 1);
		}
		MetricsGraph.Builder builder = MetricsGraph.builder();
		for (int v = 0; v < n; v++) {
			builder.addNode(Integer.toString(v));
		}
		for (int i = 0; i < edges.length; i += 2) {
			builder.addEdge(edges[i], edges[i + 1], 1.0);
		}
		return builder.build();
	}

	/** {@code RandomGraphs N [DEGREE [SEED [FILE]]]}: writes the graph, prints the file path. */
	public static void main(String[] args) {
		if (args.length < 1 || args.length > 4) {
			System.err.println("usage: RandomGraphs N [DEGREE [SEED [FILE]]]");
			System.exit(2);
		}
		int n = Integer.parseInt(args[0]);
		int degree = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_DEGREE;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
		Path file = args.length > 3 ? Path.of(args[3]) : defaultFile(n, degree, seed);
		write(generate(n, degree, seed), file);
		System.out.println(file);
	}
}
