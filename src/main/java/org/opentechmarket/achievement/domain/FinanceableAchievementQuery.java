package org.opentechmarket.achievement.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.opentechmarket.achievement.FinanceableAchievement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The financeable-achievement list as one parameterised SQL query over the registry tables (not the search index: the
 * filters are exact and the finance module pages through them). Only conditions that filter are added; every value is a
 * bound parameter.
 */
final class FinanceableAchievementQuery {

	private static final String NUMBERED_IP = "select 1 from achievement_ip_rights ip where ip.achievement_id = a.id "
			+ "and ip.number is not null and btrim(ip.number) <> ''";

	private final EntityManager entityManager;

	FinanceableAchievementQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Page<FinanceableAchievement> run(FinanceableAchievement.Criteria criteria, Pageable page) {
		if (criteria.onlyIds() != null && criteria.onlyIds().isEmpty()) {
			return Page.empty(page);
		}
		StringBuilder where = new StringBuilder(" from achievements a where a.status = 'PUBLISHED'");
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (criteria.minimumTrl() != null) {
			where.append(" and a.trl >= :minimumTrl");
			parameters.put("minimumTrl", criteria.minimumTrl());
		}
		if (criteria.ipBacked()) {
			where.append(" and exists (").append(NUMBERED_IP).append(")");
		}
		if (criteria.onlyIds() != null) {
			where.append(" and a.id in (:ids)");
			parameters.put("ids", new ArrayList<>(criteria.onlyIds()));
		}
		if (hasText(criteria.text())) {
			where.append(" and (a.title ilike :text escape '\\' or a.holder_name ilike :text escape '\\')");
			parameters.put("text", "%" + likeEscaped(criteria.text().strip()) + "%");
		}
		if (hasText(criteria.regionCode())) {
			where.append(" and a.region_code like :region");
			parameters.put("region", likeEscaped(regionPrefix(criteria.regionCode().strip())) + "%");
		}
		if (hasText(criteria.industry())) {
			String industry = criteria.industry().strip().toUpperCase(Locale.ROOT);
			if (industry.length() == 1 && Character.isLetter(industry.charAt(0))) {
				where.append(" and a.industry_section = :industry");
				parameters.put("industry", industry);
			}
			else {
				where.append(" and a.industry_code like :industry");
				parameters.put("industry", likeEscaped(industry) + "%");
			}
		}
		Query count = entityManager.createNativeQuery("select count(*)" + where);
		parameters.forEach(count::setParameter);
		long total = ((Number) count.getSingleResult()).longValue();
		if (total == 0) {
			return new PageImpl<>(List.of(), page, 0);
		}
		Query rows = entityManager.createNativeQuery("select a.id, a.title, a.holder_name, a.holder_organisation_id, a.trl, "
				+ "(select count(*) from achievement_ip_rights ip where ip.achievement_id = a.id and ip.number is not null "
				+ "and btrim(ip.number) <> ''), a.price_min, a.price_max, a.region_code, a.industry_code, a.published_at"
				+ where + " order by a.published_at desc nulls last, a.id desc");
		parameters.forEach(rows::setParameter);
		rows.setFirstResult((int) page.getOffset());
		rows.setMaxResults(page.getPageSize());
		List<FinanceableAchievement> items = new ArrayList<>();
		for (Object row : rows.getResultList()) {
			Object[] r = (Object[]) row;
			items.add(new FinanceableAchievement(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
					((Number) r[3]).longValue(), r[4] == null ? null : ((Number) r[4]).intValue(), ((Number) r[5]).longValue(),
					(BigDecimal) r[6], (BigDecimal) r[7], (String) r[8], (String) r[9], instant(r[10])));
		}
		return new PageImpl<>(items, page, total);
	}

	/** 330000 → 33, 330100 → 3301, 330106 → 330106. */
	static String regionPrefix(String code) {
		String prefix = code;
		while (prefix.length() > 2 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return prefix;
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant i) {
			return i;
		}
		if (value instanceof OffsetDateTime o) {
			return o.toInstant();
		}
		if (value instanceof Timestamp t) {
			return t.toInstant();
		}
		throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
	}
}
