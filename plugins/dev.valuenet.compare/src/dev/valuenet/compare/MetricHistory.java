package dev.valuenet.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.valuenet.analysis.ActorMetrics;
import dev.valuenet.analysis.FlowRecord;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.NetworkSummary;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;
import dev.valuenet.model.Network;
import dev.valuenet.model.ValueKind;

/**
 * How a model's metrics moved over its git history: one row per commit that changed the model, oldest
 * first, read with JGit (no git binary). The model of a version is what {@link ModelSession} makes of
 * the file, as everywhere else: the file and the other .vnet files directly in its folder, all as they
 * were in that commit (a network split over several files is measured whole). Each version is opened
 * in a session of its own and checked with the metric checks and governance rules.
 */
public final class MetricHistory {

	/** Network metrics every row has, in order. */
	public static final List<String> NETWORK_METRICS = List.of("actors", "flows", "density", "reciprocity", "diameter",
			"averagePathLength", "bridges", "communities", "modularity");

	/** Actor metrics a row can hold for the chosen actor. */
	public static final List<String> ACTOR_METRICS = List.of("betweenness", "closeness", "eigenvector", "pagerank", "inDegree",
			"outDegree", "suppliers", "hhi");

	/**
	 * One commit's version of the file.
	 *
	 * @param commit        abbreviated id
	 * @param time          commit time
	 * @param subject       the first line of the message
	 * @param parsed        false when the version does not parse (its metrics are then absent)
	 * @param network       the measured network's name
	 * @param metrics       the network metrics ({@link #NETWORK_METRICS}), then the actor's ({@code actor.betweenness}...)
	 * @param errors        error diagnostics of this version
	 * @param warnings      warning diagnostics (the metric checks' findings are warnings)
	 * @param moneyPerYear  sum of the money flows per year, in {@code currency}; NaN if one is unknown
	 * @param actorFindings issue codes reported on the actor's declaration (e.g. vnet.single-point-of-failure)
	 */
	public record Row(String commit, Instant time, String subject, boolean parsed, String network, Map<String, Double> metrics, int errors,
			int warnings, double moneyPerYear, String currency, List<String> actorFindings) {
	}

	private MetricHistory() {
	}

