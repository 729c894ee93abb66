package org.opentechmarket.search.internal;

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
		context.analyzer("cjk_bigram").instance(new CJKAnalyzer());
	}
}
