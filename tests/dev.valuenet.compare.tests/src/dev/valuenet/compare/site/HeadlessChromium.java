package dev.valuenet.compare.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The system's Chromium in headless mode, driven over the DevTools protocol (JSON over a WebSocket
 * of the JDK's HttpClient: no npm, no browser download). One page (tab) is attached; its console
 * messages, uncaught exceptions and log entries are collected as they arrive.
 * <p>
 * Every wait is for a condition (a reply, a DOM state) with a deadline, never a fixed sleep.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

	private final Process process;
	private final Path profile;
	private final WebSocket socket;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
	/** The page's events since the last {@link #open}, and one wake-up signal per event for {@link #waitFor}. */
	private final List<JsonObject> events = Collections.synchronizedList(new ArrayList<>());
	private final LinkedBlockingQueue<Boolean> arrivals = new LinkedBlockingQueue<>();
	private final String session;

	/** The browser's executable: the system property valuenet.chromium, else chromium on the PATH (Debian's package). */
	static Path executable() {
		String configured = System.getProperty("valuenet.chromium");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
			for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	/** Starts the browser and attaches to a blank page; fails naming what the browser said when it does not come up. */
	static HeadlessChromium start(Path executable) throws Exception {
		Path profile = Files.createTempDirectory("valuenet-chromium-");
		// --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
		Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--no-default-browser-check", "--disable-extensions", "--remote-debugging-port=0",
				"--user-data-dir=" + profile, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		CompletableFuture<String> endpoint = new CompletableFuture<>();
		List<String> said = Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = lines.readLine()) != null;) {
					Matcher m = LISTENING.matcher(line);
					if (m.find()) {
						endpoint.complete(m.group(1));
					} else if (said.size() < 200) {
						said.add(line);
					}
				}
			} catch (IOException e) {
				// the browser ended; the endpoint wait below reports it
			}
			endpoint.completeExceptionally(new IllegalStateException("the browser ended before it listened"));
		}, "chromium-stderr");
		reader.setDaemon(true);
		reader.start();
		String url;
		try {
			url = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} catch (Exception e) {
			stop(process, profile);
			throw new AssertionError(executable + " did not start its DevTools endpoint within " + TIMEOUT.toSeconds() + " s (" + e + "); it said:\n"
					+ String.join("\n", said));
		}
		return new HeadlessChromium(process, profile, url);
	}

	private HeadlessChromium(Process process, Path profile, String url) throws Exception {
		this.process = process;
		this.profile = profile;
		this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
				.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		String target = call("Target.createTarget", json("url", "about:blank"), null).get("targetId").getAsString();
		JsonObject attach = json("targetId", target);
		attach.addProperty("flatten", true);
		this.session = call("Target.attachToTarget", attach, null).get("sessionId").getAsString();
		call("Page.enable", new JsonObject());
		call("Runtime.enable", new JsonObject());
		call("Log.enable", new JsonObject());
	}

	/** A DevTools command on the attached page; its result, or an AssertionError naming the protocol error. */
	JsonObject call(String method, JsonObject params) {
		return call(method, params, session);
	}

	private JsonObject call(String method, JsonObject params, String sessionId) {
		int id = ids.incrementAndGet();
		JsonObject message = new JsonObject();
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params);
		if (sessionId != null) {
			message.addProperty("sessionId", sessionId);
		}
		CompletableFuture<JsonObject> reply = new CompletableFuture<>();
		pending.put(id, reply);
		JsonObject answer;
		try {
			socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError(method + ": no reply from the browser within " + TIMEOUT.toSeconds() + " s (" + e + ")", e);
		} finally {
			pending.remove(id);
		}
		if (answer.has("error")) {
			throw new AssertionError(method + " failed: " + answer.get("error"));
		}
		return answer.getAsJsonObject("result");
	}

	/** Navigates the page; null when the document loaded, else the browser's error (e.g. net::ERR_FILE_NOT_FOUND). */
	String open(String url) {
		events.clear();
		arrivals.clear();
		JsonObject result = call("Page.navigate", json("url", url));
		if (result.has("errorText") && !result.get("errorText").getAsString().isEmpty()) {
			return result.get("errorText").getAsString();
		}
		waitFor("document.readyState === 'complete' && location.href.split('#')[0] === " + quote(url.split("#")[0]), "the page " + url + " to load");
		return null;
	}

	/** The value of a JavaScript expression in the page (by value: strings, numbers, booleans, JSON-able objects). */
	JsonElement evaluate(String expression) {
		JsonObject params = json("expression", expression);
		params.addProperty("returnByValue", true);
		JsonObject result = call("Runtime.evaluate", params);
		if (result.has("exceptionDetails")) {
			throw new AssertionError("the script threw: " + expression + "\n" + result.get("exceptionDetails"));
		}
		JsonObject value = result.getAsJsonObject("result");
		return value.has("value") ? value.get("value") : null;
	}

	/** A real (trusted) mouse click in the middle of the first element {@code selector} finds, scrolled into view. */
	void click(String selector) {
		JsonElement point = evaluate("(function () { var e = document.querySelector(" + quote(selector) + "); if (!e) return null;"
				+ " e.scrollIntoView({block: 'center', inline: 'center'}); var r = e.getBoundingClientRect();"
				+ " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
		if (point == null || point.isJsonNull()) {
			throw new AssertionError("nothing to click: no element " + selector);
		}
		for (String type : List.of("mousePressed", "mouseReleased")) {
			JsonObject params = json("type", type);
			params.addProperty("x", point.getAsJsonObject().get("x").getAsDouble());
			params.addProperty("y", point.getAsJsonObject().get("y").getAsDouble());
			params.addProperty("button", "left");
			params.addProperty("clickCount", 1);
			call("Input.dispatchMouseEvent", params);
		}
	}

	/** Waits until {@code condition} (a JavaScript expression) is true, asking again after each browser event or 100 ms. */
	void waitFor(String condition, String what) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			JsonElement value = evaluate("!!(" + condition + ")");
			if (value != null && value.getAsBoolean()) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + TIMEOUT.toSeconds() + " s for " + what + " (" + condition + "); the page is at "
						+ evaluate("location.href"));
			}
			try {
				arrivals.poll(100, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + what);
			}
		}
	}

	/**
	 * The console errors, uncaught exceptions and error log entries (failed loads, blocked resources)
	 * since the last {@link #open}, as readable lines. A round trip first, so events the page raised
	 * before it are in.
	 */
	List<String> problems() {
		evaluate("1");
		List<String> problems = new ArrayList<>();
		List<JsonObject> seen;
		synchronized (events) {
			seen = List.copyOf(events);
		}
		for (JsonObject event : seen) {
			String method = event.get("method").getAsString();
			JsonObject params = event.getAsJsonObject("params");
			switch (method) {
				case "Runtime.exceptionThrown" -> problems.add("uncaught exception: " + params.getAsJsonObject("exceptionDetails"));
				case "Runtime.consoleAPICalled" -> {
					String type = params.get("type").getAsString();
					if (type.equals("error") || type.equals("assert")) {
						problems.add("console." + type + ": " + params.get("args"));
					}
				}
				case "Log.entryAdded" -> {
					JsonObject entry = params.getAsJsonObject("entry");
					if (entry.get("level").getAsString().equals("error")) {
						problems.add("log error: " + entry.get("text").getAsString() + (entry.has("url") ? " (" + entry.get("url").getAsString() + ")" : ""));
					}
				}
				default -> {
				}
			}
		}
		return problems;
	}

	static String quote(String s) {
		return new com.google.gson.JsonPrimitive(s).toString();
	}

	private static JsonObject json(String key, String value) {
		JsonObject object = new JsonObject();
		object.addProperty(key, value);
		return object;
	}

	@Override
	public void close() {
		try {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
		} catch (RuntimeException e) {
			// the browser is stopped below anyway
		}
		stop(process, profile);
	}

	private static void stop(Process process, Path profile) {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> walk = Files.walk(profile)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary profile left behind is harmless
		}
	}

	/** Collects the fragments of each message; replies complete their call, everything else is an event of the page. */
	private final class Listener implements WebSocket.Listener {
		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				JsonObject message = JsonParser.parseString(partial.toString()).getAsJsonObject();
				partial.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonObject> reply = pending.get(message.get("id").getAsInt());
					if (reply != null) {
						reply.complete(message);
					}
				} else if (message.has("method")) {
					events.add(message);
					arrivals.add(Boolean.TRUE);
				}
			}
			webSocket.request(1);
			return null;
		}
	}
}
