package dev.valuenet.diagram;

import java.util.List;

/**
 * A laid-out Sankey diagram of one layer's flows: columns by longest-path rank from the sources,
 * node heights and link widths proportional to yearly amounts.
 *
 * @param title   network or scenario title
 * @param layer   the layer shown
 * @param unit    what the amounts are (the network currency for money, else "units")
 * @param nodes   participants with at least one drawn link, by column then position
 * @param links   links, one per ordered participant pair
 * @param width   drawing width
 * @param height  drawing height
 * @param notes   what is left out (flows without amount, links closing cycles)
 */
public record Sankey(String title, String layer, String unit, List<Node> nodes, List<Link> links, double width, double height,
		List<String> notes) {

	/** A bar: a participant in its column. */
	public record Node(String id, String label, String kind, int column, double value, double x, double y, double width, double height) {
	}

	/**
	 * A band from {@code source} to {@code target}; {@code sourceY}/{@code targetY} are the band's
	 * centre where it leaves/enters the bars.
	 */
	public record Link(String source, String target, String kind, double value, int flows, double sourceY, double targetY, double thickness) {
	}
}
