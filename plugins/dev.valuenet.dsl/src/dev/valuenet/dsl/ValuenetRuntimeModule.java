package dev.valuenet.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import dev.valuenet.dsl.conversion.ValuenetValueConverters;
import dev.valuenet.dsl.formatting2.ValuenetFormatter;
import dev.valuenet.dsl.linking.ValuenetLinker;
import dev.valuenet.dsl.linking.ValuenetLinkingDiagnostics;
import dev.valuenet.dsl.linking.ValuenetLinkingService;
import dev.valuenet.dsl.linking.ValuenetSyntaxErrors;
import dev.valuenet.dsl.load.ValuenetResource;
import dev.valuenet.dsl.parsing.NetworkElementReparser;
import dev.valuenet.dsl.scoping.ValuenetQualifiedNameProvider;
import dev.valuenet.dsl.scoping.ValuenetResourceDescriptionManager;
import dev.valuenet.dsl.scoping.WholeModelContainerManager;
import dev.valuenet.dsl.validation.ValuenetResourceValidator;

/**
 * Guice bindings of the .vnet language runtime (headless: CLI, tests, language server).
 */
public class ValuenetRuntimeModule extends AbstractValuenetRuntimeModule {

	public Class<? extends IContainer.Manager> bindIContainer$Manager() {
		return WholeModelContainerManager.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return ValuenetQualifiedNameProvider.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return ValuenetResourceDescriptionManager.class;
	}

	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return ValuenetValueConverters.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return ValuenetFormatter.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ValuenetSyntaxErrors.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider$Extended() {
		return ValuenetLinkingDiagnostics.class;
	}

	@Override
	public Class<? extends ILinkingService> bindILinkingService() {
		return ValuenetLinkingService.class;
	}

	/** After an edit of some network elements, what it can have changed is linked again, not the whole model. */
	@Override
	public Class<? extends ILinker> bindILinker() {
		return ValuenetLinker.class;
	}

	/** An edit parses again only the network elements it touches (dev.valuenet.dsl.parsing). */
	@Override
	public Class<? extends IPartialParsingHelper> bindIPartialParserHelper() {
		return NetworkElementReparser.class;
	}

	/** Validation followed by the model's accept statements (dev.valuenet.dsl.validation.Suppressions). */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return ValuenetResource.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return ValuenetResourceValidator.class;
	}

	/**
	 * No EMF basic checks (EObjectValidator: multiplicities, data values, proxies) on each object: the
	 * parser and the linker already report what they would find in a parsed model (a missing part is a
	 * syntax error, an unresolved name a linking error), and they took 0.04 s of each check of the
	 * 5,200-actor file.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	/**
	 * The language generates nothing; Xtext's default asks every build to validate each file a second
	 * time (with every check) to decide whether to generate: in the language server that doubled the
	 * cost of each build.
	 */
	public IShouldGenerate bindIShouldGenerate() {
		return (resource, cancelIndicator) -> false;
	}
}
