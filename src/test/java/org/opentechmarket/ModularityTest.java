package org.opentechmarket;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features talk through their public types and events only; Spring Modulith checks the package boundaries of main code. */
class ModularityTest {

	/** Main code only, wherever the build directory is (tests may reach across modules to set up their data). */
	private static final ImportOption MAIN_CODE_ONLY = location -> !location.contains("/test-classes/");

	private final ApplicationModules modules = ApplicationModules.of(OpenTechMarketApplication.class, MAIN_CODE_ONLY);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDiagrams() {
		// PlantUML component diagrams under target/spring-modulith-docs, for docs/architecture.md readers
		new Documenter(modules).writeModulesAsPlantUml();
	}
}
