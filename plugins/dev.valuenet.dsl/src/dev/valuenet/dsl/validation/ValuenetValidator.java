package dev.valuenet.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.common.collect.Iterables;
import com.google.inject.Inject;

import dev.valuenet.model.AbstractNetwork;
import dev.valuenet.model.Accept;
import dev.valuenet.model.Actor;
import dev.valuenet.model.AddEdit;
import dev.valuenet.model.ChangeEdit;
import dev.valuenet.model.CurrencyTable;
import dev.valuenet.model.Duration;
import dev.valuenet.model.Escalation;
import dev.valuenet.model.EveryExpression;
import dev.valuenet.model.Exchange;
import dev.valuenet.model.Flow;
import dev.valuenet.model.Flows;
import dev.valuenet.model.Import;
import dev.valuenet.model.Frequency;
import dev.valuenet.model.MetricCall;
import dev.valuenet.model.NamedElement;
import dev.valuenet.model.Network;
import dev.valuenet.model.NetworkCache;
import dev.valuenet.model.Participant;
import dev.valuenet.model.PathExpression;
import dev.valuenet.model.Quantity;
import dev.valuenet.model.Rate;
import dev.valuenet.model.RemoveEdit;
import dev.valuenet.model.ReplaceEdit;
import dev.valuenet.model.Scenario;
import dev.valuenet.model.Segment;
import dev.valuenet.model.Tie;
import dev.valuenet.model.Units;
import dev.valuenet.model.ValueKind;
import dev.valuenet.model.ValueObject;
import dev.valuenet.model.View;
import dev.valuenet.model.ViewFilter;
import dev.valuenet.model.ValuenetPackage.Literals;

/**
 * Structural checks of a .vnet model: cheap enough to run while the modeler types. Each issue
 * carries a code from {@link IssueCodes}; messages say what is wrong and how to fix it.
 * Metric checks and governance rules live in dev.valuenet.validation.
 */
public class ValuenetValidator extends AbstractValuenetValidator {

	/** Metrics a rule may call on one actor, e.g. {@code betweenness(OEM)}. */
	public static final Set<String> ACTOR_METRICS = Set.of("betweenness", "closeness", "eigenvector", "pagerank",
			"redundancy", "degree", "degree.in", "degree.out", "strength.in", "strength.out", "shapley", "cutoff");
	/** Metrics of the whole network, e.g. {@code density}. */
	public static final Set<String> NETWORK_METRICS = Set.of("density", "reciprocity", "modularity", "diameter",
			"averagePathLength", "communities");
	/** Properties of a value path, e.g. {@code path(A -> B).lead}. */
	public static final Set<String> PATH_PROPERTIES = Set.of("lead", "cost", "accuracy");

	@Inject
	private IQualifiedNameProvider names;
	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;
	@Inject
	private IContainer.Manager containers;

	// ---- names ------------------------------------------------------------------------------

	/**
	 * A check that fails on an element (a defect of ours) is an error on that element, and the other
	 * checks go on. Xtext's own handling reports "Error executing EValidator" at 0:0 with Java's text
	 * of the model class.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable failure) {
		new OperationCanceledManager().propagateIfCancelException(failure);
		String why = failure.getMessage() != null && !failure.getMessage().isBlank() ? failure.getMessage()
				: failure.getClass().getSimpleName();
		error("A check of this element could not run (" + why + "); the file's other findings are complete. Report this"
				+ " with the file attached.", getCurrentObject(), null, IssueCodes.CHECK_FAILED);
	}

	@Check(CheckType.FAST)
	public void checkUniqueNames(AbstractNetwork network) {
		Map<QualifiedName, NamedElement> seen = new HashMap<>();
		for (EObject object : (Iterable<EObject>) network::eAllContents) {
			if (object instanceof NamedElement element && element.getName() != null) {
				QualifiedName name = names.getFullyQualifiedName(element);
				if (name == null) {
					continue;
				}
				NamedElement first = seen.putIfAbsent(name, element);
				if (first != null) {
					error("'" + element.getName() + "' is already declared in this network (line " + line(first)
							+ "); rename one of them.", element, Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
				}
			}
		}
		if (network instanceof Network) {
			checkDuplicatesInOtherFiles(network, seen);
		}
	}

	/**
	 * What the file sees of the model: in the language server, where a project is one folder
	 * (FolderProjects), the files of that folder; elsewhere the resource set is the model and its index
	 * all there is (no per-name URI filter).
	 */
	private List<? extends ISelectable> visibleContainers(Resource resource) {
		IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(resource);
		IResourceDescription own = ProjectDescription.findInEmfObject(resource.getResourceSet()) == null ? null
				: index.getResourceDescription(resource.getURI());
		return own == null ? List.of(index) : containers.getVisibleContainers(own, index);
	}

