package org.opentechmarket.search.internal;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The embedded Lucene backend's analyzers: {@code chinese} is the smartcn HMM word segmenter (with its stop words), and
 * {@code cjk_bigram} indexes overlapping character bigrams (CJK width folding, lower case).
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("chinese").instance(new SmartChineseAnalyzer());
		// CJKAnalyzer without its English stop list: the texts are Chinese, and a stop filter on every bigram costs time
		context.analyzer("cjk_bigram").instance(new CJKAnalyzer(CharArraySet.EMPTY_SET));
	}
}