	/**
	 * The rows of {@code file} (inside a git work tree) from {@code since} (exclusive; null: the first
	 * commit) to HEAD, oldest first; {@code network} null: the file's first network; {@code actor} null:
	 * no actor columns. {@code progress} receives the number of rows done.
	 */
	public static List<Row> of(Path file, String since, String network, String actor, IntConsumer progress) throws IOException {
		Path absolute = file.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.getParent().toFile()).readEnvironment();
		if (builder.getGitDir() == null) throw new IOException(file + " is not inside a git repository");
		try (Repository repository = builder.setMustExist(true).build(); Git git = new Git(repository)) {
			if (repository.isBare()) throw new IOException("the repository of " + file + " has no work tree");
			String path = repository.getWorkTree().toPath().toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
			ObjectId head = repository.resolve("HEAD");
			if (head == null) throw new IOException("the repository of " + file + " has no commit yet");
			int slash = path.lastIndexOf('/');
			String folder = slash < 0 ? "" : path.substring(0, slash);
			LogCommand log = git.log();
			if (!folder.isEmpty()) log.addPath(folder); // the folder's other .vnet files belong to the model
			if (since != null) {
				ObjectId from = repository.resolve(since);
				if (from == null) throw new IllegalArgumentException("unknown revision '" + since + "'");
				log.addRange(from, head);
			} else {
				log.add(head);
			}
			List<RevCommit> commits = new ArrayList<>();
			for (RevCommit commit : log.call()) commits.add(commit);
			java.util.Collections.reverse(commits);
			List<Row> rows = new ArrayList<>();
			Map<String, String> previous = null;
			for (RevCommit commit : commits) {
				Map<String, String> texts = model(repository, commit, folder, path);
				if (!texts.containsKey(path)) { // not yet written, or deleted in this commit
					previous = null;
					continue;
				}
				if (texts.equals(previous)) continue; // the commit changed something else in the folder (a sub-folder)
				previous = texts;
				rows.add(row(commit, texts, path, network, actor));
				progress.accept(rows.size());
			}
			return rows;
		} catch (GitAPIException e) {
			throw new IOException("git: " + e.getMessage(), e);
		}
	}

	/**
	 * The model's files in {@code commit}: {@code path} first, then the other .vnet files directly in
	 * {@code folder} ("" for the work tree's root), sorted; repository path -> text.
	 */
	private static Map<String, String> model(Repository repository, RevCommit commit, String folder, String path) throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		java.util.TreeMap<String, String> others = new java.util.TreeMap<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			if (folder.isEmpty()) {
				walk.addTree(commit.getTree());
			} else {
				try (TreeWalk at = TreeWalk.forPath(repository, folder, commit.getTree())) {
					if (at == null || !at.isSubtree()) return texts;
					walk.addTree(at.getObjectId(0));
				}
			}
			walk.setRecursive(false);
			while (walk.next()) {
				if (walk.isSubtree() || !walk.getNameString().endsWith(".vnet")) continue;
				if ((walk.getFileMode(0).getBits() & org.eclipse.jgit.lib.FileMode.TYPE_MASK) != org.eclipse.jgit.lib.FileMode.TYPE_FILE) continue;
				String file = folder.isEmpty() ? walk.getNameString() : folder + "/" + walk.getNameString();
				String text = new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
				if (file.equals(path)) texts.put(file, text);
				else others.put(file, text);
			}
		}
		if (texts.isEmpty()) return texts;
		texts.putAll(others);
		return texts;
	}

	/** One version measured: its model opened, validated with the metric checks, then measured on all layers. */
	static Row row(RevCommit commit, Map<String, String> texts, String path, String networkName, String actor) {
		String id = commit.abbreviate(7).name();
		Instant time = Instant.ofEpochSecond(commit.getCommitTime());
		String subject = commit.getShortMessage();
		Map<Path, String> files = new LinkedHashMap<>();
		texts.forEach((file, text) -> files.put(Path.of(file), text));
		try (ModelSession session = Version.session(files, true)) {
			List<Problem> problems = session.validate();
			int errors = (int) problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
			int warnings = (int) problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
			boolean syntaxErrors = files.keySet().stream().map(session::resource)
					.anyMatch(r -> r == null || r.getParseResult() == null || r.getParseResult().hasSyntaxErrors());
			AbstractNetwork network;
			try {
				network = syntaxErrors ? null : session.network(networkName);
			} catch (ModelSession.UnknownNetworkException e) {
				network = null;
			}
			if (!(network instanceof Network)) {
				return new Row(id, time, subject, false, network == null ? "" : network.getName(), Map.of(), errors, warnings, Double.NaN, "",
						List.of());
			}
			return measured(id, time, subject, session, (Network) network, problems, errors, warnings, actor);
		}
	}

	private static Row measured(String id, Instant time, String subject, ModelSession session, Network network, List<Problem> problems, int errors,
			int warnings, String actor) {
		NetworkAnalysis analysis = NetworkAnalysis.of(network);
		NetworkSummary summary = analysis.summary(null);
		Map<String, Double> metrics = new LinkedHashMap<>();
		metrics.put("actors", (double) summary.actors());
		metrics.put("flows", (double) summary.flows());
		metrics.put("density", summary.density());
		metrics.put("reciprocity", summary.reciprocity());
		metrics.put("diameter", (double) summary.diameter());
		metrics.put("averagePathLength", summary.averagePathLength());
		metrics.put("bridges", (double) summary.bridges());
		metrics.put("communities", (double) summary.communities());
		metrics.put("modularity", summary.modularity());
		List<String> findings = new ArrayList<>();
		if (actor != null) {
			List<String> names = analysis.find(actor);
			ActorMetrics m = names.size() == 1 ? analysis.actor(null, names.get(0)) : null;
			metrics.put("actor.betweenness", m == null ? Double.NaN : m.betweenness());
			metrics.put("actor.closeness", m == null ? Double.NaN : m.closeness());
			metrics.put("actor.eigenvector", m == null ? Double.NaN : m.eigenvector());
			metrics.put("actor.pagerank", m == null ? Double.NaN : m.pagerank());
			metrics.put("actor.inDegree", m == null ? Double.NaN : m.inDegree());
			metrics.put("actor.outDegree", m == null ? Double.NaN : m.outDegree());
			metrics.put("actor.suppliers", m == null ? Double.NaN : m.suppliers());
			metrics.put("actor.hhi", m == null ? Double.NaN : m.hhi());
			Declaration declaration = declaration(session, network, actor);
			if (declaration != null) {
				problems.stream()
						.filter(p -> p.file().toAbsolutePath().normalize().equals(declaration.file()) && p.line() >= declaration.first()
								&& p.line() <= declaration.last() && p.severity() != Problem.Severity.INFO)
						.map(Problem::code).distinct().forEach(findings::add);
			}
		}
		double money = 0;
		for (FlowRecord flow : analysis.network().flows()) {
			// the yearly value in the network currency (amountPerYear is in the written unit); NaN stays NaN
			if (flow.kind() == ValueKind.MONEY) money += flow.valuePerYear();
		}
		String currency = analysis.currency() == null ? "" : analysis.currency(); // declared in any file of the network
		return new Row(id, time, subject, true, network.getName(), metrics, errors, warnings, money, currency, findings);
	}

	/** Where an actor is declared: the file (absolute) and its first and last line. */
	private record Declaration(Path file, int first, int last) {
	}

	/** The actor's declaration in any file of the network (a network may be split over the folder's files), or null. */
	private static Declaration declaration(ModelSession session, Network network, String actor) {
		for (Path file : session.files()) {
			Document document = session.document(file);
			if (document == null) continue;
			for (AbstractNetwork part : document.getNetworks()) {
				if (!(part instanceof Network n) || !network.getName().equals(n.getName())) continue;
				for (var element : n.getElements()) {
					if (element instanceof dev.valuenet.model.Participant p && actor.equals(p.getName())) {
						var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(p);
						return node == null ? null : new Declaration(file.toAbsolutePath().normalize(), node.getStartLine(), node.getEndLine());
					}
				}
			}
		}
		return null;
	}
}
