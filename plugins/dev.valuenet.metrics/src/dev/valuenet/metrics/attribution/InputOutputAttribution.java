package dev.valuenet.metrics.attribution;

import dev.valuenet.metrics.MetricsGraph;

/**
 * Input-output (Leontief) attribution from money flows.
 *
 * <p><b>Definitions.</b> {@code Z[i][j]} is the value sector (actor) {@code i}
 * sells to sector {@code j} as intermediate input, {@code f[i]} the value it sells
 * to final demand (customer segments) and {@code x[i] = sum_j Z[i][j] + f[i]} its
 * total output. Then
 * <ul>
 * <li>technical coefficients {@code A[i][j] = Z[i][j] / x[j]} (input from
 * {@code i} per unit of {@code j}'s output; a column with {@code x[j] = 0} is 0);</li>
 * <li>total requirements (Leontief inverse) {@code L = (I - A)^-1}: output of
 * {@code i} needed, directly and indirectly, per unit of final demand for {@code j};</li>
 * <li>output multipliers {@code mult[j] = sum_i L[i][j]};</li>
 * <li>{@link Result#requiredOutput(double[])}: {@code x = L f}.</li>
 * </ul>
 * Reference: R. Miller, P. Blair, <i>Input-Output Analysis: Foundations and
 * Extensions</i>, 2nd ed., Cambridge University Press, 2009, ch. 2.
 *
 * <p><b>Algorithm and complexity.</b> Gauss-Jordan elimination with partial
 * pivoting, {@code O(n^3)} time, {@code O(n^2)} memory: fine for hundreds of
 * actors, not for 10,000. A pivot below {@code 1e-12} times the largest row sum
 * of {@code |I - A|} raises {@link SingularMatrixException}.
 *
 * <p><b>Caller guarantees.</b> Square {@code Z}, entries and demands finite and
 * {@code >= 0} (rejected with {@link IllegalArgumentException} otherwise).
 */
public final class InputOutputAttribution {

	private InputOutputAttribution() {
	}