	/**
	 * An import must name a network (with {@code .*}) or an element of the model: a mistyped or missing one
	 * said nothing, and the references it was meant for got advice to import what is imported already.
	 */
	@Check(CheckType.FAST)
	public void checkImport(Import anImport) {
		String namespace = anImport.getImportedNamespace();
		if (namespace == null || anImport.eResource() == null || anImport.eResource().getResourceSet() == null) {
			return;
		}
		boolean wildcard = namespace.endsWith(".*");
		QualifiedName name = QualifiedName.create((wildcard ? namespace.substring(0, namespace.length() - 2) : namespace).split("\\."));
		for (ISelectable container : visibleContainers(anImport.eResource())) {
			if (!Iterables.isEmpty(container.getExportedObjects(EcorePackage.Literals.EOBJECT, name, false))) {
				return;
			}
		}
		error("Nothing named '" + name + "' is declared in the model's files: fix the name, or give the file that declares it"
				+ " (valuenet check loads the files and folders given; a file opened alone brings the .vnet files of its folder).",
				anImport, Literals.IMPORT__IMPORTED_NAMESPACE, IssueCodes.UNRESOLVED);
	}

	/** Files contributing to the same network must not declare the same name twice. */
	private void checkDuplicatesInOtherFiles(AbstractNetwork network, Map<QualifiedName, NamedElement> local) {
		Resource resource = network.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return;
		}
		List<? extends ISelectable> visible = visibleContainers(resource);
		// the other files only: asking the whole index would compute this file's own exported names just
		// to skip them (a fifth of checking the 5,200-actor example, which is one file)
		List<IResourceDescription> others = new ArrayList<>();
		for (ISelectable container : visible) {
			Iterable<IResourceDescription> descriptions = container instanceof IContainer c ? c.getResourceDescriptions()
					: ((IResourceDescriptions) container).getAllResourceDescriptions();
			for (IResourceDescription description : descriptions) {
				if (!description.getURI().equals(resource.getURI())) {
					others.add(description);
				}
			}
		}
		if (others.isEmpty()) {
			return;
		}
		names: for (var entry : local.entrySet()) {
			for (IResourceDescription other : others) {
				for (IEObjectDescription found : other.getExportedObjects(EcorePackage.Literals.EOBJECT, entry.getKey(), false)) {
					if (Literals.NETWORK.isSuperTypeOf(found.getEClass())) {
						continue; // the network's own name is shared by the files that declare it
					}
					error("'" + entry.getValue().getName() + "' is also declared in " + other.getURI().lastSegment()
							+ "; a network split over several files needs distinct names.", entry.getValue(),
							Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
					continue names;
				}
			}
		}
	}

	// ---- flows ------------------------------------------------------------------------------

	@Check(CheckType.FAST)
	public void checkNoSelfFlow(Flow flow) {
		if (resolved(flow.getFrom()) && flow.getFrom() == flow.getTo()) {
			error("A flow from '" + flow.getFrom().getName() + "' to itself moves no value; pick another receiver.", flow,
					Literals.FLOW__TO, IssueCodes.SELF_FLOW);
		}
	}

	@Check(CheckType.FAST)
	public void checkNoSelfEscalation(Escalation escalation) {
		if (resolved(escalation.getFrom()) && escalation.getFrom() == escalation.getTo()) {
			error("An escalation from '" + escalation.getFrom().getName() + "' to itself goes nowhere; name who it goes to.",
					escalation, Literals.ESCALATION__TO, IssueCodes.SELF_FLOW);
		}
	}

	@Check(CheckType.FAST)
	public void checkTieJoinsFlowEnds(Flow flow) {
		Tie tie = flow.getVia();
		if (!resolved(tie) || !resolved(flow.getFrom()) || !resolved(flow.getTo()) || !resolved(tie.getA()) || !resolved(tie.getB())) {
			return;
		}
		Set<Participant> tieEnds = Set.of(tie.getA(), tie.getB());
		if (!tieEnds.contains(flow.getFrom()) || !tieEnds.contains(flow.getTo())) {
			error("Tie '" + tie.getName() + "' joins " + tie.getA().getName() + " and " + tie.getB().getName() + ", not "
					+ flow.getFrom().getName() + " and " + flow.getTo().getName()
					+ "; use a tie between the flow's two ends or drop 'via'.", flow, Literals.FLOW__VIA, IssueCodes.TIE_MISMATCH);
		}
	}

	@Check(CheckType.FAST)
	public void checkUnits(Flow flow) {
		Quantity quantity = flow.getQuantity();
		ValueKind kind = Flows.kind(flow);
		if (quantity != null) {
			String unit = quantity.getUnit();
			boolean currency = Units.isCurrency(unit);
			if (currency && Flows.isIntangible(flow)) {
				error("A " + kindName(flow) + " flow is intangible and cannot be measured in " + unit
						+ "; describe it with 'strength low|medium|high' or a non-money unit, and model any payment as a separate money flow.",
						quantity, Literals.QUANTITY__UNIT, IssueCodes.MONEY_ON_INTANGIBLE);
			} else if (kind == ValueKind.MONEY && !currency) {
				error("A money flow is measured in a currency (e.g. EUR, USD), not '" + unit + "'.", quantity,
						Literals.QUANTITY__UNIT, IssueCodes.UNIT_MISMATCH);
			} else if (currency) {
				checkCurrency(flow, quantity);
			}
			if (quantity.getAmount() < 0) {
				error("A magnitude cannot be negative; reverse the flow's direction instead.", quantity,
						Literals.QUANTITY__AMOUNT, IssueCodes.INVALID_VALUE);
			}
			checkPer(flow, quantity);
		}
		if (flow.getCost() != null) {
			Quantity cost = flow.getCost();
			if (!Units.isCurrency(cost.getUnit())) {
				error("A cost is given in a currency (e.g. '2 EUR/unit'), not '" + cost.getUnit() + "'.", cost,
						Literals.QUANTITY__UNIT, IssueCodes.UNIT_MISMATCH);
			} else {
				checkCurrency(flow, cost);
			}
			if (cost.getAmount() < 0) {
				error("A cost cannot be negative.", cost, Literals.QUANTITY__AMOUNT, IssueCodes.INVALID_VALUE);
			}
		}
		if (flow.getLead() != null) {
			checkDuration(flow.getLead());
		}
		if (flow.isSetAccuracy() && (flow.getAccuracy() < 0 || flow.getAccuracy() > 1)) {
			error("Accuracy is a share between 0% and 100%.", flow, Literals.FLOW__ACCURACY, IssueCodes.INVALID_VALUE);
		}
	}

