package dev.valuenet.compare.site;

import java.util.Locale;

import dev.valuenet.diagram.SvgRenderer;

/**
 * The page frame and escaping of the report. Every page carries its own CSS and script inline: the
 * site has no external assets, so it reads the same offline, from a file:// URL, a CI artifact or
 * any static host.
 */
final class Html {

	/** Inline style of every page; colours match the SVG pictures (dev.valuenet.diagram.Styles). */
	static final String CSS = """
			body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;margin:0;color:#222;background:#fafafa}
			header{background:#24435c;color:#fff;padding:10px 24px}header a{color:#fff}
			header nav a{margin-right:14px;font-size:14px}
			main{padding:8px 24px 40px}
			h1{font-size:22px;margin:6px 0}h2{font-size:18px;border-bottom:1px solid #ccc;padding-top:12px}
			table{border-collapse:collapse;font-size:13px;background:#fff}
			th,td{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
			th{background:#eef2f5}th.sort{cursor:pointer}th.sort:after{content:" \\2195";color:#999}
			td.num{text-align:right;font-variant-numeric:tabular-nums}
			tr:target{background:#fff3b0}
			.picture{overflow:auto;border:1px solid #ddd;background:#fff;max-height:85vh}
			.error{color:#b00020}.warning{color:#a05a00}.info{color:#24435c}
			.muted{color:#777}.canvas{display:inline-block;vertical-align:top;margin:0 12px 12px 0;border:1px solid #ccc;
			background:#fff;padding:6px 12px;min-width:280px}
			ul.tight{margin:2px 0 6px;padding-left:20px}
			""";

	/** Sorts a table by a clicked header (numbers as numbers); no library, no network. */
	static final String SCRIPT = """
			document.querySelectorAll("table.sortable").forEach(function (table) {
			  table.querySelectorAll("th").forEach(function (th, column) {
			    th.classList.add("sort");
			    th.addEventListener("click", function () {
			      var body = table.tBodies[0];
			      var rows = Array.prototype.slice.call(body.rows);
			      var ascending = th.getAttribute("data-order") !== "ascending";
			      table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("data-order"); });
			      th.setAttribute("data-order", ascending ? "ascending" : "descending");
			      rows.sort(function (a, b) {
			        var x = a.cells[column].getAttribute("data-value") || a.cells[column].textContent;
			        var y = b.cells[column].getAttribute("data-value") || b.cells[column].textContent;
			        var nx = parseFloat(x), ny = parseFloat(y);
			        var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
			        return ascending ? order : -order;
			      });
			      rows.forEach(function (row) { body.appendChild(row); });
			    });
			  });
			});
			""";

	private Html() {
	}

	/** A whole page: {@code root} is the relative path to the site's root ("" or "../"). */
	static String page(String title, String root, String nav, String body) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + text(title) + "</title>\n<style>\n" + CSS
				+ "</style>\n</head>\n<body>\n<header><nav><a href=\"" + root + "index.html\">Report home</a>" + nav + "</nav><h1>" + text(title)
				+ "</h1></header>\n<main>\n" + body + "</main>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n";
	}

	/** Text content and attribute values: the SVG pictures' escaping (markup escaped, control characters dropped). */
	static String text(String s) {
		return s == null ? "" : SvgRenderer.text(s);
	}

	/**
	 * A name as a file name and fragment: letters, digits, '.', '_' and '-' kept, every other character
	 * written as '~' and its hex code, so distinct names stay distinct and need no URL escaping.
	 */
	static String slug(String name) {
		StringBuilder out = new StringBuilder(name.length());
		name.codePoints().forEach(c -> {
			if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
				out.appendCodePoint(c);
			} else {
				out.append('~').append(Integer.toHexString(c));
			}
		});
		return out.toString();
	}

	/** A number cell: integers as integers, others with 4 significant decimals, NaN as "-". */
	static String number(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.4f", value);
	}

	/** {@code <td class="num">} with the raw value for sorting. */
	static String numberCell(double value) {
		return "<td class=\"num\" data-value=\"" + (Double.isNaN(value) ? "" : Double.toString(value)) + "\">" + number(value) + "</td>";
	}

	/** An SVG document as markup to inline in HTML: the XML declaration dropped. */
	static String inlineSvg(String svg) {
		return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
	}
}
