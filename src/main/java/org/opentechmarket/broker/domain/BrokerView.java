package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the public sees of a broker: no contact data (no e-mail, no phone, no user name), and the certificate number only
 * to the broker and administrators.
 */
public record BrokerView(long userId, String displayName, String organisation, BrokerGrade grade, boolean gradeVerified,
		BrokerStatus status, List<String> disciplines, List<String> industries, List<String> regions, List<String> languages,
		String bio, BigDecimal pointsThisYear, BigDecimal pointsTotal) {
}
