package org.opentechmarket.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * {@code otm.scheduling.enabled=false} switches every scheduled job off: the tests move the clock and call the jobs
 * themselves, and a job running behind their back on a moved clock (an auction closed, an invitation expired) makes them
 * fail now and then. A library that enables scheduling on its own (spring-modulith-moments did) would break that.
 */
@PlatformTest
class SchedulingSwitchIT {

	@Autowired
	ApplicationContext context;

	@Test
	void noScheduledJobRunsWhenSchedulingIsSwitchedOff() {
		assertThat(context.getBeanProvider(ScheduledAnnotationBeanPostProcessor.class).stream()).isEmpty();
	}
}
