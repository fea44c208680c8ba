package dev.valuenet.diagram.edit;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.XtextResource;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Document;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Scenario;

/**
 * Identifiers of new and renamed declarations: valid (the grammar's ID, not a keyword) and unique
 * among the names of the network's family, i.e. the network or scenario, its base chain and the
 * scenarios built on it (a name declared twice there is a duplicate or an ambiguous reference).
 */
final class Names {

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

	private final Set<String> keywords = new HashSet<>();
	private final Set<String> taken = new HashSet<>();

	Names(AbstractNetwork network) {
		Resource resource = network.eResource();
		if (resource instanceof XtextResource xtext) {
			IGrammarAccess grammar = xtext.getResourceServiceProvider().get(IGrammarAccess.class);
			keywords.addAll(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		}
		Set<String> family = new LinkedHashSet<>(chain(network));
		for (AbstractNetwork other : allNetworks(network)) {
			if (chain(other).contains(network.getName())) {
				family.add(other.getName());
			}
		}
		for (AbstractNetwork other : allNetworks(network)) {
			if (family.contains(other.getName())) {
				for (EObject object : (Iterable<EObject>) other::eAllContents) {
					if (object instanceof NamedElement named && named.getName() != null) {
						taken.add(named.getName());
					}
				}
			}
		}
	}

	/** Why {@code name} cannot name a new declaration, or null when it can. */
	String refusal(String name) {
		if (name == null || !ID.matcher(name).matches()) {
			return "'" + name + "' is not a valid name: use letters, digits and _, starting with a letter or _.";
		}
		if (keywords.contains(name)) {
			return "'" + name + "' is a keyword of the language; choose another name.";
		}
		if (taken.contains(name)) {
			return "'" + name + "' is already declared in this network; choose another name.";
		}
		return null;
	}

	/** {@code base}, else base2, base3, ...: the first free valid name. */
	String unique(String base) {
		String name = base;
		for (int i = 2; refusal(name) != null; i++) {
			name = base + i;
		}
		return name;
	}

	boolean isKeyword(String word) {
		return keywords.contains(word);
	}

	/** Names of the network and its bases, nearest first. */
	private static Set<String> chain(AbstractNetwork network) {
		Set<String> names = new LinkedHashSet<>();
		for (AbstractNetwork n = network; n != null && !n.eIsProxy() && n.getName() != null && names.add(n.getName());) {
			n = n instanceof Scenario scenario ? scenario.getBase() : null;
		}
		return names;
	}

	private static Iterable<AbstractNetwork> allNetworks(AbstractNetwork network) {
		Set<AbstractNetwork> networks = new LinkedHashSet<>();
		Resource own = network.eResource();
		if (own == null || own.getResourceSet() == null) {
			networks.add(network);
			return networks;
		}
		for (Resource resource : java.util.List.copyOf(own.getResourceSet().getResources())) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Document document) {
					document.getNetworks().stream().filter(n -> n.getName() != null).forEach(networks::add);
				}
			}
		}
		return networks;
	}
}
