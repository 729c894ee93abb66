package org.opentechmarket.matching.engine;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every number of the match score ({@code otm.matching.*}); the defaults were tuned on the matching-dev set
 * (docs/benchmarks.md §Matching) and are repeated with their source in application.yml and docs/configuration.md.
 *
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param bigramWeight weight of the character-bigram fields in the text score
 * @param wordWeight weight of the smartcn word fields in the text score
 * @param docTitleWeight weight of a term found in the achievement's title (it is also counted in the body)
 * @param docBodyWeight weight of a term found in the achievement's body (title, subject fields, description)
 * @param needTitleWeight weight of a term of the need's title or keywords
 * @param needDescriptionWeight weight of a term of the need's description (times 1 + ln tf)
 * @param maxTerms at most this many terms per analyzer are kept from a need, the most informative (weight × idf)
 * @param maxDocumentFrequency terms found in more than this share of achievements are dropped from need queries
 * @param stopWords need boilerplate that says nothing about the subject (需求, 要求, 解决 …), dropped from need queries
 * @param textWeight weight of the text relevance (0–1: BM25 over the query's upper bound)
 * @param industryWeight added times the share of the need's GB/T 4754 code both share
 * @param disciplineWeight added times the share of the need's GB/T 13745 code both share
 * @param trlWeight added when the achievement's TRL meets the wanted one, subtracted when below
 * @param priceWeight added when the asking price fits the budget, subtracted when above it
 * @param regionWeight added for the same city, half for the same province
 * @param recencyWeight added times 0.5^(age / recencyHalfLifeDays)
 * @param rerankDepth the structured fit re-ranks this many text candidates
 * @param strongThreshold the calibrated strong-match score (docs/benchmarks.md §Strong match)
 */
@ConfigurationProperties("otm.matching")
public record MatchWeights(@DefaultValue("1.2") double k1, @DefaultValue("0.75") double b,
		@DefaultValue("1.0") double bigramWeight, @DefaultValue("1.0") double wordWeight,
		@DefaultValue("1.0") double docTitleWeight, @DefaultValue("1.0") double docBodyWeight,
		@DefaultValue("3.0") double needTitleWeight, @DefaultValue("1.0") double needDescriptionWeight,
		@DefaultValue("60") int maxTerms, @DefaultValue("0.2") double maxDocumentFrequency,
		@DefaultValue({ "需求", "需要", "要求", "解决", "技术", "公司", "企业", "我们", "目前", "希望", "问题", "项目", "合作", "寻求",
				"现有", "预期", "效果", "基础", "达到", "实现", "提高", "进行", "研发", "开发", "产品", "以上", "以下", "能够", "可以",
				"一种", "相关", "主要", "方面", "提供" }) List<String> stopWords,
		@DefaultValue("1.0") double textWeight, @DefaultValue("0.02") double industryWeight,
		@DefaultValue("0.02") double disciplineWeight, @DefaultValue("0.03") double trlWeight,
		@DefaultValue("0.03") double priceWeight, @DefaultValue("0.02") double regionWeight,
		@DefaultValue("0.0") double recencyWeight, @DefaultValue("365") double recencyHalfLifeDays,
		@DefaultValue("50") int rerankDepth, @DefaultValue("0.12") double strongThreshold) {

	public MatchWeights {
		stopWords = List.copyOf(stopWords);
	}
}
