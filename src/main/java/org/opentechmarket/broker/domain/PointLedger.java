package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.opentechmarket.broker.PointSource;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of the contribution points ledger. An award inserts one row per (broker, source, reference) — a second
 * award of the same event does nothing, also when two arrive at once ({@code on conflict do nothing} on the unique index).
 * A correction inserts a new row referencing the corrected one. Nothing updates or deletes: the database refuses it too.
 */
@Component
public class PointLedger {

	private final JdbcClient jdbc;
	private final PointEntries entries;
	private final PointTable table;
	private final AuditLog audit;
	private final Clock clock;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	public PointLedger(org.springframework.jdbc.core.JdbcTemplate jdbc, PointEntries entries, BrokerProperties properties, AuditLog audit, Clock clock) {
		this.jdbc = JdbcClient.create(jdbc);
		this.entries = entries;
		this.table = new PointTable(properties.points());
		this.audit = audit;
		this.clock = clock;
	}

	public PointTable table() {
		return table;
	}

	/** Records the points of a verified source event unless it was paid already; true when recorded now. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean award(long brokerUserId, PointSource source, String sourceReference, BigDecimal amount, String by) {
		if (source == null || sourceReference == null || sourceReference.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("sourceReference", "broker.points.sourceRequired")));
		}
		String reference = sourceReference.strip();
		BigDecimal points = table.pointsFor(source, amount);
		int year = LocalDate.now(clock).getYear();
		// the broker's profile may have been created in this transaction: let the SQL below see it
		entityManager.flush();
		int inserted = jdbc.sql("""
				insert into broker_point_entries (id, broker_user_id, source, source_reference, points, amount, accounting_year,
				    recorded_at, recorded_by)
				values (nextval('broker_point_entries_seq'), :broker, :source, :reference, :points, :amount, :year, :at, :by)
				on conflict (broker_user_id, source, source_reference) where corrects_entry_id is null do nothing
				""")
			.param("broker", brokerUserId)
			.param("source", source.name())
			.param("reference", reference)
			.param("points", points)
			.param("amount", amount)
			.param("year", year)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", by)
			.update();
		if (inserted == 1) {
			audit.record("broker.points.award", "broker", brokerUserId, source + " " + reference + " +" + points.toPlainString());
		}
		return inserted == 1;
	}

	/**
	 * A correction of an entry: a new row with the signed change in points, referencing the corrected entry, with a reason.
	 * It counts in the corrected entry's accounting year.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long correct(long entryId, BigDecimal points, String reason, String by) {
		PointEntry original = entries.findById(entryId)
			.orElseThrow(() -> DomainException.notFound("broker.points.entryNotFound", entryId));
		List<FieldViolation> violations = new java.util.ArrayList<>();
		if (points == null || points.signum() == 0) {
			violations.add(FieldViolation.of("points", "broker.points.correctionNonZero"));
		}
		else if (points.scale() > 2) {
			violations.add(FieldViolation.of("points", "broker.points.scale"));
		}
		if (reason == null || reason.isBlank()) {
			violations.add(FieldViolation.of("reason", "validation.required"));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		entityManager.flush();
		Long id = jdbc.sql("select nextval('broker_point_entries_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into broker_point_entries (id, broker_user_id, source, source_reference, points, amount, accounting_year,
				    corrects_entry_id, reason, recorded_at, recorded_by)
				values (:id, :broker, :source, :reference, :points, null, :year, :corrects, :reason, :at, :by)
				""")
			.param("id", id)
			.param("broker", original.getBrokerUserId())
			.param("source", original.getSource().name())
			.param("reference", original.getSourceReference())
			.param("points", points)
			.param("year", original.getAccountingYear())
			.param("corrects", original.getId())
			.param("reason", reason.strip())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", by)
			.update();
		audit.record("broker.points.correct", "broker", original.getBrokerUserId(),
				"entry " + entryId + " " + points.toPlainString() + ": " + reason.strip());
		return id;
	}
}
