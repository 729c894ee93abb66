package org.opentechmarket.subscription.domain;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Push policy under {@code otm.subscription}; application.yml and docs/configuration.md give each default's reason.
 *
 * @param digestTime local time (zone {@code otm.time-zone}) of the digest: 08:00, before the working day starts, so the day's
 * news is read with the morning's mail (platform choice)
 * @param digestPeriod one digest per recipient per period; periods start at {@code digestTime} on Monday 2024-01-01 and
 * follow each other, so P1D is daily and P7D weekly on Mondays. Daily: the seeds ask for timely push (精准推送) and a day
 * bounds the mail a subscriber gets to one a day
 * @param checkInterval how often the job looks for due work (new period, mail to retry); a run with nothing due does nothing
 * @param initialDelay the first check after a start (overdue work is done then)
 * @param matchBatchSize new achievements matched against every subscription in one transaction
 * @param maxMatchesPerSubscription at most this many new achievements per subscription and batch (the best ones)
 * @param maxHolderMatches an opened need is announced to the holders of at most this many strongly matching achievements
 * @param maxPerUser active or paused subscriptions a user may keep
 * @param textMaxLength longest saved search text
 * @param matchThreads threads matching subscriptions in parallel (the index is read-only during a run)
 * @param mailMaxAttempts a digest mail that failed this often is given up (state FAILED, inbox message kept)
 * @param unsubscribeSecret HMAC key of unsubscribe links; blank: generated once into {@code <data-dir>/secrets}
 */
@ConfigurationProperties("otm.subscription")
public record SubscriptionProperties(@DefaultValue("08:00") String digestTime, @DefaultValue("P1D") Duration digestPeriod,
		@DefaultValue("PT5M") Duration checkInterval, @DefaultValue("PT40S") Duration initialDelay,
		@DefaultValue("1000") int matchBatchSize, @DefaultValue("20") int maxMatchesPerSubscription,
		@DefaultValue("10") int maxHolderMatches, @DefaultValue("50") int maxPerUser,
		@DefaultValue("200") int textMaxLength, @DefaultValue("2") int matchThreads,
		@DefaultValue("5") int mailMaxAttempts, @DefaultValue("") String unsubscribeSecret) {

	public SubscriptionProperties {
		if (digestPeriod.compareTo(Duration.ofMinutes(1)) < 0) {
			throw new IllegalArgumentException("otm.subscription.digest-period must be at least a minute: " + digestPeriod);
		}
		LocalTime.parse(digestTime);
	}

	public LocalTime digestLocalTime() {
		return LocalTime.parse(digestTime);
	}
}
