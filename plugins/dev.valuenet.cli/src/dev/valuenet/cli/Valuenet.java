package dev.valuenet.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code valuenet} command line: checks, formats and exports .vnet models headlessly, for
 * terminals and CI. Exit codes: 0 clean, 1 problems found (errors, unformatted files), 2 usage or
 * I/O failure.
 */
public final class Valuenet {

	public static final int OK = 0;
	public static final int PROBLEMS = 1;
	public static final int USAGE = 2;

	private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();
	static {
		register(new CheckCommand());
		register(new FormatCommand());
		register(new ExportCommand());
		register(new ImportCommand());
		register(new MetricsCommand());
		register(new WhatIfCommand());
		register(new CompareCommand());
		register(new AttributeCommand());
		register(new RenderCommand());
		register(new DiffCommand());
		register(new MergeCommand());
		register(new HistoryCommand());
		register(new SiteCommand());
		register(new LspCommand());
	}

	private Valuenet() {
	}

	private static void register(Command command) {
		COMMANDS.put(command.name(), command);
	}

	public static void main(String[] args) {
		Logging.quiet();
		System.exit(run(args, System.out, System.err));
	}

	/** Runs one command line and returns its exit code; never throws. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
			out.print(usage());
			return args.length == 0 ? USAGE : OK;
		}
		if (args[0].equals("--version")) {
			out.println("valuenet " + version());
			return OK;
		}
		if (args[0].equals("help")) {
			// "help help" asks how help works: the general help says it
			if (args.length == 1 || args[1].equals("help")) {
				out.print(usage());
				return OK;
			}
			Command command = COMMANDS.get(args[1]);
			if (command == null) {
				err.println("valuenet help: unknown command '" + args[1] + "'; the commands are " + String.join(", ", COMMANDS.keySet())
						+ ".");
				return USAGE;
			}
			out.print(command.help());
			return OK;
		}
		Command command = COMMANDS.get(args[0]);
		if (command == null) {
			err.println("valuenet: unknown command '" + args[0] + "'; run 'valuenet --help' for the list.");
			return USAGE;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
			out.print(command.help());
			return OK;
		}
		try {
			return command.run(Arguments.parse(rest, command.options()), out, err);
		} catch (Arguments.UsageException e) {
			err.println("valuenet " + command.name() + ": " + e.getMessage());
			err.println("Run 'valuenet " + command.name() + " --help' for usage.");
			return command.failureCode();
		} catch (java.io.IOException | java.io.UncheckedIOException e) {
			err.println("valuenet " + command.name() + ": " + e.getMessage());
			return command.failureCode();
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			err.println("valuenet " + command.name() + ": internal error: " + e
					+ " -- please report it with the input files; no file was changed.");
			return command.failureCode();
		}
	}

	static String usage() {
		StringBuilder text = new StringBuilder("""
				valuenet - check, format and export value network models (.vnet)

				Usage: valuenet <command> [options] [paths...]

				Commands:
				""");
		COMMANDS.values().forEach(c -> text.append(String.format("  %-8s %s%n", c.name(), c.summary())));
		text.append("""

				Options for every command: --help (this command's help).
				valuenet --version prints the version; valuenet help <command> shows a command's help.

				Exit codes: 0 clean, 1 problems found, 2 usage or I/O failure.
				""");
		return text.toString();
	}

	private static String version() {
		String version = Valuenet.class.getPackage().getImplementationVersion();
		return version == null ? "0.1.0 (development build)" : version;
	}
}
