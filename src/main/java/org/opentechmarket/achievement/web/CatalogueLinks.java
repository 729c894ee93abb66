package org.opentechmarket.achievement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opentechmarket.platform.CodeTables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds catalogue links that keep the query and the other facet selections, and labels facet values. */
@Component("catalogueLinks")
public class CatalogueLinks {

	private final CodeTables codes;
	private final MessageSource messages;

	CatalogueLinks(CodeTables codes, MessageSource messages) {
		this.codes = codes;
		this.messages = messages;
	}

	public record FacetLink(String label, String href, long count, boolean active) {
	}

	public record FacetView(String key, String clearHref, List<FacetLink> values) {
	}

	/** The facet sidebar, links included, so templates only render. */
	public List<FacetView> facets(String q, Map<String, String> filters,
			Map<String, List<org.opentechmarket.achievement.domain.CatalogueSearch.FacetValue>> facets, Locale locale) {
		List<FacetView> views = new java.util.ArrayList<>();
		facets.forEach((key, values) -> {
			if (values.isEmpty() && !filters.containsKey(key)) {
				return;
			}
			List<FacetLink> links = values.stream()
				.map(v -> new FacetLink(label(key, v.value(), locale), with(q, filters, key, v.value()), v.count(),
						v.value().equals(filters.get(key))))
				.toList();
			views.add(new FacetView(key, filters.containsKey(key) ? without(q, filters, key) : null, links));
		});
		return views;
	}

	public String with(String q, Map<String, String> filters, String key, String value) {
		Map<String, String> next = new LinkedHashMap<>(filters);
		next.put(key, value);
		return url(q, next, 0);
	}

	public String without(String q, Map<String, String> filters, String key) {
		Map<String, String> next = new LinkedHashMap<>(filters);
		next.remove(key);
		return url(q, next, 0);
	}

	public String page(String q, Map<String, String> filters, long page) {
		return url(q, filters, Math.max(page, 0));
	}

	public String facets(String q, Map<String, String> filters) {
		return url("/achievements/facets", q, filters, 0);
	}

	private static String url(String q, Map<String, String> filters, long page) {
		return url("/achievements", q, filters, page);
	}

	private static String url(String path, String q, Map<String, String> filters, long page) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		if (q != null && !q.isBlank()) {
			b.queryParam("q", q);
		}
		filters.forEach(b::queryParam);
		if (page > 0) {
			b.queryParam("page", page);
		}
		return b.encode().build().toUriString();
	}

	public String label(String facet, String value, Locale locale) {
		return switch (facet) {
			case "category" -> messages.getMessage("category." + value, null, value, locale);
			case "disciplineRoot" -> codes.disciplines().shortLabel(value, locale);
			case "industrySection" -> codes.industries().shortLabel(value, locale);
			case "provinceCode" -> codes.regions().shortLabel(value, locale);
			case "trl" -> "TRL " + value;
			case "ipTypes" -> messages.getMessage("ipType." + value, null, value, locale);
			case "priceBand" -> messages.getMessage("priceBand." + value, null, value, locale);
			default -> value;
		};
	}
}
