package dev.valuenet.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.compare.MetricHistory.Row;

/** History of a model committed with JGit in a fresh repository; every value computed by hand. */
class MetricHistoryTest {

	@TempDir
	Path repo;

	static final String CHAIN = """
			network n {
			  currency EUR
			  actor A : firm
			  actor B : firm
			  actor C : firm
			  segment S
			  flow ab : goods A -> B { 1 units/year }
			  flow bc : goods B -> C { 1 units/year }
			  flow cs : goods C -> S { 1 units/year }
			%s}
			""";

	private RevCommit commit(Git git, Path file, String text, String message) throws Exception {
		Files.writeString(file, text);
		git.add().addFilepattern(".").call();
		return git.commit().setMessage(message).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
	}

	/**
	 * Commit 1: the chain A -> B -> C -> S (n = 4). B lies on the shortest paths A..C and A..S:
	 * betweenness 2 / ((n-1)(n-2)) = 2/6. Commit 2 adds a money flow S -> A of 5 EUR/year, which closes
	 * the cycle: every ordered pair has one shortest path, B is an inner node of those from A to C, A
	 * to S, S to C: 3 / 6 = 0.5. Commit 3 does not parse. Commit 4 adds A -> C: A..C, A..S and S..C
	 * (S -> A -> C) no longer pass B, and B is an end of every other path through it: 0.
	 */
	@Test
	void rowsPerCommitOldestFirst() throws Exception {
		Path file = repo.resolve("models/net.vnet");
		Files.createDirectories(file.getParent());
		try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
			commit(git, repo.resolve("README"), "not a model", "unrelated");
			RevCommit first = commit(git, file, CHAIN.formatted(""), "chain");
			commit(git, file, CHAIN.formatted("  flow pay : money S -> A { 5 EUR/year }\n"), "closes the cycle");
			commit(git, file, CHAIN.formatted("  flow broken : goods A ->\n"), "typo");
			commit(git, file, CHAIN.formatted("  flow pay : money S -> A { 5 EUR/year }\n  flow ac : goods A -> C { 1 units/year }\n"), "shortcut");

			List<Row> rows = MetricHistory.of(file, null, null, "B", n -> {
			});
			assertEquals(List.of("chain", "closes the cycle", "typo", "shortcut"), rows.stream().map(Row::subject).toList());
			assertEquals(List.of(true, true, false, true), rows.stream().map(Row::parsed).toList());
			assertEquals(2.0 / 6, rows.get(0).metrics().get("actor.betweenness"), 1e-9);
			assertEquals(0.5, rows.get(1).metrics().get("actor.betweenness"), 1e-9);
			assertEquals(0.0, rows.get(3).metrics().get("actor.betweenness"), 1e-9);
			assertEquals(4.0, rows.get(0).metrics().get("actors"), 0);
			assertEquals(3.0, rows.get(0).metrics().get("flows"), 0);
			assertEquals(5.0, rows.get(3).metrics().get("flows"), 0);
			assertEquals(0.0, rows.get(0).moneyPerYear(), 0);
			assertEquals(5.0, rows.get(1).moneyPerYear(), 1e-9);
			assertEquals("EUR", rows.get(1).currency());
			assertTrue(rows.get(2).errors() > 0);
			// B is the only way from A to the segment in the chain: a single point of failure, until the shortcut
			assertTrue(rows.get(0).actorFindings().contains("vnet.single-point-of-failure"), rows.get(0).actorFindings().toString());
			assertFalse(rows.get(3).actorFindings().contains("vnet.single-point-of-failure"), rows.get(3).actorFindings().toString());

			List<Row> since = MetricHistory.of(file, first.getName(), null, null, n -> {
			});
			assertEquals(List.of("closes the cycle", "typo", "shortcut"), since.stream().map(Row::subject).toList());
		}
	}

	static final String ACTORS = """
			network n {
			  currency EUR
			  actor A : firm
			  actor B : firm
			  actor C : firm
			  segment S
			%s}
			""";

	static final String FLOWS = """
			network n {
			  flow ab : goods A -> B { 1 units/year }
			  flow bc : goods B -> C { 1 units/year }
			  flow cs : goods C -> S { 1 units/year }
			%s}
			""";

	/**
	 * The chain of {@link #rowsPerCommitOldestFirst} split over two files of one folder, its history
	 * asked of flows.vnet: a commit that changes only actors.vnet is a row (the model is the folder's
	 * files), one that changes only a sub-folder or another folder is not. B is declared in actors.vnet,
	 * so its findings come from there. Betweenness of B as computed there: 2/6, 0.5, then 0.
	 */
	@Test
	void networkSplitOverTheFolderIsMeasuredWhole() throws Exception {
		Path models = repo.resolve("models");
		Files.createDirectories(models.resolve("archive"));
		Path flows = models.resolve("flows.vnet");
		Path actors = models.resolve("actors.vnet");
		try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
			Files.writeString(actors, ACTORS.formatted(""));
			commit(git, flows, FLOWS.formatted(""), "actors and flows");
			commit(git, flows, FLOWS.formatted("  flow pay : money S -> A { 5 EUR/year }\n"), "money back");
			commit(git, models.resolve("archive/old.vnet"), "network old {\n  actor X : firm\n}\n", "archive");
			commit(git, repo.resolve("README"), "not a model", "unrelated");
			commit(git, actors, ACTORS.formatted("  flow ac : goods A -> C { 1 units/year }\n"), "actors: shortcut");

			List<Row> rows = MetricHistory.of(flows, null, null, "B", n -> {
			});
			assertEquals(List.of("actors and flows", "money back", "actors: shortcut"), rows.stream().map(Row::subject).toList());
			assertEquals(List.of(0, 0, 0), rows.stream().map(Row::errors).toList(), "the flows resolve to the actors of actors.vnet");
			assertEquals(2.0 / 6, rows.get(0).metrics().get("actor.betweenness"), 1e-9);
			assertEquals(0.5, rows.get(1).metrics().get("actor.betweenness"), 1e-9);
			assertEquals(0.0, rows.get(2).metrics().get("actor.betweenness"), 1e-9);
			assertEquals(List.of(4.0, 4.0, 4.0), rows.stream().map(r -> r.metrics().get("actors")).toList());
			assertEquals(List.of(3.0, 4.0, 5.0), rows.stream().map(r -> r.metrics().get("flows")).toList());
			assertEquals(5.0, rows.get(1).moneyPerYear(), 1e-9);
			assertEquals("EUR", rows.get(0).currency(), "the currency is declared in actors.vnet");
			assertTrue(rows.get(0).actorFindings().contains("vnet.single-point-of-failure"), rows.get(0).actorFindings().toString());
			assertFalse(rows.get(2).actorFindings().contains("vnet.single-point-of-failure"), rows.get(2).actorFindings().toString());
		}
	}
}
