package org.opentechmarket.achievement.transfer;

import org.opentechmarket.people.CreditCode;

/**
 * What to import and how.
 *
 * @param format the file's format
 * @param fileName the file's name, for the job list and the audit trail
 * @param regionCode GB/T 2260 region given to rows that carry none (the market listings: Zhejiang, 330000)
 * @param review {@code false}: listing mode, every row is checked as a public listing
 * ({@link org.opentechmarket.achievement.domain.AchievementRules#checkListing}) and published at once with a registration
 * number; {@code true}: review mode, every row must pass the full registration form
 * ({@link org.opentechmarket.achievement.domain.AchievementRules#checkRegistration}) and becomes a draft of its holder, who
 * adds the evidence and submits it for the formal review and the public notice
 * @param holderName the holder of rows without {@code holderCreditCode}; null for the default
 * @param holderCreditCode that holder's credit code; null for the default (or the organisation found by {@code holderName})
 */
public record ImportRequest(TransferFormat format, String fileName, String regionCode, boolean review, String holderName,
		String holderCreditCode) {

	/** The default holder of market listings: the market itself, as a technology-transfer institution. */
	public static final String DEFAULT_HOLDER_NAME = "中国浙江网上技术市场（导入）";
	/** A fixed, valid credit code for the default holder (the alphabet has no I, O, Z, S, V). */
	public static final String DEFAULT_HOLDER_CREDIT_CODE = CreditCode.complete("12330000MB0JM0001");
	public static final String DEFAULT_REGION = "330000";

	public ImportRequest {
		regionCode = blankToNull(regionCode);
		if (regionCode == null) {
			regionCode = DEFAULT_REGION;
		}
		fileName = blankToNull(fileName);
		if (fileName == null) {
			fileName = "upload." + format.extension();
		}
		holderName = blankToNull(holderName);
		holderCreditCode = blankToNull(CreditCode.normalise(holderCreditCode));
	}

	public static ImportRequest of(TransferFormat format, String fileName) {
		return new ImportRequest(format, fileName, null, false, null, null);
	}

	public String mode() {
		return review ? "review" : "listing";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
