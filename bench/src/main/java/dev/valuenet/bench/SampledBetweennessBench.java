package dev.valuenet.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import dev.valuenet.metrics.MetricsGraph;
import dev.valuenet.metrics.internal.ParallelChunks;
import dev.valuenet.metrics.scoring.BrandesBetweenness;
import dev.valuenet.metrics.scoring.SampledBetweenness;

/**
 * Sampled against exact betweenness (issue 9, "Fast"): for each graph size, the exact
 * {@link BrandesBetweenness} and the {@link SampledBetweenness} estimate at each error bound,
 * timed (wall clock and CPU time of the process, one call each after a small warm-up), and the
 * errors of the estimate measured against the exact values: the largest and the mean absolute
 * error over all nodes, and the bound the estimator states.
 *
 * <p>{@code SampledBetweennessBench [--sizes 10000,50000,100000] [--epsilons 0.05,0.1]
 * [--delta 0.01] [--threads T] [--exact-max N]} on the random graphs of {@link RandomGraphs} (5 out-edges per
 * node, seed 1; the same files as compare.sh). Prints one line per run:
 * {@code RESULT n m mode epsilon k wall_s cpu_s max_error mean_error}; above {@code --exact-max}
 * nodes the exact run (and so the measured error) is left out. Run by
 * {@code sampled.sh}.
 */
public final class SampledBetweennessBench {

	private SampledBetweennessBench() {
	}

	public static void main(String[] args) {
		int[] sizes = { 10_000, 50_000, 100_000 };
		double[] epsilons = { 0.05, 0.1 };
		double delta = 0.01;
		int exactMax = Integer.MAX_VALUE;
		int workers = ParallelChunks.defaultThreads();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
				case "--epsilons" -> epsilons = java.util.Arrays.stream(args[++i].split(",")).mapToDouble(Double::parseDouble).toArray();
				case "--delta" -> delta = Double.parseDouble(args[++i]);
				case "--exact-max" -> exactMax = Integer.parseInt(args[++i]);
				case "--threads" -> workers = Integer.parseInt(args[++i]);
				default -> {
					System.err.println("usage: SampledBetweennessBench [--sizes N,...] [--epsilons E,...] [--delta D] [--threads T] [--exact-max N]");
					System.exit(2);
				}
			}
		}
		int threads = workers;
		// warm-up on a small graph: past the interpreter for the kernels both sides share
		MetricsGraph small = RandomGraphs.toMetricsGraph(RandomGraphs.generate(2_000, RandomGraphs.DEFAULT_DEGREE, 2L));
		new BrandesBetweenness(threads, true).scores(small);
		new SampledBetweenness(0.1, delta, 0L, threads).scores(small);
		System.out.println("RESULT n m mode epsilon k wall_s cpu_s max_error mean_error");
		for (int n : sizes) {
			MetricsGraph g = RandomGraphs.toMetricsGraph(
					RandomGraphs.loadOrGenerate(n, RandomGraphs.DEFAULT_DEGREE, RandomGraphs.DEFAULT_SEED));
			double[] exact = null;
			for (double epsilon : epsilons) {
				SampledBetweenness sampled = new SampledBetweenness(epsilon, delta, 0L, threads);
				Timed<double[]> estimate = time(() -> sampled.scores(g));
				if (n > exactMax) {
					print(g, "sampled", epsilon, sampled.sampleSize(g), estimate, Double.NaN, Double.NaN);
					continue;
				}
				if (exact == null) {
					Timed<double[]> brandes = time(() -> new BrandesBetweenness(threads, true).scores(g));
					exact = brandes.value;
					print(g, "exact", Double.NaN, n, brandes, 0, 0);
				}
				double max = 0;
				double sum = 0;
				for (int v = 0; v < n; v++) {
					double e = Math.abs(estimate.value[v] - exact[v]);
					max = Math.max(max, e);
					sum += e;
				}
				print(g, "sampled", epsilon, sampled.sampleSize(g), estimate, max, sum / n);
			}
		}
	}

	private static void print(MetricsGraph g, String mode, double epsilon, int k, Timed<?> t, double max, double mean) {
		System.out.println(String.format(Locale.ROOT, "RESULT %d %d %s %s %d %.2f %.2f %.2e %.2e", g.nodeCount(), g.edgeCount(),
				mode, Double.isNaN(epsilon) ? "-" : String.valueOf(epsilon), k, t.wall, t.cpu, max, mean));
	}

	private record Timed<T>(T value, double wall, double cpu) {
	}

	private static <T> Timed<T> time(java.util.function.Supplier<T> run) {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long c0 = os.getProcessCpuTime();
		long t0 = System.nanoTime();
		T value = run.get();
		return new Timed<>(value, (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9);
	}

}