	/** {@code price} and {@code worth}: amounts of the network currency that give a flow its value. */
	@Check(CheckType.FAST)
	public void checkValuation(Flow flow) {
		boolean money = Flows.kind(flow) == ValueKind.MONEY
				|| flow.eContainer() instanceof ChangeEdit change && change.getTarget() != null && !change.getTarget().eIsProxy()
						&& Flows.kind(change.getTarget()) == ValueKind.MONEY;
		for (Quantity stated : new Quantity[] { flow.getPrice(), flow.getWorth() }) {
			if (stated == null) {
				continue;
			}
			String keyword = stated == flow.getPrice() ? "price" : "worth";
			if (money) {
				error("A money flow is valued by its own amount; drop '" + keyword + "'.", stated, Literals.QUANTITY__UNIT,
						IssueCodes.UNIT_MISMATCH);
			} else {
				checkMoneyAmount(flow, stated, keyword);
			}
		}
		Quantity worth = flow.getWorth();
		if (worth != null && !money && worth.getPer() != null && Units.periodsPerYear(worth.getPer()).isEmpty()) {
			error("A worth is per period ('30k EUR/year') or per occurrence of the flow ('50 EUR'), not per " + worth.getPer()
					+ "; for a value per " + worth.getPer() + " write 'price'.", worth, Literals.QUANTITY__PER, IssueCodes.UNIT_MISMATCH);
		}
		if (flow.getPrice() != null && worth != null) {
			warning("The flow has both a price and a worth; its value comes from the price (see docs/language.md, Value): keep one.",
					worth, Literals.QUANTITY__AMOUNT, IssueCodes.UNIT_MISMATCH);
		}
		Quantity price = Flows.price(flow);
		// a scenario's 'change f { price ... }' patches a flow whose magnitude is elsewhere
		if (price != null && !money && Units.isCurrency(price.getUnit()) && !(flow.eContainer() instanceof ChangeEdit)) {
			String per = Flows.priceUnit(flow, price);
			Quantity quantity = flow.getQuantity();
			if (quantity == null && flow.getPrice() != null) {
				warning("A price values the flow's yearly amount, and this flow has none: give a magnitude (e.g. '120k "
						+ (per == null ? "units" : per) + "/year').", price, Literals.QUANTITY__AMOUNT, IssueCodes.UNIT_MISMATCH);
			} else if (quantity != null && per != null && !Units.isCurrency(quantity.getUnit()) && !Flows.sameUnit(per, quantity.getUnit())) {
				EObject at = flow.getPrice() != null ? price : quantity;
				warning("The price is per " + per + " but the flow is measured in " + quantity.getUnit()
						+ ": the flow cannot be valued. Measure it in " + per + " or price it per " + quantity.getUnit() + ".", at,
						flow.getPrice() != null ? Literals.QUANTITY__PER : Literals.QUANTITY__UNIT, IssueCodes.UNIT_MISMATCH);
			}
		}
	}

	@Check(CheckType.FAST)
	public void checkValuation(ValueObject value) {
		if (value.getPrice() == null) {
			return;
		}
		if (value.getKind() == ValueKind.MONEY) {
			error("Money is valued by its own amount; drop 'price'.", value.getPrice(), Literals.QUANTITY__UNIT, IssueCodes.UNIT_MISMATCH);
			return;
		}
		checkMoneyAmount(value, value.getPrice(), "price");
		String per = value.getPrice().getPer();
		if (per != null && value.getUnit() != null && !Flows.sameUnit(per, value.getUnit())) {
			warning("The price is per " + per + " but " + value.getName() + " is counted in " + value.getUnit() + "; use one unit.",
					value.getPrice(), Literals.QUANTITY__PER, IssueCodes.UNIT_MISMATCH);
		}
	}

	/** An amount of money: a currency the network converts, not negative, finite. */
	private void checkMoneyAmount(EObject owner, Quantity amount, String keyword) {
		if (!Units.isCurrency(amount.getUnit())) {
			error("A " + keyword + " is an amount of money (e.g. '" + keyword + " 780 EUR/t'), not of '" + amount.getUnit() + "'.", amount,
					Literals.QUANTITY__UNIT, IssueCodes.UNIT_MISMATCH);
		} else {
			checkCurrency(owner, amount);
		}
		if (amount.getAmount() < 0 || !Double.isFinite(amount.getAmount())) {
			error("A " + keyword + " is a finite amount of at least 0.", amount, Literals.QUANTITY__AMOUNT, IssueCodes.INVALID_VALUE);
		}
	}

