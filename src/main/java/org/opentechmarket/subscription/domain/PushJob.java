package org.opentechmarket.subscription.domain;

import java.time.Clock;
import java.time.Instant;

import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.subscription.mail.DigestMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The push job, every {@code otm.subscription.check-interval} and once shortly after a start (overdue work first): for the
 * digest period due now, match what was queued before it, make the period's digests, then send (or retry) digest mails.
 * Each step is restart-safe on its own (see {@link PushMatching}, {@link DigestBuilder}, {@link DigestMailer}); with
 * nothing queued, nothing pending and no mail to retry, a run only reads.
 */
@Component
public class PushJob {

	private static final Logger log = LoggerFactory.getLogger(PushJob.class);

	/** Counts of one run. */
	public record Report(Instant slot, PushMatching.Outcome matched, int digests, DigestMailer.Sent mail) {

		boolean didSomething() {
			return matched.publications() + matched.needs() + digests + mail.sent() + mail.failed() + mail.skipped() > 0;
		}
	}

	private final PushMatching matching;
	private final DigestBuilder digests;
	private final DigestMailer mailer;
	private final AuditLog audit;
	private final DigestSchedule schedule;
	private final Clock clock;

	PushJob(PushMatching matching, DigestBuilder digests, DigestMailer mailer, AuditLog audit,
			SubscriptionProperties properties, Clock clock) {
		this.matching = matching;
		this.digests = digests;
		this.mailer = mailer;
		this.audit = audit;
		this.schedule = new DigestSchedule(properties.digestLocalTime(), properties.digestPeriod(), clock.getZone());
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${otm.subscription.check-interval:PT5M}",
			initialDelayString = "${otm.subscription.initial-delay:PT40S}")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void scheduled() {
		try {
			run();
		}
		catch (RuntimeException e) {
			log.error("Push run failed; the next run retries: {}", e.getMessage(), e);
		}
	}

	/** One run at the clock's time. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Report run() {
		return runAt(clock.instant());
	}

	Report runAt(Instant now) {
		Instant slot = schedule.slotAt(now);
		// each step on its own: a failing one (e.g. the SMTP server down) does not hold the others back
		PushMatching.Outcome matched = new PushMatching.Outcome(0, 0, 0, 0, 0, 0, 0);
		try {
			matched = matching.run(slot);
		}
		catch (RuntimeException e) {
			log.error("Push matching failed; the queue stays for the next run: {}", e.getMessage(), e);
		}
		int made = 0;
		try {
			made = digests.build(slot);
		}
		catch (RuntimeException e) {
			log.error("Building digests failed; the entries stay pending: {}", e.getMessage(), e);
		}
		DigestMailer.Sent mail = mailer.sendPending();
		Report report = new Report(slot, matched, made, mail);
		if (report.didSomething()) {
			audit.record("subscription.push.run", "digest-period", slot.toString(), String.format(java.util.Locale.ROOT,
					"publications=%d subscriptions=%d queries=%d entries=%d needs=%d holderEntries=%d digests=%d mailSent=%d "
							+ "mailFailed=%d mailSkipped=%d",
					matched.publications(), matched.subscriptions(), matched.queries(), matched.entries(), matched.needs(),
					matched.holderEntries(), made, mail.sent(), mail.failed(), mail.skipped()));
			log.info("Push run for the period from {}: {}", slot, report);
		}
		return report;
	}

	public DigestSchedule schedule() {
		return schedule;
	}
}
