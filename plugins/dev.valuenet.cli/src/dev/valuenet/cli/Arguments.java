package dev.valuenet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parsed command-line arguments: {@code --option [value]} pairs and positional paths. */
final class Arguments {

	/** Wrong usage: reported with the command's name and exit code 2. */
	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> options = new HashMap<>();
	private final List<Path> paths = new ArrayList<>();
	/** Options that took the next argument as their value and got a .vnet file name: perhaps the value was forgotten. */
	private final Map<String, String> tookFile = new HashMap<>();

	private Arguments() {
	}

	static Arguments parse(String[] args, Map<String, Boolean> known) {
		Arguments parsed = new Arguments();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("-o") && known.containsKey("--out")) {
				arg = "--out";
			}
			if (arg.startsWith("--") || (arg.startsWith("-") && known.containsKey(arg))) {
				String name = arg;
				String value = null;
				int eq = arg.indexOf('=');
				if (eq > 0) {
					name = arg.substring(0, eq);
					value = arg.substring(eq + 1);
				}
				Boolean takesValue = known.get(name);
				if (takesValue == null) {
					throw new UsageException("unknown option '" + name + "'");
				}
				if (takesValue && value == null) {
					if (i + 1 >= args.length) {
						throw new UsageException("option '" + name + "' needs a value");
					}
					value = args[++i];
					if (value.endsWith(".vnet")) {
						parsed.tookFile.put(name, value);
					}
				}
				// a repeated option with a value accumulates: --with a --with b == --with a,b
				parsed.options.merge(name, takesValue ? value : "true", (old, added) -> takesValue ? old + "," + added : added);
			} else {
				parsed.paths.add(Path.of(arg));
			}
		}
		return parsed;
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	String choice(String name, String fallback, String... allowed) {
		String value = option(name, fallback);
		for (String candidate : allowed) {
			if (candidate.equals(value)) {
				return value;
			}
		}
		throw new UsageException("option '" + name + "' must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
	}

	/** A positive whole number option, or {@code fallback} when it is not given. */
	static int positive(Arguments arguments, String name, int fallback) {
		String value = arguments.option(name, null);
		if (value == null) return fallback;
		try {
			int n = Integer.parseInt(value);
			if (n > 0) return n;
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("option '" + name + "' needs a positive whole number, not '" + value + "'");
	}

	List<Path> paths() {
		return paths;
	}

	/**
	 * The usage error for a missing FILE: when an option took a .vnet file as its value (metrics --layer
	 * FILE), the option lacks its value, and saying "give a file" would send the user the wrong way.
	 */
	UsageException missingFile(String message) {
		if (paths.isEmpty()) {
			for (Map.Entry<String, String> option : tookFile.entrySet()) {
				// --out and --with name files, .vnet ones too
				if (!option.getKey().equals("--out") && !option.getKey().equals("--with")) {
					return new UsageException("option '" + option.getKey() + "' lacks a value: it took '" + option.getValue()
							+ "', which looks like the file; give " + option.getKey() + " VALUE before the file");
				}
			}
		}
		return new UsageException(message);
	}

	/** A file or folder option (--out): null when not given; an empty name is a usage error, not the current folder. */
	String file(String name, String what) {
		String value = option(name, null);
		if (value != null && value.isBlank()) {
			throw new UsageException("option '" + name + "' is empty; give " + what);
		}
		return value;
	}
}
