package org.opentechmarket.matching.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One user's verdict on one need → achievement pair (or query → achievement, for a query sent to the API), with the score
 * and rank the match had when it was judged. One per user and pair: judging again changes the verdict and records the
 * score and rank of that moment.
 */
@Entity
@Table(name = "match_feedback")
public class MatchFeedback {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_feedback_seq")
	@SequenceGenerator(name = "match_feedback_seq", sequenceName = "match_feedback_seq", allocationSize = 50)
	private Long id;

	/** {@code need:<id>} or {@code query:<sha-256 of the query text>} */
	private String subject;
	private Long needId;
	private String queryTitle;
	private long achievementId;
	private long userId;
	private long organisationId;
	@Enumerated(EnumType.STRING)
	private Verdict verdict;
	private Double score;
	private Integer shownRank;
	private Boolean strong;
	@Enumerated(EnumType.STRING)
	private ShownOn shownOn;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private int lockVersion;

	protected MatchFeedback() {
	}

	MatchFeedback(String subject, Long needId, String queryTitle, long achievementId, long userId, long organisationId,
			Clock clock) {
		this.subject = subject;
		this.needId = needId;
		this.queryTitle = queryTitle;
		this.achievementId = achievementId;
		this.userId = userId;
		this.organisationId = organisationId;
		this.createdAt = clock.instant();
	}

	/** Records (or changes) the verdict, with the match's score, strength and rank at this moment (null when not shown). */
	void judge(Verdict verdict, Double score, Boolean strong, Integer rank, ShownOn shownOn, Clock clock) {
		this.verdict = verdict;
		this.score = score;
		this.strong = strong;
		this.shownRank = rank;
		this.shownOn = shownOn;
		this.updatedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public String getSubject() {
		return subject;
	}

	public Long getNeedId() {
		return needId;
	}

	public String getQueryTitle() {
		return queryTitle;
	}

	public long getAchievementId() {
		return achievementId;
	}

	public long getUserId() {
		return userId;
	}

	public long getOrganisationId() {
		return organisationId;
	}

	public Verdict getVerdict() {
		return verdict;
	}

	public Double getScore() {
		return score;
	}

	public Integer getShownRank() {
		return shownRank;
	}

	public Boolean getStrong() {
		return strong;
	}

	public ShownOn getShownOn() {
		return shownOn;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
