package dev.valuenet.metrics.attribution;

/**
 * Thrown when {@code I - A} has no inverse, so the Leontief model has no total
 * requirements matrix. In an input-output table this means a closed group of
 * sectors that sells everything to each other and nothing to final demand.
 */
public class SingularMatrixException extends ArithmeticException {

	private static final long serialVersionUID = 1L;

	private final int column;

	/**
	 * @param message what failed
	 * @param column  the elimination column without a usable pivot
	 */
	public SingularMatrixException(String message, int column) {
		super(message);
		this.column = column;
	}

	/** @return the elimination column without a usable pivot */
	public int column() {
		return column;
	}
}