	/**
	 * The Leontief model of a transactions table.
	 *
	 * @param sectors                node ids of the sectors in the graph, or {@code 0..n-1}
	 * @param totalOutput            {@code x}
	 * @param technicalCoefficients  {@code A}
	 * @param totalRequirements      {@code L = (I - A)^-1}
	 * @param outputMultipliers      column sums of {@code L}
	 */
	public record Result(int[] sectors, double[] totalOutput, double[][] technicalCoefficients,
			double[][] totalRequirements, double[] outputMultipliers) {

		/**
		 * @param finalDemand final demand per sector
		 * @return {@code L f}, the total output each sector needs to deliver {@code f}
		 */
		public double[] requiredOutput(double[] finalDemand) {
			int n = totalRequirements.length;
			if (finalDemand.length != n) {
				throw new IllegalArgumentException("final demand has " + finalDemand.length + " entries for " + n
						+ " sectors");
			}
			double[] x = new double[n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					x[i] += totalRequirements[i][j] * finalDemand[j];
				}
			}
			return x;
		}
	}

	/**
	 * @param z           transactions {@code Z[i][j]}, i sells to j
	 * @param finalDemand {@code f[i]}
	 * @return the model with {@code x[i] = sum_j Z[i][j] + f[i]}
	 */
	public static Result fromFinalDemand(double[][] z, double[] finalDemand) {
		int n = checkSquare(z);
		if (finalDemand.length != n) {
			throw new IllegalArgumentException("final demand has " + finalDemand.length + " entries for " + n
					+ " sectors");
		}
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			checkValue(finalDemand[i], "final demand of sector " + i);
			x[i] = finalDemand[i];
			for (int j = 0; j < n; j++) {
				x[i] += z[i][j];
			}
		}
		return fromTotalOutput(z, x);
	}

	/**
	 * @param z           transactions {@code Z[i][j]}, i sells to j
	 * @param totalOutput {@code x[j]}, given directly (e.g. from accounts)
	 * @return the model
	 */
	public static Result fromTotalOutput(double[][] z, double[] totalOutput) {
		int n = checkSquare(z);
		if (totalOutput.length != n) {
			throw new IllegalArgumentException("total output has " + totalOutput.length + " entries for " + n
					+ " sectors");
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				checkValue(z[i][j], "transaction Z[" + i + "][" + j + "]");
			}
		}
		double[][] a = new double[n][n];
		for (int j = 0; j < n; j++) {
			checkValue(totalOutput[j], "total output of sector " + j);
			for (int i = 0; i < n; i++) {
				a[i][j] = totalOutput[j] > 0 ? z[i][j] / totalOutput[j] : 0;
			}
		}
		double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				m[i][j] = (i == j ? 1 : 0) - a[i][j];
			}
		}
		double[][] l = invert(m);
		double[] mult = new double[n];
		for (int j = 0; j < n; j++) {
			for (int i = 0; i < n; i++) {
				mult[j] += l[i][j];
			}
		}
		int[] ids = java.util.stream.IntStream.range(0, n).toArray();
		return new Result(ids, totalOutput.clone(), a, l, mult);
	}

	/**
	 * The model of a money-flow graph. An edge {@code payer -> payee} of weight
	 * {@code w} means the payee sold {@code w} to the payer. Payments by a
	 * final-demand node (a customer segment) are final demand of the payee;
	 * payments between other nodes are {@code Z[payee][payer]}; payments received
	 * by final-demand nodes are outside the table and ignored. The sectors are the
	 * non-final-demand nodes in ascending id order ({@link Result#sectors()}).
	 *
	 * @param money            money-flow graph
	 * @param finalDemandNodes node ids of the final-demand nodes
	 * @return the model
	 */
	public static Result fromMoneyFlows(MetricsGraph money, int[] finalDemandNodes) {
		int n = money.nodeCount();
		boolean[] fd = new boolean[n];
		for (int s : finalDemandNodes) {
			if (s < 0 || s >= n) {
				throw new IllegalArgumentException("unknown final-demand node id " + s);
			}
			fd[s] = true;
		}
		int[] sector = new int[n];
		int count = 0;
		for (int v = 0; v < n; v++) {
			sector[v] = fd[v] ? -1 : count++;
		}
		double[][] z = new double[count][count];
		double[] f = new double[count];
		for (int payer = 0; payer < n; payer++) {
			for (int k = 0; k < money.outDegree(payer); k++) {
				int payee = money.outNeighbor(payer, k);
				double w = money.weight(money.outEdge(payer, k));
				if (fd[payee]) {
					continue;
				}
				if (fd[payer]) {
					f[sector[payee]] += w;
				} else {
					z[sector[payee]][sector[payer]] += w;
				}
			}
		}
		Result r = fromFinalDemand(z, f);
		int[] ids = new int[count];
		for (int v = 0; v < n; v++) {
			if (sector[v] >= 0) {
				ids[sector[v]] = v;
			}
		}
		return new Result(ids, r.totalOutput(), r.technicalCoefficients(), r.totalRequirements(),
				r.outputMultipliers());
	}

	/**
	 * Inverse by Gauss-Jordan elimination with partial pivoting.
	 *
	 * @param matrix square matrix (not modified)
	 * @return its inverse
	 * @throws SingularMatrixException if the matrix is singular to working precision
	 */
	public static double[][] invert(double[][] matrix) {
		int n = checkSquare(matrix);
		double[][] a = new double[n][];
		double[][] inv = new double[n][n];
		double scale = 0;
		for (int i = 0; i < n; i++) {
			a[i] = matrix[i].clone();
			inv[i][i] = 1;
			double row = 0;
			for (double x : a[i]) {
				row += Math.abs(x);
			}
			scale = Math.max(scale, row);
		}
		double eps = 1e-12 * Math.max(scale, Double.MIN_NORMAL);
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int r = col + 1; r < n; r++) {
				if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
					pivot = r;
				}
			}
			if (!(Math.abs(a[pivot][col]) > eps)) {
				throw new SingularMatrixException("matrix is singular: no pivot in column " + col, col);
			}
			double[] t = a[col];
			a[col] = a[pivot];
			a[pivot] = t;
			t = inv[col];
			inv[col] = inv[pivot];
			inv[pivot] = t;
			double p = a[col][col];
			for (int j = 0; j < n; j++) {
				a[col][j] /= p;
				inv[col][j] /= p;
			}
			for (int r = 0; r < n; r++) {
				double factor = a[r][col];
				if (r != col && factor != 0) {
					for (int j = 0; j < n; j++) {
						a[r][j] -= factor * a[col][j];
						inv[r][j] -= factor * inv[col][j];
					}
				}
			}
		}
		return inv;
	}

	private static int checkSquare(double[][] m) {
		int n = m.length;
		for (int i = 0; i < n; i++) {
			if (m[i].length != n) {
				throw new IllegalArgumentException("matrix is not square: row " + i + " has " + m[i].length
						+ " entries, expected " + n);
			}
			for (int j = 0; j < n; j++) {
				if (!Double.isFinite(m[i][j])) {
					throw new IllegalArgumentException("matrix entry [" + i + "][" + j + "] is " + m[i][j]);
				}
			}
		}
		return n;
	}

	private static void checkValue(double x, String what) {
		if (!(x >= 0) || Double.isInfinite(x)) {
			throw new IllegalArgumentException(what + " is " + x + " (must be finite and >= 0)");
		}
	}
}
