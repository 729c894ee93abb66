package org.opentechmarket.achievement.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.opentechmarket.achievement.AchievementStatus;

/** One transition of the lifecycle, with who made it and why (return and rejection reasons are shown to the holder). */
@Embeddable
public class WorkflowStep {

	@Column(name = "at")
	private Instant at;
	@Column(name = "actor")
	private String actor;
	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private AchievementStatus fromStatus;
	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private AchievementStatus toStatus;
	@Column(name = "reason")
	private String reason;

	protected WorkflowStep() {
	}

	WorkflowStep(Instant at, String actor, AchievementStatus fromStatus, AchievementStatus toStatus, String reason) {
		this.at = at;
		this.actor = actor;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public AchievementStatus getFromStatus() {
		return fromStatus;
	}

	public AchievementStatus getToStatus() {
		return toStatus;
	}

	public String getReason() {
		return reason;
	}
}
