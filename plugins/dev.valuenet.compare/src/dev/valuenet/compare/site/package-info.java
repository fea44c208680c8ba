/**
 * The published report: a static HTML site of a model (networks, scenarios, maps, metrics, findings,
 * canvases, Sankey, heatmap, scenario comparisons), self-contained and readable offline, written
 * atomically to a folder. Headless: the CLI's {@code valuenet site} and the workbench share it.
 */
package dev.valuenet.compare.site;
