package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An equity investment (作价投资/股权投资) a financial institution made in an organisation, optionally for an achievement. */
@Entity
@Table(name = "finance_investments")
public class EquityInvestment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_investments_seq")
	@SequenceGenerator(name = "finance_investments_seq", sequenceName = "finance_investments_seq", allocationSize = 50)
	private Long id;
	private long investorOrganisationId;
	private String investorName;
	private long investeeOrganisationId;
	private String investeeName;
	private String investeeRegion;
	private Long achievementId;
	private BigDecimal amount;
	private BigDecimal sharePercent;
	private LocalDate investedOn;
	private String note;
	private String createdBy;
	private Instant createdAt;

	protected EquityInvestment() {
	}

	public EquityInvestment(Party investor, Party investee, Long achievementId, BigDecimal amount, BigDecimal sharePercent,
			LocalDate investedOn, String note, String createdBy, Clock clock) {
		this.investorOrganisationId = investor.id();
		this.investorName = investor.name();
		this.investeeOrganisationId = investee.id();
		this.investeeName = investee.name();
		this.investeeRegion = investee.regionCode();
		this.achievementId = achievementId;
		this.amount = amount;
		this.sharePercent = sharePercent;
		this.investedOn = investedOn;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getInvestorOrganisationId() {
		return investorOrganisationId;
	}

	public String getInvestorName() {
		return investorName;
	}

	public long getInvesteeOrganisationId() {
		return investeeOrganisationId;
	}

	public String getInvesteeName() {
		return investeeName;
	}

	public String getInvesteeRegion() {
		return investeeRegion;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public BigDecimal getSharePercent() {
		return sharePercent;
	}

	public LocalDate getInvestedOn() {
		return investedOn;
	}

	public String getNote() {
		return note;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
