package org.opentechmarket.finance.domain;

import java.util.List;
import java.util.Map;

import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.achievement.FinanceableAchievement;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** The financeable-achievement list (financiers and administrators): the registry's query plus this module's valuations. */
@Service
public class FinanceableService {

	/** One row: the achievement and its latest valid valuation (null when it has none). */
	public record Row(FinanceableAchievement achievement, ValuationReport valuation) {
	}

	private final Achievements achievements;
	private final ValuationService valuations;
	private final FinanceAccess access;
	private final FinanceProperties properties;

	FinanceableService(Achievements achievements, ValuationService valuations, FinanceAccess access,
			FinanceProperties properties) {
		this.achievements = achievements;
		this.valuations = valuations;
		this.access = access;
		this.properties = properties;
	}

	public int defaultMinimumTrl() {
		return properties.financeable().minimumTrl();
	}

	public Page<Row> list(CurrentUser user, FinanceableFilter filter, int page, int size) {
		access.requireFinancierOrAdmin(user);
		Integer trl = filter.getMinimumTrl() == null ? defaultMinimumTrl() : filter.getMinimumTrl();
		if (trl < 1 || trl > 9) {
			throw DomainException.invalid(List.of(FieldViolation.of("minimumTrl", "finance.trl.range")));
		}
		if (size < 1 || size > 100) {
			throw DomainException.invalid(List.of(FieldViolation.of("size", "finance.pageSize.range", 100)));
		}
		FinanceableAchievement.Criteria criteria = new FinanceableAchievement.Criteria(trl, filter.isIpBacked(),
				filter.isValued() ? valuations.valuedAchievements() : null, filter.getQ(), filter.getRegion(),
				filter.getIndustry());
		Page<FinanceableAchievement> found = achievements.financeable(criteria, PageRequest.of(Math.max(page, 0), size));
		Map<Long, ValuationReport> latest = valuations
			.latestValid(found.getContent().stream().map(FinanceableAchievement::id).toList());
		return new PageImpl<>(found.getContent().stream().map(a -> new Row(a, latest.get(a.id()))).toList(),
				found.getPageable(), found.getTotalElements());
	}
}
