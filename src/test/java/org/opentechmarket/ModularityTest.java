package org.opentechmarket;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through their public types and events only; Spring Modulith checks the package boundaries. */
class ModularityTest {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(OpenTechMarketApplication.class).verify();
	}
}
