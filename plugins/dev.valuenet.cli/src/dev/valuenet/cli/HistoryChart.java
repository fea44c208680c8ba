package dev.valuenet.cli;

import java.util.List;
import java.util.Locale;

import dev.valuenet.compare.MetricHistory.Row;

/** The history as SVG: one panel per metric, a line over the commits (oldest left), no external assets. */
final class HistoryChart {

	private static final int WIDTH = 720;
	private static final int PANEL = 120;
	private static final int LEFT = 70;
	private static final int RIGHT = 20;

	private HistoryChart() {
	}

	static String svg(List<Row> rows, List<String> columns, String file, String actor) {
		int height = 40 + columns.size() * (PANEL + 30) + 20;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
				WIDTH, height, WIDTH, height));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append("<text x=\"10\" y=\"22\" font-size=\"14\">").append(escape(file)).append(": ").append(rows.size()).append(" commit(s)</text>\n");
		int plotWidth = WIDTH - LEFT - RIGHT;
		for (int c = 0; c < columns.size(); c++) {
			String column = columns.get(c);
			int top = 40 + c * (PANEL + 30);
			String title = column.startsWith("actor.") ? column.substring(6) + " of " + actor : column;
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", LEFT, top + 12, escape(title)));
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (Row row : rows) {
				double v = row.metrics().getOrDefault(column, Double.NaN);
				if (Double.isFinite(v)) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
			}
			int y0 = top + 20;
			svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#ccc\"/>%n", LEFT, y0, plotWidth, PANEL));
			if (min > max) continue; // no value to draw
			if (max == min) {
				max = min + 1;
			}
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 4, y0 + 10, HistoryCommand.number(max)));
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 4, y0 + PANEL, HistoryCommand.number(min)));
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < rows.size(); i++) {
				double v = rows.get(i).metrics().getOrDefault(column, Double.NaN);
				double x = LEFT + (rows.size() == 1 ? plotWidth / 2.0 : i * plotWidth / (double) (rows.size() - 1));
				if (!Double.isFinite(v)) {
					path.append(' ');
					continue;
				}
				double y = y0 + PANEL - (v - min) / (max - min) * PANEL;
				path.append(path.isEmpty() || path.charAt(path.length() - 1) == ' ' ? "M" : "L")
						.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
				svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#1f77b4\"><title>%s %s: %s</title></circle>%n",
						x, y, rows.get(i).commit(), escape(rows.get(i).subject()), HistoryCommand.number(v)));
			}
			svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.5\"/>\n");
			if (!rows.isEmpty()) {
				svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT, y0 + PANEL + 14, rows.get(0).commit()));
				svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT + plotWidth, y0 + PANEL + 14,
						rows.get(rows.size() - 1).commit()));
			}
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
