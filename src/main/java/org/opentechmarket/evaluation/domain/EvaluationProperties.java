package org.opentechmarket.evaluation.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Expert evaluation policy under {@code otm.evaluation}; application.yml and docs/configuration.md give each default's source.
 *
 * @param recusal recusal look-back periods
 * @param deadlineDays days from opening to the scoring deadline when the request names none
 * @param invitationResponseDays days an invited expert has to accept or decline before the invitation expires
 * @param reminderBefore how long before the deadline an accepted expert who has not scored is reminded (once)
 * @param loadWindowDays invitations within this many days lower an expert's draw weight (1 / (1 + invitations))
 * @param trimmedMeanMinimum from this many submitted reviews on, the highest and lowest are dropped
 * @param passThreshold default pass line of the panel score (0–100)
 * @param panelSizeMax largest panel a request may ask for
 * @param anonymous whether reviews are anonymous by default
 * @param visibility default visibility of results
 * @param jobInterval how often the reminder, expiry and lateness jobs run
 * @param criteria default criteria per subject type
 */
@ConfigurationProperties("otm.evaluation")
public record EvaluationProperties(@DefaultValue Recusal recusal, @DefaultValue("14") int deadlineDays,
		@DefaultValue("3") int invitationResponseDays, @DefaultValue("P2D") Duration reminderBefore,
		@DefaultValue("365") int loadWindowDays, @DefaultValue("5") int trimmedMeanMinimum,
		@DefaultValue("60") BigDecimal passThreshold, @DefaultValue("15") int panelSizeMax,
		@DefaultValue("false") boolean anonymous, @DefaultValue("PARTIES") ReviewVisibility visibility,
		@DefaultValue("PT15M") Duration jobInterval, Map<ReviewSubjectType, List<CriterionDefault>> criteria) {

	/**
	 * @param formerEmployerYears FORMER_EMPLOYER looks back this many years
	 * @param coInventorYears CO_INVENTOR looks back this many years
	 */
	public record Recusal(@DefaultValue("3") int formerEmployerYears, @DefaultValue("3") int coInventorYears) {
	}

	public record CriterionDefault(String name, BigDecimal weight) {
	}

	public List<Criterion> defaultCriteria(ReviewSubjectType type) {
		List<CriterionDefault> list = criteria == null ? null : criteria.get(type);
		if (list == null || list.isEmpty()) {
			return List.of(new Criterion("综合评价", BigDecimal.valueOf(100)));
		}
		return list.stream().map(c -> new Criterion(c.name(), c.weight())).toList();
	}
}
