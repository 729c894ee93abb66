package org.opentechmarket.listing.tender;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tender policy numbers and key handling under {@code otm.trading.tender}; docs/configuration.md gives each default's source.
 *
 * @param minimumOfferPeriod shortest time from publication to the offer deadline: 20 days (招标投标法 第二十四条: 自招标文件开始发出之日起至
 * 投标人提交投标文件截止之日止，最短不得少于二十日 — the statute's minimum for the tenders it governs, applied to every tender here)
 * @param maximumOpeningDelay the opening may follow the deadline by at most this: 30 days (platform choice; 招标投标法 第三十四条
 * opens at the deadline itself, the default the forms propose)
 * @param panelSize experts per offer: 3 (platform choice, the usual desk review; 招标投标法 第三十七条 asks five or more for the
 * tenders it governs — raise it where those rules apply)
 * @param passThreshold technical pass mark (0–100) when the tender names none: 60, the evaluation module's default
 * @param buyPriceWeight price weight (0–100) proposed for a buyer's tender: 30 (platform choice: technology is bought mostly on
 * merit; 综合评估法)
 * @param sellPriceWeight price weight proposed for a seller's tender: 70 (platform choice)
 * @param criteria technical criteria proposed when the owner names none (platform choice)
 * @param proposalMinLength shortest technical proposal: 20 characters (platform choice)
 * @param proposalMaxLength longest technical proposal: 20,000 characters (platform choice; longer documents go in attachments)
 * @param attachmentMaxBytes largest attachment: 10 MiB (platform choice, half the evidence limit: each is sealed in memory)
 * @param attachmentsMax attachments per offer: 5 (platform choice)
 * @param masterKey base64 of the 256-bit AES master key that wraps each tender's data key; blank: read {@code masterKeyFile}.
 * Give it through the environment (OTM_TRADING_TENDER_MASTER_KEY), never in a committed file
 * @param masterKeyFile where the master key is kept when {@code masterKey} is blank; generated there at first start when
 * absent; blank: {@code <data-dir>/secrets/tender-master.key}
 */
@ConfigurationProperties("otm.trading.tender")
public record TenderProperties(@DefaultValue("P20D") Duration minimumOfferPeriod,
		@DefaultValue("P30D") Duration maximumOpeningDelay, @DefaultValue("3") int panelSize,
		@DefaultValue("60") BigDecimal passThreshold, @DefaultValue("30") BigDecimal buyPriceWeight,
		@DefaultValue("70") BigDecimal sellPriceWeight,
		@DefaultValue({ "技术方案:50", "实施计划:30", "履约能力:20" }) List<String> criteria,
		@DefaultValue("20") int proposalMinLength, @DefaultValue("20000") int proposalMaxLength,
		@DefaultValue("10485760") long attachmentMaxBytes, @DefaultValue("5") int attachmentsMax,
		@DefaultValue("") String masterKey, @DefaultValue("") String masterKeyFile) {

	/** The default criteria as (name, weight) pairs; entries are "name:weight". */
	public List<Criterion> defaultCriteria() {
		return criteria.stream().map(s -> {
			int colon = s.lastIndexOf(':');
			if (colon <= 0) {
				throw new IllegalArgumentException("otm.trading.tender.criteria: '" + s + "' is not name:weight");
			}
			return new Criterion(s.substring(0, colon).strip(), new BigDecimal(s.substring(colon + 1).strip()));
		}).toList();
	}
}
