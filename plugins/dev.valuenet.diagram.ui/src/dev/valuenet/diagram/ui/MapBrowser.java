package dev.valuenet.diagram.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The SWT Browser that runs the Sprotty client (web/diagram.js, built from client/ by the Maven
 * build) and the two directions of its bridge: {@link #show(String)} pushes a laid-out graph, and
 * the page calls {@code javaBridge(kind, args...)}, which arrives at {@link Listener#event} on the UI
 * thread. The page is passed with {@link Browser#setText} (the script inlined), which works from inside
 * the bundle's jar; graphs sent before the page is ready wait for it (BrowserFunctions do not exist
 * while the page's scripts first run).
 */
public final class MapBrowser {

	/** What the client reports. */
	public interface Listener {
		void event(String kind, Object[] args);
	}

	private final Browser browser;
	private final Listener listener;
	private boolean ready;
	private String pending;
	private boolean pendingFit;
	private final List<String> pendingScripts = new ArrayList<>();
	private volatile int renderedRevision = -1;
	private volatile long lastRenderMillis;

	public MapBrowser(Composite parent, Listener listener) {
		this.listener = listener;
		browser = new Browser(parent, SWT.NONE);
		new BrowserFunction(browser, "javaBridge") {
			@Override
			public Object function(Object[] arguments) {
				String kind = arguments.length == 0 ? "" : String.valueOf(arguments[0]);
				Object[] rest = new Object[Math.max(0, arguments.length - 1)];
				System.arraycopy(arguments, Math.min(1, arguments.length), rest, 0, rest.length);
				// never re-enter the browser from inside its callback
				Display.getCurrent().asyncExec(() -> handle(kind, rest));
				return null;
			}
		};
		browser.setText(page());
	}

	private void handle(String kind, Object[] args) {
		if (browser.isDisposed()) return;
		if (kind.equals("ready")) {
			ready = true;
			if (pending != null) {
				String json = pending;
				pending = null;
				send(json, pendingFit);
				pendingFit = false;
			}
			pendingScripts.forEach(browser::execute);
			pendingScripts.clear();
		} else if (kind.equals("error")) {
			ILog.of(MapBrowser.class).warn("map client error: " + (args.length > 0 ? args[0] : ""));
		} else if (kind.equals("rendered")) {
			lastRenderMillis = ((Number) args[0]).longValue();
			renderedRevision = ((Number) args[1]).intValue();
		}
		listener.event(kind, args);
	}

	/** Shows a graph (animated when one is shown already); {@code fit} zooms to show all of it. */
	public void show(String json, boolean fit) {
		if (!ready) {
			pending = json;
			pendingFit |= fit;
		} else {
			send(json, fit);
		}
	}

	private void send(String json, boolean fit) {
		browser.execute("setGraph(" + jsString(json) + ", " + fit + ")");
	}

	/** Selects these elements in the diagram and scrolls them into view (not reported back). */
	public void select(List<String> ids) {
		run("selectIds(" + jsArray(ids) + ")");
	}

	public void fit() {
		run("fit()");
	}

	/** Zooms to show these elements (boxes) only. */
	public void fitTo(List<String> ids) {
		run("fitIds(" + jsArray(ids) + ")");
	}

	private void run(String script) {
		if (ready) {
			browser.execute(script);
		} else {
			pendingScripts.add(script);
		}
	}

	public Browser control() {
		return browser;
	}

	public boolean isReady() {
		return ready;
	}

	/** The revision of the last graph the client finished drawing (-1: none yet). */
	public int renderedRevision() {
		return renderedRevision;
	}

	/** Milliseconds the client took to draw the last graph. */
	public long lastRenderMillis() {
		return lastRenderMillis;
	}

	static String jsString(String s) {
		StringBuilder out = new StringBuilder(s.length() + 16).append('\'');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\'' -> out.append("\\'");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\u2028' -> out.append("\\u2028");
				case '\u2029' -> out.append("\\u2029");
				default -> out.append(c);
			}
		}
		return out.append('\'').toString();
	}

	static String jsArray(List<String> items) {
		StringBuilder out = new StringBuilder("[");
		for (String item : items) {
			if (out.length() > 1) out.append(',');
			out.append(jsString(item));
		}
		return out.append(']').toString();
	}

	/** The page: Sprotty's stylesheet, ours, and the client script inlined. */
	private static String page() {
		String script = resource("web/diagram.js");
		String sprottyCss = resource("web/sprotty.css");
		return """
				<!DOCTYPE html><html><head><meta charset="utf-8"><style>
				%s
				html, body { margin: 0; height: 100%%; overflow: hidden; font-family: DejaVu Sans, Verdana, Arial, sans-serif; background: #ffffff; }
				#sprotty { position: absolute; inset: 0; }
				#sprotty svg { width: 100%%; height: 100%%; border: none; }
				#sprotty svg:focus { outline: none; }
				.vn-node { cursor: pointer; }
				.vn-whatif-removed { opacity: 0.55; }
				.vn-whatif-cut .vn-box { stroke: #e67e22 !important; stroke-width: 3px !important; stroke-dasharray: 6 3; }
				.vn-whatif-starved .vn-box { stroke: #d62728 !important; stroke-width: 4px !important; fill: #fde0dd !important; }
				</style></head><body><div id="sprotty"></div>
				<script>window.onerror = function (message) { if (window.javaBridge) javaBridge('error', String(message)); };</script>
				<script>%s</script></body></html>
				""".formatted(sprottyCss, script.replace("</script", "<\\/script"));
	}

	private static String resource(String path) {
		URL url = FileLocator.find(Platform.getBundle("dev.valuenet.diagram.ui"), new org.eclipse.core.runtime.Path(path));
		if (url == null) {
			return "document.body.textContent = 'The diagram client (" + path + ") is missing from dev.valuenet.diagram.ui: rebuild with node and npm installed.';";
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "document.body.textContent = 'Cannot read " + path + ": " + e.getMessage().replace("'", " ") + "';";
		}
	}
}
