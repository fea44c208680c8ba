package dev.valuenet.analysis;

/**
 * What a flow states about its value, normalized to the network currency, before the flows are valued
 * together (a reciprocal payment needs the other flows).
 *
 * @param unitPrice    price per unit in the network currency; NaN without a price
 * @param priceUnit    the unit the price is counted per; null for "the flow's own unit"
 * @param priceSource  {@link Valuation#FLOW_PRICE} or {@link Valuation#OBJECT_PRICE}; null without a price
 * @param worthPerYear perceived value per year in the network currency; NaN without a worth
 */
public record Pricing(double unitPrice, String priceUnit, Valuation priceSource, double worthPerYear) {

	static final Pricing NONE = new Pricing(Double.NaN, null, null, Double.NaN);
}