	private void checkPer(Flow flow, Quantity quantity) {
		String per = quantity.getPer();
		if (per == null) {
			return;
		}
		boolean period = Units.periodsPerYear(per).isPresent();
		Exchange exchange = Flows.exchange(flow);
		if (period && exchange != null && exchange.getVolume() != null) {
			error("Flows of an exchange with a volume are counted per occurrence; drop '/" + per
					+ "' (the volume gives the yearly count).", quantity, Literals.QUANTITY__PER, IssueCodes.UNIT_MISMATCH);
			return;
		}
		if (period && flow.getFrequency() != Frequency.UNSPECIFIED) {
			error("The frequency is given twice ('/" + per + "' and '" + flow.getFrequency().getLiteral()
					+ "'); keep one of them.", flow, Literals.FLOW__FREQUENCY, IssueCodes.UNIT_MISMATCH);
		}
		if (!period && exchange == null) {
			error("An amount per " + per + " needs a volume to become a yearly amount: put the flow in an 'exchange ... per "
					+ per + " { ... } volume N " + per + "s/year', or use a period (/day, /week, /month, /year).", quantity,
					Literals.QUANTITY__PER, IssueCodes.PER_SALE_WITHOUT_VOLUME);
		}
	}

	private void checkDuration(Duration duration) {
		if (Units.daysPer(duration.getUnit()).isEmpty()) {
			error("Unknown time unit '" + duration.getUnit() + "'; use s, min, h, d, w, mo or y.", duration, Literals.DURATION__UNIT,
					IssueCodes.UNIT_MISMATCH);
		}
		if (duration.getAmount() < 0) {
			error("A lead time cannot be negative.", duration, Literals.DURATION__AMOUNT, IssueCodes.INVALID_VALUE);
		}
	}

	private void checkCurrency(EObject owner, Quantity quantity) {
		AbstractNetwork network = EcoreUtil2.getContainerOfType(owner, AbstractNetwork.class);
		if (network == null) {
			return;
		}
		CurrencyTable table = CurrencyTable.of(network);
		String unit = quantity.getUnit();
		if (table.currency() == null) {
			error("Amounts in " + unit + " cannot be summed with other currencies: declare the network currency ('currency "
					+ unit + "').", quantity, Literals.QUANTITY__UNIT, IssueCodes.CURRENCY_WITHOUT_RATE);
		} else if (!table.converts(unit)) {
			error(unit + " amounts cannot be added to " + table.currency() + " amounts without a rate; declare 'rate " + unit
					+ " = <factor> " + table.currency() + "' in the network.", quantity, Literals.QUANTITY__UNIT,
					IssueCodes.CURRENCY_WITHOUT_RATE);
		}
	}

	/**
	 * The files of a split network declare one currency: with two, the first file loaded set the currency
	 * of all, so a command gave figures in EUR or in USD depending on the file it was given.
	 */
	@Check(CheckType.FAST)
	public void checkOneCurrency(Network network) {
		if (network.getCurrency() == null || network.getName() == null) {
			return;
		}
		for (Network part : dev.valuenet.model.Networks.parts(network)) {
			if (part.getCurrency() != null && !part.getCurrency().equals(network.getCurrency())) {
				String where = part.eResource() == null || part.eResource() == network.eResource() ? "this file"
						: part.eResource().getURI().lastSegment();
				error("Network " + network.getName() + " also declares currency " + part.getCurrency() + " (in " + where
						+ "); a network has one currency: declare it in one file, and convert other currencies with 'rate'.",
						network, Literals.NETWORK__CURRENCY, IssueCodes.INVALID_VALUE);
				return;
			}
		}
	}

	// ---- numbers too large to compute with ------------------------------------------------------------

	/**
	 * The largest number a model may hold, as written or counted per year: no real amount comes near it
	 * (the observable universe has about 1e80 atoms), and below it the sums of any number of flows, and
	 * their squares, stay within a double (1.8e308). Two flows of 1e308 each added up to infinity.
	 */
	static final double LARGEST = 1e100;

	private static boolean tooLarge(double value) {
		return Math.abs(value) > LARGEST;
	}

