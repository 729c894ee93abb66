package org.opentechmarket.matching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.achievement.AchievementProfile;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.matching.engine.MatchDocument;

/**
 * A need and an achievement as the two indexes see them. Needs keep their budget in yuan; listed asking prices, and so the
 * matcher, count in 万元 (10,000 yuan).
 */
public final class NeedQueries {

	static final BigDecimal WAN = BigDecimal.valueOf(10_000);

	private NeedQueries() {
	}

	/**
	 * A need as the query of need → achievements: title and keywords, the problem description (the text the ranking was
	 * tuned on: the dev set's needs have no separate targets), codes, minimum TRL, budget in 万元 (none when negotiable).
	 */
	public static NeedQuery of(NeedSummary n) {
		boolean open = n.budgetNegotiable();
		return new NeedQuery(n.title(), n.description(), n.keywords(), n.industryCode(), n.disciplineCode(), n.regionCode(),
				n.minTrl(), open ? null : wan(n.budgetMin()), open ? null : wan(n.budgetMax()), null);
	}

	/** A need as a document of the open-needs index: its targets and keywords count as subject text. */
	static MatchDocument document(NeedSummary n) {
		List<String> fields = new ArrayList<>(n.keywords());
		if (n.targets() != null && !n.targets().isBlank()) {
			fields.add(n.targets());
		}
		return new MatchDocument(Long.toString(n.id()), n.id(), n.title(), n.description(), String.join(" ", fields),
				n.industryCode(), n.disciplineCode(), n.regionCode(), n.minTrl(), wan(n.budgetMin()), wan(n.budgetMax()),
				n.budgetNegotiable(), null);
	}

	/**
	 * An achievement as the query of achievement → needs over the open-needs index: its title and keywords, abstract and
	 * subject fields, and codes. No TRL or price: in this direction they would be compared the wrong way round, and the
	 * candidates are re-scored as need → achievement pairs anyway.
	 */
	static NeedQuery reverse(AchievementProfile p) {
		String fields = String.join(" ", nz(p.marketField()), nz(p.applicationFields())).strip();
		String text = fields.isEmpty() ? nz(p.abstractText()) : nz(p.abstractText()) + "\n" + fields;
		return new NeedQuery(p.title(), text, p.keywords(), p.industryCode(), p.disciplineCode(), p.regionCode(), null, null,
				null, null);
	}

	private static BigDecimal wan(BigDecimal yuan) {
		return yuan == null ? null : yuan.divide(WAN, 4, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
