package org.opentechmarket.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opentechmarket.evaluation.CollaborationRecords;
import org.opentechmarket.evaluation.ReviewSubject;

/**
 * Who may be drawn for a subject: eligibility (already on the panel, not active, unavailable) and then every recusal rule,
 * before any invitation. Pure: the service passes the pool as it stands, and records both lists with the draw.
 */
public final class PanelPlanner {

	private PanelPlanner() {
	}

	/** One expert of the pool as the planner sees them. */
	public record PoolExpert(ExpertFacts facts, String username, ExpertStatus status, boolean enabled, boolean available,
			LocalDate unavailableUntil, boolean onPanel, int tier, int recentInvitations) {
	}

	public record Plan(List<ReviewDraw.DrawCandidate> candidates, List<ReviewDraw.DrawExclusion> exclusions,
			int excludedExperts) {

		public List<PanelDraw.Candidate> snapshot() {
			return candidates.stream()
				.map(c -> new PanelDraw.Candidate(c.getExpertUserId(), c.getWeight(), c.getTier()))
				.toList();
		}
	}

	public static Plan plan(List<PoolExpert> pool, ReviewSubject subject, RecusalRules rules,
			CollaborationRecords collaborations, LocalDate today) {
		List<PoolExpert> ordered = new ArrayList<>(pool);
		ordered.sort(Comparator.comparingLong(e -> e.facts().userId()));
		List<ReviewDraw.DrawCandidate> candidates = new ArrayList<>();
		List<ReviewDraw.DrawExclusion> exclusions = new ArrayList<>();
		int excluded = 0;
		for (PoolExpert e : ordered) {
			long id = e.facts().userId();
			List<ReviewDraw.DrawExclusion> mine = new ArrayList<>();
			if (e.onPanel()) {
				mine.add(new ReviewDraw.DrawExclusion(id, e.username(), RecusalRule.ON_PANEL.name(), ""));
			}
			else if (e.status() != ExpertStatus.ACTIVE || !e.enabled()) {
				mine.add(new ReviewDraw.DrawExclusion(id, e.username(), RecusalRule.NOT_ACTIVE.name(),
						e.enabled() ? e.status().name() : "disabled"));
			}
			else if (!e.available()) {
				mine.add(new ReviewDraw.DrawExclusion(id, e.username(), RecusalRule.UNAVAILABLE.name(),
						e.unavailableUntil() == null ? "" : e.unavailableUntil().toString()));
			}
			else {
				for (Exclusion x : rules.check(e.facts(), subject, collaborations, today)) {
					mine.add(new ReviewDraw.DrawExclusion(id, e.username(), x.rule().name(), x.detail()));
				}
			}
			if (mine.isEmpty()) {
				candidates.add(new ReviewDraw.DrawCandidate(id, e.username(), PanelDraw.weightFor(e.recentInvitations()),
						e.tier(), e.recentInvitations()));
			}
			else {
				exclusions.addAll(mine);
				excluded++;
			}
		}
		return new Plan(candidates, exclusions, excluded);
	}
}
