package org.opentechmarket.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Whether demo organisations, users and data are loaded: on by default with the embedded database, off with an external one. */
@Component
public class DemoMode {

	private final boolean enabled;

	public DemoMode(PlatformProperties properties, Environment environment) {
		this.enabled = switch (properties.demo()) {
			case "on", "true" -> true;
			case "off", "false" -> false;
			default -> !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		};
	}

	public boolean isEnabled() {
		return enabled;
	}
}
