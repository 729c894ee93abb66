package org.opentechmarket.demand.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Needs policy numbers under {@code otm.demand}; docs/configuration.md gives each default's source.
 *
 * @param maxValidityDays the longest a need may stay open: one year, like the validity the Zhejiang online technology market
 * gives its needs (its listings run "start至end" one or two years; the shorter keeps the catalogue current)
 * @param titleMaxLength longest title; 100 characters fit every title of the real market file (the longest has 60)
 * @param descriptionMaxLength longest public text per field; 5,000 characters, ten times the market's longest description
 * @param messageMinLength shortest message with a request to talk: 10 characters, enough to say who asks and why
 * @param expiryCheckInterval how often the job expires needs whose deadline is over
 */
@ConfigurationProperties("otm.demand")
public record NeedProperties(@DefaultValue("365") int maxValidityDays, @DefaultValue("100") int titleMaxLength,
		@DefaultValue("5000") int descriptionMaxLength, @DefaultValue("10") int messageMinLength,
		@DefaultValue("PT1H") Duration expiryCheckInterval) {
}
