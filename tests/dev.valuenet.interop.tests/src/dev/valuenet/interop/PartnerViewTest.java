package dev.valuenet.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.ValuenetWorkspace;
import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Element;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Governance;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.Networks;
import dev.valuenet.model.Participant;
import dev.valuenet.model.Visibility;
import dev.valuenet.model.VisibilityLevel;

/**
 * Partner views leak nothing: for every confidential element of every example, an outsider's
 * export in every format (and JSON) contains neither its name nor its amounts, while a member of
 * its audience sees it.
 */
class PartnerViewTest {

	@TempDir
	Path folder;

	@Test
	void confidentialElementsReachOnlyTheirAudienceInEveryFormat() throws IOException {
		int checked = 0;
		for (Path example : Models.exampleFiles()) {
			ModelSession workspace = Models.load(example);
			AbstractNetwork network = Models.network(workspace);
			if (!(network instanceof Network declared)) {
				continue;
			}
			for (Network part : Networks.parts(declared)) {
				for (Element element : part.getElements()) {
					if (!(element instanceof Governance governance)) {
						continue;
					}
					for (var statement : governance.getStatements()) {
						if (statement instanceof Visibility visibility && visibility.getLevel() == VisibilityLevel.CONFIDENTIAL
								&& !visibility.getAudience().isEmpty()) {
							Participant outsider = outsider(declared, visibility.getAudience());
							String outsiderExport = exportAll(workspace, network, outsider.getName());
							NamedElement target = visibility.getTarget();
							assertFalse(Pattern.compile("\\b" + target.getName() + "\\b").matcher(outsiderExport).find(),
									example + ": " + outsider.getName() + " sees confidential " + target.getName());
							// amounts the partner may see anyway: those of flows it sees (a visible reply of the same size)
							java.util.Set<String> visible = new java.util.HashSet<>();
							for (NetworkTables.FlowRow row : NetworkTables.of(network, false, PartnerView.of(network, outsider.getName())).flows()) {
								for (double amount : new double[] { row.amount(), row.amountPerYear() }) {
									if (!Double.isNaN(amount)) {
										visible.add(Columns.plain(amount));
										visible.add(Double.toString(amount));
										visible.add(Labels.compact(amount));
									}
								}
							}
							for (String amount : amounts(target)) {
								if (visible.contains(amount)) {
									continue;
								}
								// the number on its own, not as part of another (190000000 is not 9000000)
								Pattern number = Pattern.compile("(?<![0-9A-Za-z.])" + Pattern.quote(amount) + "(?![0-9A-Za-z]|\\.[0-9])");
								assertFalse(number.matcher(outsiderExport).find(), example + ": " + outsider.getName() + " sees amount " + amount
										+ " of confidential " + target.getName());
							}
							String insiderExport = exportAll(workspace, network, visibility.getAudience().get(0).getName());
							assertTrue(insiderExport.contains(target.getName()), example + ": the audience does not see " + target.getName());
							checked++;
						}
					}
				}
			}
		}
		assertTrue(checked >= 6, "confidential statements checked: " + checked);
	}

	private static Participant outsider(Network network, List<Participant> audience) {
		for (Network part : Networks.parts(network)) {
			for (Element element : part.getElements()) {
				if (element instanceof Participant p && !audience.contains(p)) {
					return p;
				}
			}
		}
		throw new AssertionError("everyone is in the audience");
	}

	/** The amounts of a confidential flow as any format could spell them. */
	private static List<String> amounts(NamedElement target) {
		List<String> amounts = new ArrayList<>();
		if (target instanceof Flow flow && flow.getQuantity() != null) {
			double amount = flow.getQuantity().getAmount();
			amounts.add(Columns.plain(amount));
			amounts.add(Double.toString(amount));
			NetworkTables.FlowRow row = NetworkTables.of(org.eclipse.xtext.EcoreUtil2.getContainerOfType(flow, AbstractNetwork.class)).flows().stream()
					.filter(f -> f.id().equals(flow.getName())).findFirst().orElseThrow();
			if (!Double.isNaN(row.amountPerYear())) {
				amounts.add(Columns.plain(row.amountPerYear()));
				amounts.add(Double.toString(row.amountPerYear()));
				amounts.add(Labels.compact(row.amountPerYear()));
			}
		}
		return amounts;
	}

	/** Every format's output for PARTNER, as one text (XLSX unpacked). */
	private String exportAll(ModelSession workspace, AbstractNetwork network, String partner) throws IOException {
		StringWriter all = new StringWriter();
		PartnerView view = PartnerView.of(network, partner);
		all.append(ModelJson.text(ModelJson.of(ModelJson.declared(Models.document(workspace)), view)));
		NetworkTables tables = NetworkTables.of(network, true, view);
		for (TableFormat format : Formats.ALL) {
			for (Map.Entry<String, byte[]> file : format.write(tables).entrySet()) {
				if (format.name().equals("xlsx")) {
					Path xlsx = folder.resolve("view.xlsx");
					Files.write(xlsx, file.getValue());
					try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
						for (var entries = zip.entries(); entries.hasMoreElements();) {
							all.append(new String(zip.getInputStream(entries.nextElement()).readAllBytes(), StandardCharsets.UTF_8));
						}
					}
				} else {
					all.append(new String(file.getValue(), StandardCharsets.UTF_8));
				}
			}
		}
		return all.toString();
	}
}
