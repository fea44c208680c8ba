package dev.valuenet.ui.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.valuenet.analysis.ActorMetrics;
import dev.valuenet.analysis.LayerGraph;
import dev.valuenet.analysis.NetworkAnalysis;
import dev.valuenet.analysis.NetworkSummary;
import dev.valuenet.analysis.ParticipantRecord;
import dev.valuenet.analysis.Weight;
import dev.valuenet.analysis.WeightedGraph;
import dev.valuenet.analysis.Profitability;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.ValuenetPackage;
import dev.valuenet.ui.editor.VnetLanguage;

/**
 * The saved model of a file ({@link ModelSession}: the file and the other .vnet files of its folder,
 * as the CLI loads it, independent from the editor's language server), cached while none of its
 * files changes on disk. Thread-safe; called from jobs only.
 */
final class MetricsModel {

	/**
	 * One table row: the metrics, the actor's yearly value in and out (all layers, network currency) and where
	 * the actor is declared (file, offset and length of its name).
	 */
	record Row(ActorMetrics metrics, Profitability profit, Path file, int offset, int length) {
	}

	/**
	 * What the view shows for one file, network, layer and weight; {@code weighted} says what the
	 * weight left out (null without rows).
	 */
	record Result(Path file, List<String> networks, String network, List<String> layers, String layer, List<Row> rows,
			NetworkSummary summary, String currency, int unvalued, String error, long millis, WeightedGraph weighted) {
	}

	private static String cachedStamp;
	private static ModelSession cachedSession;

	private MetricsModel() {
	}

	/** Measures {@code network} (null: the file's first) of {@code file} on {@code layer} (null or unknown: all), unweighted. */
	static Result compute(Path file, String network, String layer) {
		return compute(file, network, layer, Weight.NONE);
	}

	/** The analysis of {@code network} (null or unknown: the file's first network) of the saved {@code file}, or null. */
	static synchronized NetworkAnalysis analysis(Path file, String network) throws IOException {
		file = file.toAbsolutePath().normalize();
		ModelSession session = session(file);
		if (session.document(file) == null) {
			return null;
		}
		boolean known = network != null && session.networks().stream().anyMatch(n -> n.getName().equals(network));
		try {
			return NetworkAnalysis.of(session.network(known ? network : null));
		} catch (ModelSession.UnknownNetworkException e) {
			return null;
		}
	}

	/**
	 * Measures {@code network} (null: the file's first) of {@code file} on {@code layer} (null or
	 * unknown: all), the centralities weighted by {@code weight}.
	 */
	static synchronized Result compute(Path file, String network, String layer, Weight weight) {
		file = file.toAbsolutePath().normalize();
		long start = System.nanoTime();
		try {
			ModelSession session = session(file);
			if (session.document(file) == null) {
				return error(file, "cannot read " + file.getFileName(), start);
			}
			List<AbstractNetwork> candidates = session.networks();
			AbstractNetwork chosen;
			try {
				chosen = session.network(network != null && candidates.stream().anyMatch(n -> n.getName().equals(network)) ? network : null);
			} catch (ModelSession.UnknownNetworkException e) {
				if (candidates.isEmpty()) {
					return error(file, e.getMessage(), start);
				}
				chosen = candidates.get(0);
			}
			List<String> networks = candidates.stream().map(AbstractNetwork::getName).distinct().toList();
			NetworkAnalysis analysis = NetworkAnalysis.of(chosen);
			List<String> layers = analysis.metricLayers();
			String key = layer != null && layers.contains(layer) ? layer : layers.get(0);
			if (key.equals(LayerGraph.TIES) && weight == Weight.VALUE && !analysis.layers().contains(key)) {
				return new Result(file, networks, chosen.getName(), layers, key, List.of(), null, null, 0,
						"Ties carry no value of their own: weigh the ties layer by strength or none.", (System.nanoTime() - start) / 1_000_000,
						null);
			}
			List<ActorMetrics> metrics = analysis.actorMetrics(key, weight);
			WeightedGraph weighted = analysis.weighted(key, weight);
			NetworkSummary summary = analysis.summary(key);
			List<Row> rows = new ArrayList<>(metrics.size());
			var participants = analysis.network().participants();
			List<Profitability> profits = analysis.profitability();
			for (int i = 0; i < metrics.size(); i++) {
				ActorMetrics m = metrics.get(i);
				ParticipantRecord p = participants.get(m.actor());
				rows.add(row(m, profits.get(i), p == null ? null : p.source()));
			}
			return new Result(file, networks, chosen.getName(), layers, key, List.copyOf(rows), summary,
					analysis.currencyLabel(), analysis.graph(key).unvaluedFlows(), null,
					(System.nanoTime() - start) / 1_000_000, weighted);
		} catch (IOException | RuntimeException e) {
			return error(file, "metrics failed: " + e, start);
		}
	}

	private static Result error(Path file, String message, long start) {
		return new Result(file, List.of(), null, List.of(), null, List.of(), null, null, 0, message, (System.nanoTime() - start) / 1_000_000,
				null);
	}

	private static Row row(ActorMetrics m, Profitability profit, EObject source) {
		if (source == null || source.eResource() == null) {
			return new Row(m, profit, null, -1, 0);
		}
		Resource resource = source.eResource();
		Path path = resource.getURI().isFile() ? Path.of(resource.getURI().toFileString()) : null;
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, ValuenetPackage.Literals.NAMED_ELEMENT__NAME);
		INode node = nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(source) : nodes.get(0);
		if (node == null) {
			return new Row(m, profit, path, -1, 0);
		}
		return new Row(m, profit, path, node.getOffset(), node.getLength());
	}

	/** The file's model, opened again only when one of its files changed (modification stamps) or another file is asked for. */
	private static synchronized ModelSession session(Path file) throws IOException {
		StringBuilder stamp = new StringBuilder();
		for (Path p : ModelSession.modelFiles(file)) {
			stamp.append(p).append('@').append(Files.getLastModifiedTime(p).toMillis()).append('#').append(Files.size(p)).append(';');
		}
		if (cachedSession == null || !stamp.toString().equals(cachedStamp)) {
			if (cachedSession != null) {
				cachedSession.close();
			}
			// the workbench's language injector: a second createInjectorAndDoEMFRegistration would replace the
			// language's global EMF registrations under the running language server
			cachedSession = ModelSession.of(VnetLanguage.injector()).open(file);
			cachedStamp = stamp.toString();
		}
		return cachedSession;
	}
}
