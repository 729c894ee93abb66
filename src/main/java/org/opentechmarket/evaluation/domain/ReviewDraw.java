package org.opentechmarket.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * The record of one draw (round 0 = the initial panel, then one per replacement): the seed, every candidate with weight and
 * tier, every excluded expert with the rule, and the experts drawn. An auditor re-runs {@link PanelDraw} on these inputs.
 */
@Entity
@Table(name = "review_draws")
public class ReviewDraw {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_draws_seq")
	@SequenceGenerator(name = "review_draws_seq", sequenceName = "review_draws_seq", allocationSize = 50)
	private Long id;
	private long reviewId;
	private int round;
	private long seed;
	private int needed;
	private Instant drawnAt;
	private String reason;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "review_draw_candidates", joinColumns = @JoinColumn(name = "draw_id"))
	@OrderColumn(name = "position")
	private List<DrawCandidate> candidates = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "review_draw_exclusions", joinColumns = @JoinColumn(name = "draw_id"))
	@OrderColumn(name = "position")
	private List<DrawExclusion> exclusions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "review_draw_picks", joinColumns = @JoinColumn(name = "draw_id"))
	@OrderColumn(name = "position")
	@Column(name = "expert_user_id")
	private List<Long> picks = new ArrayList<>();

	protected ReviewDraw() {
	}

	public ReviewDraw(long reviewId, int round, long seed, int needed, Instant drawnAt, String reason,
			List<DrawCandidate> candidates, List<DrawExclusion> exclusions, List<Long> picks) {
		this.reviewId = reviewId;
		this.round = round;
		this.seed = seed;
		this.needed = needed;
		this.drawnAt = drawnAt;
		this.reason = reason;
		this.candidates.addAll(candidates);
		this.exclusions.addAll(exclusions);
		this.picks.addAll(picks);
	}

	/** The recorded candidates as {@link PanelDraw} takes them. */
	public List<PanelDraw.Candidate> snapshot() {
		return candidates.stream().map(c -> new PanelDraw.Candidate(c.getExpertUserId(), c.getWeight(), c.getTier())).toList();
	}

	public String usernameOf(long expertUserId) {
		return candidates.stream()
			.filter(c -> c.getExpertUserId() == expertUserId)
			.map(DrawCandidate::getUsername)
			.findFirst()
			.orElse(String.valueOf(expertUserId));
	}

	public Long getId() {
		return id;
	}

	public long getReviewId() {
		return reviewId;
	}

	public int getRound() {
		return round;
	}

	public long getSeed() {
		return seed;
	}

	public int getNeeded() {
		return needed;
	}

	public Instant getDrawnAt() {
		return drawnAt;
	}

	public String getReason() {
		return reason;
	}

	public List<DrawCandidate> getCandidates() {
		return candidates;
	}

	public List<DrawExclusion> getExclusions() {
		return exclusions;
	}

	public List<Long> getPicks() {
		return picks;
	}

	@Embeddable
	public static class DrawCandidate {

		private long expertUserId;
		private String username;
		private BigDecimal weight;
		private int tier;
		private int recentInvitations;

		protected DrawCandidate() {
		}

		public DrawCandidate(long expertUserId, String username, BigDecimal weight, int tier, int recentInvitations) {
			this.expertUserId = expertUserId;
			this.username = username;
			this.weight = weight;
			this.tier = tier;
			this.recentInvitations = recentInvitations;
		}

		public long getExpertUserId() {
			return expertUserId;
		}

		public String getUsername() {
			return username;
		}

		public BigDecimal getWeight() {
			return weight;
		}

		public int getTier() {
			return tier;
		}

		public int getRecentInvitations() {
			return recentInvitations;
		}
	}

	@Embeddable
	public static class DrawExclusion {

		private long expertUserId;
		private String username;
		private String rule;
		private String detail;

		protected DrawExclusion() {
		}

		public DrawExclusion(long expertUserId, String username, String rule, String detail) {
			this.expertUserId = expertUserId;
			this.username = username;
			this.rule = rule;
			this.detail = detail;
		}

		public long getExpertUserId() {
			return expertUserId;
		}

		public String getUsername() {
			return username;
		}

		public String getRule() {
			return rule;
		}

		public String getDetail() {
			return detail;
		}
	}
}
