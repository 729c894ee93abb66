package org.opentechmarket.challenge.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Challenge policy numbers under {@code otm.challenge}; application.yml and docs/configuration.md give each default's source.
 *
 * @param minWindowDays shortest application window, days counted inclusively: 20, the minimum time 招标投标法 第二十四条 gives
 * bidders from the tender documents to the deadline (a challenge is an open call for proposals, 难题招标)
 * @param maxWindowDays longest application window: 180 days (platform choice: half a year keeps a call current)
 * @param titleMaxLength longest title (as for needs: 100)
 * @param textMaxLength longest text per field (problem, targets, proposal, reports…): 5,000 characters, as for needs
 * @param maxWinners most winners one challenge may name (platform choice: 赛马制 calls fund two or three teams in parallel)
 * @param teamMaxMembers most members of an applying team (platform choice)
 * @param attachmentMaxBytes largest attachment of a challenge, an application or a report: 10 MiB (platform choice: half the
 * platform's evidence limit; proposals are documents and drawings, not data sets)
 * @param attachmentsMax most files on one challenge, application, report or acceptance
 * @param panelSize experts per proposal when the administrator opens the reviews without naming a number
 * @param windowCheckInterval how often the job opens and closes application windows that are due
 * @param windowBatchSize due challenges one transaction of the job moves at most
 * @param defaultCriteria the review criteria a new challenge form starts with
 */
@ConfigurationProperties("otm.challenge")
public record ChallengeProperties(@DefaultValue("20") int minWindowDays, @DefaultValue("180") int maxWindowDays,
		@DefaultValue("100") int titleMaxLength, @DefaultValue("5000") int textMaxLength, @DefaultValue("5") int maxWinners,
		@DefaultValue("30") int teamMaxMembers, @DefaultValue("10485760") long attachmentMaxBytes,
		@DefaultValue("10") int attachmentsMax, @DefaultValue("3") int panelSize,
		@DefaultValue("PT5M") Duration windowCheckInterval, @DefaultValue("100") int windowBatchSize,
		List<CriterionDefault> defaultCriteria) {

	public record CriterionDefault(String name, BigDecimal weight) {
	}

	public List<CriterionDefault> criteria() {
		return defaultCriteria == null || defaultCriteria.isEmpty()
				? List.of(new CriterionDefault("综合评价", BigDecimal.valueOf(100))) : defaultCriteria;
	}
}
