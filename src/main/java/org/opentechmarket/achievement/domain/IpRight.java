package org.opentechmarket.achievement.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;

/** One intellectual-property right claimed by an achievement. */
@Embeddable
public class IpRight {

	@Enumerated(EnumType.STRING)
	@Column(name = "type")
	private IpType type;
	@Column(name = "number")
	private String number;
	@Column(name = "grant_date")
	private LocalDate grantDate;
	@Enumerated(EnumType.STRING)
	@Column(name = "status")
	private IpStatus status;

	protected IpRight() {
	}

	public IpRight(IpType type, String number, LocalDate grantDate, IpStatus status) {
		this.type = type;
		this.number = number;
		this.grantDate = grantDate;
		this.status = status;
	}

	public IpType getType() {
		return type;
	}

	public String getNumber() {
		return number;
	}

	public LocalDate getGrantDate() {
		return grantDate;
	}

	public IpStatus getStatus() {
		return status;
	}
}
