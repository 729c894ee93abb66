package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.broker.BrokerReputation;
import org.opentechmarket.broker.ReputationSummary;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Formats;
import org.opentechmarket.platform.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly evaluation with dynamic exit (科技伯乐考核评价指标体系和动态退出机制, seed 000 §10). An administrator evaluates a
 * year: each broker active or suspended during it gets a score from points, verified deals, client ratings and upheld
 * complaints ({@link BrokerReputation}). A result is final once the year is over; re-running a year recomputes provisional
 * results and leaves final ones alone. Two consecutive final results below the threshold issue a suspension notice with an
 * appeal window; an appeal goes to an administrator; a lapsed window suspends the broker (the job below).
 */
@Service
@Transactional
public class EvaluationService {

	private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);

	private final BrokerProfiles profiles;
	private final Evaluations evaluations;
	private final SuspensionNotices notices;
	private final PointEntries entries;
	private final OfflineDeals deals;
	private final BrokerService brokers;
	private final BrokerReputation reputation;
	private final EvaluationFormula formula;
	private final ExitRule exitRule;
	private final BrokerProperties properties;
	private final Inbox inbox;
	private final AuditLog audit;
	private final Formats formats;
	private final Clock clock;
	private final TransactionTemplate transactions;

	public EvaluationService(BrokerProfiles profiles, Evaluations evaluations, SuspensionNotices notices, PointEntries entries,
			OfflineDeals deals, BrokerService brokers, ObjectProvider<BrokerReputation> reputation,
			BrokerProperties properties, Inbox inbox, AuditLog audit, Formats formats, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.profiles = profiles;
		this.evaluations = evaluations;
		this.notices = notices;
		this.entries = entries;
		this.deals = deals;
		this.brokers = brokers;
		// no ratings source wired (the feedback module adds one): "no ratings" for everyone, documented on BrokerReputation
		this.reputation = reputation.getIfAvailable(() -> BrokerReputation.NONE);
		this.formula = new EvaluationFormula(properties.evaluation());
		this.exitRule = new ExitRule(properties.evaluation().consecutiveYears());
		this.properties = properties;
		this.inbox = inbox;
		this.audit = audit;
		this.formats = formats;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public record Run(int year, boolean finalResults, int evaluated, int keptFinal, int belowThreshold, int noticesIssued) {
	}

	/** Whether the year is over in the platform's time zone: then its results are final. */
	public boolean yearOver(int year) {
		return LocalDate.now(clock).getYear() > year;
	}

	public boolean reputationSourceAvailable() {
		return reputation != BrokerReputation.NONE;
	}

	public EvaluationFormula formula() {
		return formula;
	}

	/** Evaluates every broker who was on the register during {@code year}; idempotent for final results. */
	public Run evaluateYear(CurrentUser admin, int year) {
		BrokerService.requireAdmin(admin);
		int current = LocalDate.now(clock).getYear();
		if (year > current || year < 2000) {
			throw DomainException.invalid(List.of(FieldViolation.of("year", "broker.evaluation.year.invalid", current)));
		}
		boolean isFinal = yearOver(year);
		ZonedDateTime yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone());
		int evaluated = 0;
		int kept = 0;
		int below = 0;
		int issued = 0;
		for (BrokerProfile p : profiles.findByStatusInOrderByUserIdAsc(EnumSet.of(BrokerStatus.ACTIVE,
				BrokerStatus.SUSPENDED))) {
			// not evaluated for a year before they joined the register
			if (!p.getCreatedAt().isBefore(yearEnd.toInstant())) {
				continue;
			}
			Evaluation e = evaluations.findByBrokerUserIdAndYear(p.getUserId(), year)
				.orElseGet(() -> new Evaluation(p.getUserId(), year));
			if (e.isFinalResult()) {
				kept++;
			}
			else {
				compute(e, p.getUserId(), year, isFinal, admin.getUsername());
				evaluations.save(e);
				evaluated++;
			}
			if (!e.isPassed()) {
				below++;
			}
			if (isFinal && p.getStatus() == BrokerStatus.ACTIVE && issueNoticeIfDue(p.getUserId(), year)) {
				issued++;
			}
		}
		audit.record("broker.evaluation.run", "broker-evaluation", year,
				"evaluated " + evaluated + ", kept " + kept + ", below " + below + ", notices " + issued);
		return new Run(year, isFinal, evaluated, kept, below, issued);
	}

	private void compute(Evaluation e, long userId, int year, boolean isFinal, String by) {
		BigDecimal points = entries.totalForYear(userId, year);
		Object[] row = deals.verifiedBetween(userId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).get(0);
		int dealCount = ((Number) row[0]).intValue();
		BigDecimal dealAmount = (BigDecimal) row[1];
		ReputationSummary feedback = reputation.forBroker(userId, Year.of(year));
		EvaluationFormula.Score score = formula.score(points, dealCount, feedback);
		e.record(points, dealCount, dealAmount, feedback, score, formula.threshold(), isFinal, by, clock);
	}

	private boolean issueNoticeIfDue(long userId, int year) {
		Map<Integer, Boolean> results = new HashMap<>();
		for (Evaluation e : evaluations.findByBrokerUserIdOrderByYearDesc(userId)) {
			if (e.isFinalResult()) {
				results.put(e.getYear(), e.isPassed());
			}
		}
		if (!exitRule.requiresNotice(year, results) || notices.findByBrokerUserIdAndYear(userId, year).isPresent()) {
			return false;
		}
		// one open procedure at a time
		if (notices.findByBrokerUserIdOrderByIssuedAtDesc(userId).stream().anyMatch(n -> n.getStatus().isOpen())) {
			return false;
		}
		SuspensionNotice n = notices.save(new SuspensionNotice(userId, year, properties.appealDays(), clock));
		inbox.deliver(userId, "broker.inbox.suspensionNotice",
				List.of(String.valueOf(properties.evaluation().consecutiveYears()), String.valueOf(year),
						formats.dateTime(n.getAppealDeadline())),
				"/broker#notices");
		audit.record("broker.notice.issue", "broker", userId, "year " + year + ", appeal by " + n.getAppealDeadline());
		return true;
	}

	// ------------------------------------------------------------------ appeal and decision

	public SuspensionNotice appeal(CurrentUser broker, long noticeId, String text) {
		BrokerService.requireBroker(broker);
		SuspensionNotice n = notices.findByIdForUpdate(noticeId)
			.filter(x -> x.getBrokerUserId() == broker.id())
			.orElseThrow(() -> DomainException.notFound("broker.notice.notFound", noticeId));
		n.appeal(text, clock);
		audit.record("broker.notice.appeal", "broker", broker.id(), "notice " + noticeId);
		return n;
	}

	public SuspensionNotice decideAppeal(CurrentUser admin, long noticeId, boolean uphold, String note) {
		BrokerService.requireAdmin(admin);
		SuspensionNotice n = notices.findByIdForUpdate(noticeId)
			.orElseThrow(() -> DomainException.notFound("broker.notice.notFound", noticeId));
		n.decide(uphold, note, admin.getUsername(), clock);
		audit.record(uphold ? "broker.notice.uphold" : "broker.notice.grant", "broker", n.getBrokerUserId(), note);
		if (uphold) {
			suspend(n, admin.getUsername(), "broker.suspension.upheld");
		}
		else {
			inbox.deliver(n.getBrokerUserId(), "broker.inbox.appealGranted", List.of(String.valueOf(n.getYear())),
					"/broker#notices");
		}
		return n;
	}

	/**
	 * Suspends the brokers whose appeal window closed without an appeal. Idempotent (a lapsed notice is not lapsed again); one
	 * transaction per notice. Scheduled like the platform's other policy clocks; tests call it directly.
	 */
	@Scheduled(fixedDelayString = "${otm.broker.suspension-check-interval:PT1H}", initialDelayString = "PT1M")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int suspendLapsed() {
		List<Long> due = transactions.execute(status -> notices.lapsedIds(clock.instant()));
		int suspended = 0;
		for (Long id : due == null ? List.<Long>of() : due) {
			try {
				Boolean done = transactions.execute(status -> {
					SuspensionNotice n = notices.findByIdForUpdate(id).orElse(null);
					if (n == null || !n.lapseIfDue(clock)) {
						return false;
					}
					audit.record("broker.notice.lapse", "broker", n.getBrokerUserId(), "notice " + id);
					suspend(n, "system", "broker.suspension.lapsed");
					return true;
				});
				if (Boolean.TRUE.equals(done)) {
					suspended++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not suspend after lapsed notice {}: {}", id, e.getMessage());
			}
		}
		return suspended;
	}

	private void suspend(SuspensionNotice n, String by, String reasonKey) {
		BrokerProfile p = profiles.findById(n.getBrokerUserId()).orElseThrow();
		if (p.getStatus() == BrokerStatus.ACTIVE) {
			brokers.transition(n.getBrokerUserId(), BrokerStatus.SUSPENDED, reasonKey + " (notice " + n.getId() + ", "
					+ n.getYear() + ")", by);
			inbox.deliver(n.getBrokerUserId(), "broker.inbox.suspended", List.of(String.valueOf(n.getYear())),
					"/broker#notices");
		}
	}

	// ------------------------------------------------------------------ reading

	@Transactional(readOnly = true)
	public List<Evaluation> evaluationsOf(long userId) {
		return evaluations.findByBrokerUserIdOrderByYearDesc(userId);
	}

	@Transactional(readOnly = true)
	public List<SuspensionNotice> noticesOf(CurrentUser viewer, long userId) {
		if (viewer == null || !(viewer.isAdmin() || viewer.id() == userId)) {
			throw DomainException.notFound("broker.notFound", userId);
		}
		return notices.findByBrokerUserIdOrderByIssuedAtDesc(userId);
	}

	@Transactional(readOnly = true)
	public List<SuspensionNotice> openNotices(CurrentUser admin) {
		BrokerService.requireAdmin(admin);
		return notices.findByStatusInOrderByIssuedAtAsc(EnumSet.of(SuspensionNotice.Status.ISSUED,
				SuspensionNotice.Status.APPEALED));
	}
}
