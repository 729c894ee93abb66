package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.Money;

/**
 * A payment toward a deal: amount, date, the bank's reference and an evidence file (bank slip). The bank reference is unique
 * per deal (compared without case and blanks), so the same transfer is never counted twice.
 */
@Entity
@Table(name = "deal_payments")
public class DealPayment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deal_payments_seq")
	@SequenceGenerator(name = "deal_payments_seq", sequenceName = "deal_payments_seq", allocationSize = 50)
	private Long id;

	private long dealId;
	private BigDecimal amount;
	private LocalDate paidOn;
	private String bankReference;
	private String bankReferenceKey;
	@Enumerated(EnumType.STRING)
	private PaymentStatus status;
	private String evidenceFileName;
	private String evidenceStorageKey;
	private String evidenceContentType;
	private long evidenceSize;
	private String evidenceSha256;
	private String recordedBy;
	private Instant recordedAt;
	private String decidedBy;
	private Instant decidedAt;
	private String rejectionReason;
	@Version
	private int lockVersion;

	protected DealPayment() {
	}

	DealPayment(long dealId, BigDecimal amount, LocalDate paidOn, String bankReference, String fileName,
			FileStore.Stored evidence, String recordedBy, Clock clock) {
		this.dealId = dealId;
		this.amount = Money.normal(amount);
		this.paidOn = paidOn;
		this.bankReference = bankReference;
		this.bankReferenceKey = key(bankReference);
		this.status = PaymentStatus.RECORDED;
		this.evidenceFileName = fileName;
		this.evidenceStorageKey = evidence.storageKey();
		this.evidenceContentType = evidence.contentType();
		this.evidenceSize = evidence.size();
		this.evidenceSha256 = evidence.sha256();
		this.recordedBy = recordedBy;
		this.recordedAt = clock.instant();
	}

	/** How bank references are compared: without blanks, upper case. */
	static String key(String bankReference) {
		return bankReference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	/** False when it was confirmed before. */
	boolean confirm(String by, Clock clock) {
		if (status == PaymentStatus.CONFIRMED) {
			return false;
		}
		move(PaymentStatus.CONFIRMED, by, clock);
		return true;
	}

	boolean reject(String reason, String by, Clock clock) {
		if (status == PaymentStatus.REJECTED) {
			return false;
		}
		move(PaymentStatus.REJECTED, by, clock);
		this.rejectionReason = reason;
		return true;
	}

	private void move(PaymentStatus next, String by, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("payment.transition.notAllowed", id, status.name(), next.name());
		}
		this.status = next;
		this.decidedBy = by;
		this.decidedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getDealId() {
		return dealId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public String getBankReference() {
		return bankReference;
	}

	public PaymentStatus getStatus() {
		return status;
	}

	public String getEvidenceFileName() {
		return evidenceFileName;
	}

	public String getEvidenceStorageKey() {
		return evidenceStorageKey;
	}

	public String getEvidenceContentType() {
		return evidenceContentType;
	}

	public long getEvidenceSize() {
		return evidenceSize;
	}

	public String getEvidenceSha256() {
		return evidenceSha256;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getRejectionReason() {
		return rejectionReason;
	}
}
