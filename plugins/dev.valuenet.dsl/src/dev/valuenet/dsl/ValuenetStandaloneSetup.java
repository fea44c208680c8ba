package dev.valuenet.dsl;

import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

import dev.valuenet.model.ValuenetPackage;

/**
 * Sets the language up without OSGi (CLI, tests): registers the metamodel, which lives in its own
 * bundle and is therefore not registered by the generated setup, then creates the injector.
 */
public class ValuenetStandaloneSetup extends ValuenetStandaloneSetupGenerated {

	public static void doSetup() {
		new ValuenetStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.putIfAbsent(ValuenetPackage.eNS_URI, ValuenetPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
