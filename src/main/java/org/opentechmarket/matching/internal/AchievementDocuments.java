package org.opentechmarket.matching.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.opentechmarket.achievement.AchievementProfile;
import org.opentechmarket.matching.engine.MatchDocument;

/** A published achievement as the match index holds it: key = platform id; subject fields = market field, application fields, keywords. */
final class AchievementDocuments {

	/** Publication dates are counted in the market's zone. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private AchievementDocuments() {
	}

	static MatchDocument of(AchievementProfile p) {
		String fields = String.join(" ", nz(p.marketField()), nz(p.applicationFields()), String.join(" ", p.keywords()))
			.strip();
		LocalDate published = p.publishedAt() == null ? null : LocalDate.ofInstant(p.publishedAt(), ZONE);
		return new MatchDocument(Long.toString(p.id()), p.id(), p.title(), p.abstractText(), fields, p.industryCode(),
				p.disciplineCode(), p.regionCode(), p.trl(), p.priceNegotiable() ? null : p.priceMin(),
				p.priceNegotiable() ? null : p.priceMax(), p.priceNegotiable(), published);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
