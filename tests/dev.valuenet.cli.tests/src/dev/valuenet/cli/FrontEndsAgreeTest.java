package dev.valuenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.NetworkSummary;
import dev.valuenet.analysis.ResolvedNetwork;
import dev.valuenet.diagram.edit.DiagramCommands;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Network;

/**
 * Every example through each front end's path gives one answer: the model session (which the
 * workbench views use too), {@code metrics}, {@code export} and the map's editing (unsaved texts of
 * the folder) see the same participants and flows, and the same metrics.
 */
class FrontEndsAgreeTest {

	@Test
	void everyExampleFileGivesOneAnswer() throws IOException {
		for (Path file : ValuenetWorkspace.collect(List.of(ValuenetTest.examples()))) {
			if (file.toString().contains("large")) {
				continue; // the 5,200-actor example is for benchmarks
			}
			try (ModelSession session = ModelSession.create().open(file)) {
				for (AbstractNetwork declared : session.document(file).getNetworks()) {
					compare(file, session, declared.getName());
				}
			}
		}
	}

	/** Independently known: the count of `valuenet metrics` on the grocery network (18 participants, 55 flows). */
	@Test
	void theMultiFileNetworkIsWholeFromAnyOfItsFiles() throws IOException {
		for (String name : List.of("actors.vnet", "flows.vnet", "governance.vnet")) {
			Path file = ValuenetTest.examples().resolve("multi-file").resolve(name);
			JsonObject exported = exported(file, "retail.grocery");
			assertEquals(18, exported.getAsJsonArray("actors").size() + exported.getAsJsonArray("segments").size(), name);
			assertEquals(55, exported.getAsJsonArray("flows").size(), name);
			JsonObject metrics = json(ValuenetTest.run("metrics", "--format", "json", file.toString()));
			assertEquals(18, metrics.getAsJsonObject("summary").get("actors").getAsInt(), name);
			assertEquals(55, metrics.getAsJsonObject("summary").get("flows").getAsInt(), name);
		}
	}

	private static void compare(Path file, ModelSession session, String name) throws IOException {
		String what = file + " " + name;
		NetworkAnalysis reference = NetworkAnalysis.of(session.network(name));
		ResolvedNetwork resolved = reference.network();
		NetworkSummary summary = reference.summary(LayerGraph.ALL);

		// valuenet metrics --scenario NAME FILE
		JsonObject metrics = json(ValuenetTest.run("metrics", "--format", "json", "--scenario", name, file.toString()));
		assertEquals(name, metrics.get("network").getAsString(), what);
		assertEquals(summary.actors(), metrics.getAsJsonObject("summary").get("actors").getAsInt(), what);
		assertEquals(resolved.flows().size(), metrics.getAsJsonObject("summary").get("flows").getAsInt(), what);
		Map<String, Double> betweenness = new LinkedHashMap<>();
		for (JsonElement actor : metrics.getAsJsonArray("actors")) {
			betweenness.put(actor.getAsJsonObject().get("actor").getAsString(), actor.getAsJsonObject().get("betweenness").getAsDouble());
		}
		assertEquals(resolved.participants().keySet(), betweenness.keySet(), what);
		reference.actorMetrics(LayerGraph.ALL).forEach(m -> assertEquals(m.betweenness(), betweenness.get(m.actor()), 1e-12, what));

		// valuenet export FILE: a network (not a scenario, which is exported as its edits) with every part
		if (session.network(name) instanceof Network) {
			JsonObject exported = exported(file, name);
			Set<String> names = new TreeSet<>();
			exported.getAsJsonArray("actors").forEach(a -> names.add(a.getAsJsonObject().get("qualifiedName").getAsString()));
			exported.getAsJsonArray("segments").forEach(a -> names.add(a.getAsJsonObject().get("qualifiedName").getAsString()));
			assertEquals(new TreeSet<>(resolved.participants().keySet()), names, what);
			assertEquals(resolved.flows().size(), exported.getAsJsonArray("flows").size(), what);
		}

		// the map's editing: the model's files as an editor holds them
		Map<Path, String> texts = new LinkedHashMap<>();
		for (Path each : session.files()) {
			texts.put(each, Files.readString(each));
		}
		try (ModelSession editing = ModelSession.create().open(file, List.of(), texts)) {
			NetworkAnalysis edited = NetworkAnalysis.of(DiagramCommands.of(editing, name).network());
			assertEquals(resolved.participants().keySet(), edited.network().participants().keySet(), what);
			assertEquals(resolved.flows().size(), edited.network().flows().size(), what);
			assertEquals(summary, edited.summary(LayerGraph.ALL), what);
		}
	}

	private static JsonObject exported(Path file, String name) {
		JsonObject json = json(ValuenetTest.run("export", "--format", "json", file.toString()));
		for (JsonElement network : json.getAsJsonArray("networks")) {
			if (network.getAsJsonObject().get("name").getAsString().equals(name)) {
				return network.getAsJsonObject();
			}
		}
		throw new AssertionError(file + " exports no network " + name);
	}

	private static JsonObject json(ValuenetTest.Result result) {
		assertEquals(Valuenet.OK, result.exit(), result.err());
		return JsonParser.parseString(result.out()).getAsJsonObject();
	}
}
