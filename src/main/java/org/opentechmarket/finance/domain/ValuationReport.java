package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A valuation report (评估报告) on an achievement by a valuer: method, value, base date and the last day its conclusion may be
 * used. Only an unexpired report makes the achievement count as "valuation present" for financiers.
 */
@Entity
@Table(name = "finance_valuations")
public class ValuationReport {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_valuations_seq")
	@SequenceGenerator(name = "finance_valuations_seq", sequenceName = "finance_valuations_seq", allocationSize = 50)
	private Long id;
	private long achievementId;
	private String achievementTitle;
	private long holderOrganisationId;
	private String valuerName;
	private Long valuerOrganisationId;
	@Enumerated(EnumType.STRING)
	private ValuationMethod method;
	@Column(name = "value")
	private BigDecimal value;
	private LocalDate baseDate;
	private LocalDate validUntil;
	@Embedded
	private StoredFile file;
	private String recordedBy;
	private Instant recordedAt;

	protected ValuationReport() {
	}

	public ValuationReport(long achievementId, String achievementTitle, long holderOrganisationId, String valuerName,
			Long valuerOrganisationId, ValuationMethod method, BigDecimal value, LocalDate baseDate, int validityMonths,
			StoredFile file, String recordedBy, Clock clock) {
		this.achievementId = achievementId;
		this.achievementTitle = achievementTitle;
		this.holderOrganisationId = holderOrganisationId;
		this.valuerName = valuerName;
		this.valuerOrganisationId = valuerOrganisationId;
		this.method = method;
		this.value = value;
		this.baseDate = baseDate;
		this.validUntil = validUntil(baseDate, validityMonths);
		this.file = file;
		this.recordedBy = recordedBy;
		this.recordedAt = clock.instant();
	}

	/**
	 * The last day a conclusion with this base date may be used: valid for {@code months} from the base date, so a report
	 * based on 2025-03-31 with 12 months is valid through 2026-03-30.
	 */
	public static LocalDate validUntil(LocalDate baseDate, int months) {
		return baseDate.plusMonths(months).minusDays(1);
	}

	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(baseDate) && !day.isAfter(validUntil);
	}

	public Long getId() {
		return id;
	}

	public long getAchievementId() {
		return achievementId;
	}

	public String getAchievementTitle() {
		return achievementTitle;
	}

	public long getHolderOrganisationId() {
		return holderOrganisationId;
	}

	public String getValuerName() {
		return valuerName;
	}

	public Long getValuerOrganisationId() {
		return valuerOrganisationId;
	}

	public ValuationMethod getMethod() {
		return method;
	}

	public BigDecimal getValue() {
		return value;
	}

	public LocalDate getBaseDate() {
		return baseDate;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public StoredFile getFile() {
		return file;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
