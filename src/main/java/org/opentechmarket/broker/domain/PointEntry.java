package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.opentechmarket.broker.PointSource;

/**
 * One row of the contribution points ledger (贡献积分, seed 002 §15). Read-only in code: rows are only ever inserted by
 * {@link PointLedger} (which enforces one payment per source event) and the database rejects UPDATE and DELETE. A correction
 * is another row that references the corrected one and carries a reason.
 */
@Entity
@Immutable
@Table(name = "broker_point_entries")
public class PointEntry {

	@Id
	private Long id;
	private long brokerUserId;
	@Enumerated(EnumType.STRING)
	private PointSource source;
	private String sourceReference;
	private BigDecimal points;
	private BigDecimal amount;
	private int accountingYear;
	private Long correctsEntryId;
	private String reason;
	private Instant recordedAt;
	private String recordedBy;

	protected PointEntry() {
	}

	public boolean isCorrection() {
		return correctsEntryId != null;
	}

	public Long getId() {
		return id;
	}

	public long getBrokerUserId() {
		return brokerUserId;
	}

	public PointSource getSource() {
		return source;
	}

	public String getSourceReference() {
		return sourceReference;
	}

	public BigDecimal getPoints() {
		return points;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public int getAccountingYear() {
		return accountingYear;
	}

	public Long getCorrectsEntryId() {
		return correctsEntryId;
	}

	public String getReason() {
		return reason;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}
}
