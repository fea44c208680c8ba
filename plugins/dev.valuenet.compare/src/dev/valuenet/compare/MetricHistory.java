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
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Network;
import dev.valuenet.model.ValueKind;

/**
 * How a model's metrics moved over its git history: one row per commit that changed the file, oldest
 * first, read with JGit (no git binary). Each version is parsed and checked on its own (the file
 * alone, as it was in that commit), with the metric checks and governance rules.
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
			LogCommand log = git.log().addPath(path);
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
			for (RevCommit commit : commits) {
				String text = read(repository, commit, path);
				if (text == null) continue; // deleted in this commit
				rows.add(row(commit, text, path, network, actor));
				progress.accept(rows.size());
			}
			return rows;
		} catch (GitAPIException e) {
			throw new IOException("git: " + e.getMessage(), e);
		}
	}

	private static String read(Repository repository, RevCommit commit, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
			if (walk == null) return null;
			return new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
		}
	}

	/** One version measured: parsed, validated with the metric checks, then measured on all layers. */
	static Row row(RevCommit commit, String text, String path, String networkName, String actor) {
		String id = commit.abbreviate(7).name();
		Instant time = Instant.ofEpochSecond(commit.getCommitTime());
		String subject = commit.getShortMessage();
		Version version = Version.parse(id + ":" + path, Path.of(path).getFileName().toString(), text, true);
		List<Problem> problems = version.workspace().validate();
		int errors = (int) problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		int warnings = (int) problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		AbstractNetwork network = networkName == null
				? (version.document().getNetworks().isEmpty() ? null : version.document().getNetworks().get(0))
				: version.network(networkName);
		if (version.hasSyntaxErrors() || !(network instanceof Network)) {
			return new Row(id, time, subject, false, network == null ? "" : network.getName(), Map.of(), errors, warnings, Double.NaN, "", List.of());
		}
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
			int[] lines = declarationLines(network, actor);
			if (lines != null) {
				problems.stream().filter(p -> p.line() >= lines[0] && p.line() <= lines[1] && p.severity() != Problem.Severity.INFO)
						.map(Problem::code).distinct().forEach(findings::add);
			}
		}
		double money = 0;
		for (FlowRecord flow : analysis.network().flows()) {
			// the yearly value in the network currency (amountPerYear is in the written unit); NaN stays NaN
			if (flow.kind() == ValueKind.MONEY) money += flow.valuePerYear();
		}
		String currency = ((Network) network).getCurrency() == null ? "" : ((Network) network).getCurrency();
		return new Row(id, time, subject, true, network.getName(), metrics, errors, warnings, money, currency, findings);
	}

	/** The first and last line of the actor's declaration, or null. */
	private static int[] declarationLines(AbstractNetwork network, String actor) {
		for (var element : ((Network) network).getElements()) {
			if (element instanceof dev.valuenet.model.Participant p && actor.equals(p.getName())) {
				var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(p);
				return node == null ? null : new int[] { node.getStartLine(), node.getEndLine() };
			}
		}
		return null;
	}
}
