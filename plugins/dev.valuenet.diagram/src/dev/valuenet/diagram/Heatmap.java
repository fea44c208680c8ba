package dev.valuenet.diagram;

import java.util.List;

/**
 * An actor x actor matrix of yearly flow value (row gives, column receives), rows and columns
 * in the same order: by community, then declaration order, so communities show as blocks on the
 * diagonal.
 *
 * @param title      network or scenario title
 * @param layer      the layer shown
 * @param ids        row (= column) ids: qualified names, or {@code community-N}
 * @param labels     row (= column) labels
 * @param community  community of each row
 * @param values     values[i][j]: yearly value in {@code currency} from row i to column j (0 when none)
 * @param flows      flows[i][j]: number of flows from row i to column j
 * @param summarized whether rows are communities
 * @param notes      what the matrix leaves out
 * @param currency   the network currency of the values
 */
public record Heatmap(String title, String layer, List<String> ids, List<String> labels, int[] community, double[][] values, int[][] flows,
		boolean summarized, List<String> notes, String currency) {

	public int size() {
		return ids.size();
	}
}
