package dev.valuenet.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Guice;
import com.google.inject.Injector;

import dev.valuenet.dsl.ValuenetRuntimeModule;
import dev.valuenet.dsl.ide.ValuenetIdeModule;
import dev.valuenet.dsl.ide.ValuenetIdeSetup;
import dev.valuenet.dsl.validation.ValuenetResourceValidator;
import dev.valuenet.validation.MetricValidator;

/**
 * The language's Guice injector for the workbench, created once: the runtime and IDE modules of
 * {@link ValuenetIdeSetup} plus one workbench binding, a validator that grades checks by the state of
 * the file: while a document has unsaved changes only the FAST checks run (structural, as you type);
 * saved files get every check, including the metric checks ({@link MetricValidator}, CheckType.NORMAL).
 */
public final class VnetLanguage {
	public static final String EXTENSION = "vnet";
	private static Injector injector;

	/** URIs (Xtext form, "file:///...") of documents with unsaved changes; maintained by {@link VnetLanguageServer}. */
	static final Set<String> DIRTY = ConcurrentHashMap.newKeySet();

	private VnetLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new ValuenetIdeSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(Modules2.mixin(new ValuenetRuntimeModule(), new ValuenetIdeModule(),
							binder -> binder.bind(IResourceValidator.class).to(GradedResourceValidator.class)));
				}
			}.createInjectorAndDoEMFRegistration();
			MetricValidator.install(injector);
		}
		return injector;
	}

	/**
	 * FAST checks only for dirty documents, all checks otherwise; findings the model accepts are left
	 * out as everywhere ({@link ValuenetResourceValidator}).
	 */
	public static class GradedResourceValidator extends ValuenetResourceValidator {
		@Override
		public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
			CheckMode effective = mode == CheckMode.ALL && DIRTY.contains(resource.getURI().toString()) ? CheckMode.FAST_ONLY : mode;
			return super.validate(resource, effective, cancel);
		}
	}
}
