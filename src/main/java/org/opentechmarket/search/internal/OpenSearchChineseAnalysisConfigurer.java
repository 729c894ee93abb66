package org.opentechmarket.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same two analyzers for an OpenSearch (or Elasticsearch) cluster. {@code chinese} needs the cluster's
 * {@code analysis-smartcn} plugin; {@code cjk_bigram} uses built-in filters only. Selected by the {@code opensearch} profile.
 */
public class OpenSearchChineseAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer("chinese").custom().tokenizer("smartcn_tokenizer").tokenFilters("lowercase", "smartcn_stop");
		context.analyzer("cjk_bigram").custom().tokenizer("standard").tokenFilters("cjk_width", "lowercase", "cjk_bigram");
	}
}
