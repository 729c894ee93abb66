package org.opentechmarket.challenge.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.platform.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens and closes application windows on the clock: {@code POSTED → APPLYING} on the first day, {@code APPLYING →
 * REVIEWING} once the last day is over. Runs on a schedule (and shortly after start, so windows that fell due while the
 * platform was down move at once), and lazily whenever a challenge or the list is read, so nobody ever sees a window in the
 * wrong state. Restart-safe and safe with two instances: due rows are picked with {@code select … for update skip locked}
 * and moved in the same transaction; a run that finds nothing due changes nothing.
 */
@Component
public class ChallengeWindows {

	private static final Logger log = LoggerFactory.getLogger(ChallengeWindows.class);
	private static final int MAX_ROUNDS = 1000;

	private final ChallengeRepository challenges;
	private final ApplicationRepository applications;
	private final ChallengeNotices notices;
	private final AuditLog audit;
	private final ChallengeProperties properties;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	public ChallengeWindows(ChallengeRepository challenges, ApplicationRepository applications, ChallengeNotices notices,
			AuditLog audit, ChallengeProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.challenges = challenges;
		this.applications = applications;
		this.notices = notices;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Moves every due challenge, a batch per transaction. @return how many challenges moved */
	@Scheduled(fixedDelayString = "${otm.challenge.window-check-interval:PT5M}", initialDelayString = "PT20S")
	public int advanceDue() {
		int moved = 0;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			Integer batch = ownTransaction.execute(status -> {
				LocalDate today = LocalDate.now(clock);
				List<Long> due = challenges.lockDue(today, properties.windowBatchSize());
				due.forEach(id -> challenges.findById(id).ifPresent(c -> advanceLocked(c, today)));
				return due.size();
			});
			moved += batch == null ? 0 : batch;
			if (batch == null || batch < properties.windowBatchSize()) {
				break;
			}
		}
		if (moved > 0) {
			log.info("Moved the application window of {} challenges", moved);
		}
		return moved;
	}

	/** Moves one challenge when it is due (before it is read or acted on). */
	public void advance(long challengeId) {
		ownTransaction.executeWithoutResult(status -> {
			LocalDate today = LocalDate.now(clock);
			if (!challenges.lockIfDue(challengeId, today).isEmpty()) {
				challenges.findById(challengeId).ifPresent(c -> advanceLocked(c, today));
			}
		});
	}

	private void advanceLocked(Challenge c, LocalDate today) {
		announce(c, c.advanceWindow(today, clock));
	}

	/** Audits and tells the parties about window moves (also those made when a call is posted on its first day). */
	void announce(Challenge c, List<ChallengeStatus> moves) {
		for (ChallengeStatus entered : moves) {
			if (entered == ChallengeStatus.APPLYING) {
				audit.record("challenge.window.open", "challenge", c.getId(), "opens " + c.getOpensOn());
				notices.send(notices.posterSide(c), "challenge.inbox.applying",
						List.of(c.getTitle(), c.getClosesOn().toString()), ChallengeNotices.page(c));
			}
			else if (entered == ChallengeStatus.REVIEWING) {
				List<ChallengeApplication> active = applications.findByChallengeIdOrderBySubmittedAtAsc(c.getId())
					.stream()
					.filter(a -> a.getStatus().isActive())
					.toList();
				audit.record("challenge.window.close", "challenge", c.getId(),
						"closed " + c.getClosesOn() + ", " + active.size() + " applications");
				notices.send(notices.posterSide(c), "challenge.inbox.closed.poster",
						List.of(c.getTitle(), String.valueOf(active.size())), ChallengeNotices.manage(c));
				for (ChallengeApplication a : active) {
					notices.send(notices.applicantSide(a), "challenge.inbox.closed.applicant", List.of(c.getTitle()),
							ChallengeNotices.application(a));
				}
				if (!active.isEmpty()) {
					notices.send(notices.administrators(), "challenge.inbox.closed.admin",
							List.of(c.getTitle(), String.valueOf(active.size())), "/admin/challenges");
				}
			}
		}
	}
}
