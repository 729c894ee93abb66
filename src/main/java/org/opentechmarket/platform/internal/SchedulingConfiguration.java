package org.opentechmarket.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Policy clocks (notice ends, deadlines) run on a schedule; off for the command line and for tests that drive the clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "otm.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