	/** Every number of the model as written: one beyond the range of a double was read as infinity. */
	@Check(CheckType.FAST)
	public void checkNumbersFinite(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!attribute.isMany() && object.eGet(attribute) instanceof Double value && tooLarge(value)) {
				error("The number " + written(object, attribute) + " is too large to compute with (the limit is 1e100, beyond any"
						+ " real amount); check it for a typo.", object, attribute, IssueCodes.NUMBER_OUT_OF_RANGE);
			}
		}
	}

	/**
	 * A flow's amounts as the analysis computes them (per year, in the network currency, priced): each
	 * finite as written, their product can still overflow ({@code 1e300 EUR/hour}); then no figure of
	 * the network could be computed.
	 */
	@Check(CheckType.FAST)
	public void checkYearlyAmountsFinite(Flow flow) {
		Quantity quantity = flow.getQuantity();
		Quantity price = Flows.price(flow);
		if (!finite(quantity) || !finite(price) || !finite(flow.getWorth()) || !finite(flow.getCost())) {
			return; // reported as written (checkNumbersFinite)
		}
		AbstractNetwork network = EcoreUtil2.getContainerOfType(flow, AbstractNetwork.class);
		CurrencyTable currencies = network == null ? null : NetworkCache.get(CurrencyTable.class, network, () -> CurrencyTable.of(network));
		OptionalDouble occurrences = Flows.occurrencesPerYear(flow);
		double times = occurrences.isPresent() ? occurrences.getAsDouble() : 1;
		if (tooLarge(times)) {
			return; // the exchange's volume is reported (checkVolumeFinite)
		}
		if (quantity != null) {
			double yearly = quantity.getAmount() * times * rate(currencies, quantity.getUnit());
			if (tooLarge(yearly)) {
				tooLargePerYear(quantity, "per year");
			} else if (price != null && tooLarge(yearly * price.getAmount() * rate(currencies, price.getUnit()))) {
				tooLargePerYear(flow.getPrice() != null ? price : quantity, "priced per year");
			}
		}
		Quantity worth = flow.getWorth();
		if (worth != null) {
			OptionalDouble periods = worth.getPer() != null ? Units.periodsPerYear(worth.getPer()) : occurrences;
			if (tooLarge(worth.getAmount() * (periods.isPresent() ? periods.getAsDouble() : 1) * rate(currencies, worth.getUnit()))) {
				tooLargePerYear(worth, "per year");
			}
		}
		Quantity cost = flow.getCost();
		if (cost != null && tooLarge(cost.getAmount() * rate(currencies, cost.getUnit()))) {
			tooLargePerYear(cost, "in the network currency");
		}
		Duration lead = flow.getLead();
		OptionalDouble days = lead == null ? OptionalDouble.empty() : Units.daysPer(lead.getUnit());
		if (days.isPresent() && !tooLarge(lead.getAmount()) && tooLarge(lead.getAmount() * days.getAsDouble())) {
			error("This lead time is too large to compute with once counted in days (beyond 1e100); check it for a typo.",
					lead, Literals.DURATION__AMOUNT, IssueCodes.NUMBER_OUT_OF_RANGE);
		}
	}

	/** An exchange's volume per year ({@code volume 1e300 sales/hour}): every flow of it would count infinitely often. */
	@Check(CheckType.FAST)
	public void checkVolumeFinite(Exchange exchange) {
		Quantity volume = exchange.getVolume();
		if (volume != null && !tooLarge(volume.getAmount()) && volume.getPer() != null) {
			OptionalDouble per = Units.periodsPerYear(volume.getPer());
			if (per.isPresent() && tooLarge(volume.getAmount() * per.getAsDouble())) {
				tooLargePerYear(volume, "per year");
			}
		}
	}

	private void tooLargePerYear(Quantity quantity, String how) {
		error("This amount is too large to compute with once counted " + how + " (beyond 1e100); check it for a typo"
				+ " or its unit.", quantity, Literals.QUANTITY__AMOUNT, IssueCodes.NUMBER_OUT_OF_RANGE);
	}

	private static boolean finite(Quantity quantity) {
		return quantity == null || !tooLarge(quantity.getAmount());
	}

	/** The factor into the network currency; 1 for a non-currency unit or a currency without rate (reported elsewhere). */
	private static double rate(CurrencyTable currencies, String unit) {
		OptionalDouble rate = currencies == null || !Units.isCurrency(unit) ? OptionalDouble.empty() : currencies.rate(unit);
		return rate.isPresent() && Double.isFinite(rate.getAsDouble()) ? rate.getAsDouble() : 1;
	}

	/** A number as the modeler wrote it, shortened for a message. */
	private static String written(EObject object, EAttribute attribute) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, attribute);
		String text = nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0)).strip();
		return text.isEmpty() ? "here" : "'" + (text.length() > 24 ? text.substring(0, 12) + "..." + text.substring(text.length() - 8) + "' ("
				+ text.length() + " characters)" : text + "'");
	}

	@Check(CheckType.FAST)
	public void checkRate(Rate rate) {
		Network network = EcoreUtil2.getContainerOfType(rate, Network.class);
		if (network != null && network.getCurrency() != null && !network.getCurrency().equals(rate.getTarget())) {
			error("Rates convert into the network currency " + network.getCurrency() + ", not " + rate.getTarget() + ".", rate,
					Literals.RATE__TARGET, IssueCodes.UNIT_MISMATCH);
		}
		if (!(rate.getFactor() > 0)) {
			error("An exchange rate must be positive.", rate, Literals.RATE__FACTOR, IssueCodes.INVALID_VALUE);
		}
	}

	@Check(CheckType.FAST)
	public void checkExchange(Exchange exchange) {
		if (exchange.getPer() != null && exchange.getVolume() == null) {
			error("Amounts per " + exchange.getPer() + " need a volume to become yearly amounts: add 'volume N "
					+ exchange.getPer() + "s/year' after the closing brace.", exchange, Literals.NAMED_ELEMENT__NAME,
					IssueCodes.PER_SALE_WITHOUT_VOLUME);
		}
		if (resolved(exchange.getA()) && exchange.getA() == exchange.getB()) {
			error("An exchange needs two different parties.", exchange, Literals.EXCHANGE__B, IssueCodes.SELF_FLOW);
		}
		for (Flow flow : exchange.getFlows()) {
			if (!resolved(flow.getFrom()) || !resolved(flow.getTo()) || !resolved(exchange.getA()) || !resolved(exchange.getB())) {
				continue;
			}
			if (exchange.getA() == exchange.getB()) {
				continue; // reported above
			}
			Set<Participant> parties = Set.of(exchange.getA(), exchange.getB());
			if (!parties.contains(flow.getFrom()) || !parties.contains(flow.getTo())) {
				error("Flows of exchange '" + exchange.getName() + "' go between " + exchange.getA().getName() + " and "
						+ exchange.getB().getName() + ".", flow, Literals.FLOW__FROM, IssueCodes.TIE_MISMATCH);
			}
		}
	}

	@Check(CheckType.FAST)
	public void checkTie(Tie tie) {
		if (resolved(tie.getA()) && tie.getA() == tie.getB()) {
			error("A tie joins two different participants.", tie, Literals.TIE__B, IssueCodes.SELF_FLOW);
		}
		if (tie.isSetSince() && tie.isSetUntil() && tie.getUntil() < tie.getSince()) {
			error("The tie ends (" + tie.getUntil() + ") before it starts (" + tie.getSince() + ").", tie, Literals.TIE__UNTIL,
					IssueCodes.INVALID_VALUE);
		}
	}

	@Check(CheckType.FAST)
	public void checkSegmentSize(Segment segment) {
		if (segment.isSetSize() && segment.getSize() < 0) {
			error("A segment size cannot be negative.", segment, Literals.SEGMENT__SIZE, IssueCodes.INVALID_VALUE);
		}
	}

	// ---- participation and reciprocity (need all flows of the network, across its files) -----

	@Check(CheckType.FAST)
	public void checkActorTakesPart(Actor actor) {
		if (actor.getName() == null) {
			return; // the name did not parse: its syntax error says so
		}
		if (actor.eContainer() instanceof Network network && !flowIndex(network).participants.contains(actor)
				&& !flowIndex(network).duplicateNames.contains(actor.getName())) {
			warning("Actor '" + actor.getName() + "' has no flow; add the value it gives or receives, or remove it.", actor,
					Literals.NAMED_ELEMENT__NAME, IssueCodes.ISOLATED_ACTOR);
		}
	}

	@Check(CheckType.FAST)
	public void checkReciprocity(Flow flow) {
		if (Flows.kind(flow) != ValueKind.MONEY || !resolved(flow.getFrom()) || !resolved(flow.getTo())) {
			return;
		}
		Exchange exchange = Flows.exchange(flow);
		if (exchange != null) {
			boolean returned = exchange.getFlows().stream()
					.anyMatch(other -> other.getFrom() == flow.getTo() && other.getTo() == flow.getFrom());
			if (!returned) {
				warning("Exchange '" + exchange.getName() + "' pays " + flow.getTo().getName() + " but nothing goes back to "
						+ flow.getFrom().getName() + "; add what is given in return.", flow, Literals.FLOW__TO,
						IssueCodes.MISSING_RECIPROCITY);
			}
			return;
		}
		if (!(flow.eContainer() instanceof Network network)) {
			return;
		}
		if (!flowIndex(network).returnPairs.contains(List.of(flow.getTo(), flow.getFrom()))) {
			warning(flow.getFrom().getName() + " pays " + flow.getTo().getName() + " but receives nothing from it; add the goods,"
					+ " service or other value given in return (or an exchange that bundles both).", flow, Literals.NAMED_ELEMENT__NAME,
					IssueCodes.MISSING_RECIPROCITY);
		}
	}

	/**
	 * Who takes part in flows, and which (giver, receiver) pairs pass non-money value: one index per
	 * network, shared by the files a network is split over, until one of them changes.
	 */
	private FlowIndex flowIndex(Network network) {
		return NetworkCache.get(FlowIndex.class, network, () -> FlowIndex.of(network));
	}

	/**
	 * @param duplicateNames names that more than one participant declares: the flows name one of them, and the
	 *                       duplicate-name error is what to fix, not "has no flow"
	 */
	private record FlowIndex(Set<Participant> participants, Set<List<Participant>> returnPairs, Set<String> duplicateNames) {
		static FlowIndex of(Network network) {
			Set<Participant> participants = new HashSet<>();
			Set<List<Participant>> returnPairs = new HashSet<>();
			Set<String> names = new HashSet<>();
			Set<String> duplicateNames = new HashSet<>();
			for (Network part : dev.valuenet.model.Networks.parts(network)) {
				for (EObject object : (Iterable<EObject>) part::eAllContents) {
					if (object instanceof Flow flow && flow.getFrom() != null && flow.getTo() != null) {
						participants.add(flow.getFrom());
						participants.add(flow.getTo());
						if (Flows.kind(flow) != ValueKind.MONEY) {
							returnPairs.add(List.of(flow.getFrom(), flow.getTo()));
						}
					} else if (object instanceof Participant participant && participant.getName() != null && !names.add(participant.getName())) {
						duplicateNames.add(participant.getName());
					}
				}
			}
			return new FlowIndex(participants, returnPairs, duplicateNames);
		}
	}

	// ---- scenarios --------------------------------------------------------------------------

	@Check(CheckType.FAST)
	public void checkExtendsNoCycle(Scenario scenario) {
		Set<AbstractNetwork> seen = new LinkedHashSet<>();
		AbstractNetwork current = scenario;
		while (current instanceof Scenario s && resolved(s) && seen.add(s)) {
			current = s.getBase();
			if (current == scenario) {
				error("Scenario '" + scenario.getName() + "' extends itself" + (seen.size() > 1 ? " through " + (seen.size() - 1) + " other scenario(s)" : "")
						+ "; extend a network instead.", scenario, Literals.SCENARIO__BASE, IssueCodes.EXTENDS_CYCLE);
				return;
			}
		}
	}

	/** A scenario adds new things: reusing a base name would silently shadow the base's declaration. */
	@Check(CheckType.FAST)
	public void checkAddedNameIsNew(AddEdit edit) {
		Scenario scenario = EcoreUtil2.getContainerOfType(edit, Scenario.class);
		if (scenario == null || !(edit.getElement() instanceof NamedElement added) || added.getName() == null) {
			return;
		}
		Set<AbstractNetwork> seen = new HashSet<>();
		for (AbstractNetwork n = scenario.getBase(); resolved(n) && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			java.util.Iterator<EObject> contents = n instanceof Network net ? allParts(net) : n.eAllContents();
			while (contents.hasNext()) {
				if (contents.next() instanceof NamedElement existing && added.getName().equals(existing.getName()) && existing != added) {
					error("'" + added.getName() + "' already exists in the base network '" + n.getName()
							+ "'; choose a new name, or use 'replace' or 'change' to modify the existing one.", added,
							Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
					return;
				}
			}
		}
	}

	private static java.util.Iterator<EObject> allParts(Network network) {
		List<EObject> all = new java.util.ArrayList<>();
		for (Network part : dev.valuenet.model.Networks.parts(network)) {
			part.eAllContents().forEachRemaining(all::add);
		}
		return all.iterator();
	}

	@Check(CheckType.FAST)
	public void checkRemoveTarget(RemoveEdit edit) {
		checkInBase(edit, edit.getTarget(), Literals.REMOVE_EDIT__TARGET);
	}

	@Check(CheckType.FAST)
	public void checkReplaceTarget(ReplaceEdit edit) {
		checkInBase(edit, edit.getTarget(), Literals.REPLACE_EDIT__TARGET);
	}

	@Check(CheckType.FAST)
	public void checkChangeTarget(ChangeEdit edit) {
		checkInBase(edit, edit.getTarget(), Literals.CHANGE_EDIT__TARGET);
	}

	private void checkInBase(EObject edit, NamedElement target, org.eclipse.emf.ecore.EReference feature) {
		Scenario scenario = EcoreUtil2.getContainerOfType(edit, Scenario.class);
		if (scenario == null || !resolved(target) || !resolved(scenario.getBase())) {
			return;
		}
		AbstractNetwork owner = EcoreUtil2.getContainerOfType(target, AbstractNetwork.class);
		Set<String> baseChain = new HashSet<>();
		Set<AbstractNetwork> seen = new HashSet<>();
		for (AbstractNetwork n = scenario.getBase(); resolved(n) && seen.add(n); n = n instanceof Scenario s ? s.getBase() : null) {
			baseChain.add(n.getName());
		}
		if (owner == null || !baseChain.contains(owner.getName())) {
			error("'" + target.getName() + "' is not part of the base network '" + scenario.getBase().getName()
					+ "'; a scenario can only remove, replace or change what its base has.", edit, feature,
					IssueCodes.SCENARIO_UNKNOWN_TARGET);
		}
	}

	// ---- accepted findings --------------------------------------------------------------------

	@Check(CheckType.FAST)
	public void checkAcceptCode(Accept accept) {
		String code = accept.getCode();
		if (code == null) {
			return;
		}
		if (!Suppressions.knownCodes().contains(code)) {
			error("'" + code + "' is not an issue code of the language; copy the code in brackets from the finding (valuenet check prints"
					+ " it), e.g. vnet.low-redundancy.", accept, Literals.ACCEPT__CODE, IssueCodes.UNKNOWN_ISSUE_CODE);
		} else if (Suppressions.NOT_ACCEPTABLE.contains(code)) {
			error("'" + code + "' cannot be accepted: the model does not load correctly with it; fix the model instead.", accept,
					Literals.ACCEPT__CODE, IssueCodes.UNKNOWN_ISSUE_CODE);
		}
		if (accept.getReason() != null && accept.getReason().isBlank()) {
			warning("Say why the finding is accepted: the reason is what the next reviewer reads.", accept, Literals.ACCEPT__REASON,
					IssueCodes.INVALID_VALUE);
		}
	}

	// ---- rules ------------------------------------------------------------------------------

	@Check(CheckType.FAST)
	public void checkMetricName(MetricCall call) {
		String metric = call.getMetric();
		if (call.getTarget() != null && !ACTOR_METRICS.contains(metric)) {
			error("Unknown actor metric '" + metric + "'; use one of " + sorted(ACTOR_METRICS) + ".", call,
					Literals.METRIC_CALL__METRIC, IssueCodes.UNKNOWN_METRIC);
		} else if (call.getTarget() == null && !NETWORK_METRICS.contains(metric)) {
			String hint = ACTOR_METRICS.contains(metric) ? "'" + metric + "' needs an actor: " + metric + "(X)."
					: "use one of " + sorted(NETWORK_METRICS) + ".";
			error("Unknown network metric '" + metric + "'; " + hint, call, Literals.METRIC_CALL__METRIC, IssueCodes.UNKNOWN_METRIC);
		}
	}

	@Check(CheckType.FAST)
	public void checkEveryMetric(EveryExpression every) {
		if (!ACTOR_METRICS.contains(every.getMetric())) {
			error("Unknown actor metric '" + every.getMetric() + "'; use one of " + sorted(ACTOR_METRICS) + ".", every,
					Literals.EVERY_EXPRESSION__METRIC, IssueCodes.UNKNOWN_METRIC);
		}
	}

	@Check(CheckType.FAST)
	public void checkPathProperty(PathExpression path) {
		if (!PATH_PROPERTIES.contains(path.getProperty())) {
			error("A path has " + sorted(PATH_PROPERTIES) + ", not '" + path.getProperty() + "'.", path,
					Literals.PATH_EXPRESSION__PROPERTY, IssueCodes.UNKNOWN_METRIC);
		}
	}

	// ---- views ------------------------------------------------------------------------------

	/** What a view may size boxes by: the centralities of the network map (DiagramBuilder). */
	public static final Set<String> VIEW_SIZES = Set.of("betweenness", "closeness", "eigenvector", "pagerank");
	/** What a view may colour boxes by. */
	public static final Set<String> VIEW_COLOURS = Set.of("kind", "community");
	/** The charts a view may be drawn as. */
	public static final Set<String> VIEW_CHARTS = Set.of("map", "sankey", "heatmap");

	@Check(CheckType.FAST)
	public void checkView(View view) {
		if (view.getSizeBy() != null && !VIEW_SIZES.contains(view.getSizeBy())) {
			error("A view sizes boxes by a centrality, one of " + sorted(VIEW_SIZES) + ", not '" + view.getSizeBy() + "'.", view,
					Literals.VIEW__SIZE_BY, IssueCodes.UNKNOWN_METRIC, view.getSizeBy());
		}
		if (view.getColourBy() != null && !VIEW_COLOURS.contains(view.getColourBy())) {
			error("A view colours boxes by " + sorted(VIEW_COLOURS) + ", not '" + view.getColourBy() + "'.", view,
					Literals.VIEW__COLOUR_BY, IssueCodes.UNKNOWN_METRIC, view.getColourBy());
		}
		if (view.getChart() != null && !VIEW_CHARTS.contains(view.getChart())) {
			error("Unknown chart '" + view.getChart() + "'; a view is drawn as one of " + sorted(VIEW_CHARTS) + ".", view,
					Literals.VIEW__CHART, IssueCodes.UNKNOWN_CHART, view.getChart());
		}
		// hops is a double so that 'hops 1.5' or 'hops -1' reach this check instead of failing to parse
		double hops = view.getHops();
		var hopsNodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(view, Literals.VIEW__HOPS);
		if (!hopsNodes.isEmpty() && !(hops >= 1 && hops == Math.rint(hops) && hops <= Integer.MAX_VALUE)) {
			error("'hops' counts steps from the focus: a whole number of at least 1 (e.g. 'focus OEM hops 2'), not "
					+ org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(hopsNodes.get(hopsNodes.size() - 1)) + ".",
					view, Literals.VIEW__HOPS, IssueCodes.INVALID_VALUE);
		}
		for (var feature : List.of(Literals.VIEW__LAYER, Literals.VIEW__FOCUS, Literals.VIEW__SIZE_BY, Literals.VIEW__COLOUR_BY,
				Literals.VIEW__CHART)) {
			var nodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(view, feature);
			if (nodes.size() > 1) {
				error("View '" + view.getName() + "' sets its " + feature.getName() + " " + nodes.size() + " times; keep one line (the last one wins).",
						view, feature, IssueCodes.INVALID_VALUE);
			}
		}
	}

	@Check(CheckType.FAST)
	public void checkViewFilter(ViewFilter filter) {
		if (filter.isInclude() && filter.isIntangible()) {
			error("Views show intangible flows unless they 'exclude intangible'; 'include intangible' selects nothing: remove it.", filter,
					Literals.VIEW_FILTER__INTANGIBLE, IssueCodes.INVALID_VALUE);
		}
	}

	// ---- helpers ----------------------------------------------------------------------------

	private static boolean resolved(EObject object) {
		return object != null && !object.eIsProxy();
	}

	private static String kindName(Flow flow) {
		return flow.getValue() != null && !flow.getValue().eIsProxy() ? flow.getValue().getName() : Flows.kind(flow).getLiteral();
	}

	private static int line(EObject object) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}

	private static String sorted(Set<String> values) {
		return String.join(", ", new java.util.TreeSet<>(values));
	}
}
