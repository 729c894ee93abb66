package org.opentechmarket.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The indexed lookup never changes which handler answers, nor how: every request mapping of the application is asked for with
 * concrete paths of its patterns (and near misses: a path one segment longer, an escaped path, a matrix parameter, another
 * method), once indexed and once with Spring MVC's full lookup, and the outcomes (handler, matched pattern,
 * path variables, interceptors, or the exception) must be the same.
 */
@PlatformTest
class LiteralPrefixHandlerMappingIT {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theHandlerFoundIsTheSameWithAndWithoutTheIndex() throws Exception {
		assertThat(mapping).isInstanceOf(LiteralPrefixHandlerMapping.class);
		LiteralPrefixHandlerMapping literal = (LiteralPrefixHandlerMapping) mapping;
		List<MockHttpServletRequest> requests = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = e.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> verbs = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				for (String path : concrete(pattern)) {
					for (String verb : verbs) {
						requests.add(request(verb, path, info));
						requests.add(request(verb, path + "/extra", info));
					}
					requests.add(request("DELETE", path, info));
					requests.add(request("GET", escapeLast(path), info));
					requests.add(request("GET", path + ";v=1", info));
				}
			}
		}
		int found = 0;
		int foundWithVariables = 0;
		long fromIndex = literal.answeredFromIndex.sum();
		for (MockHttpServletRequest request : requests) {
			literal.setIndexed(true);
			String fast = outcome(request);
			literal.setIndexed(false);
			String plain = outcome(request);
			assertThat(fast).as(request.getMethod() + " " + request.getRequestURI()).isEqualTo(plain);
			if (fast.startsWith("handler ")) {
				found++;
				if (!fast.contains(" variables {}") && !request.getRequestURI().contains("%")
						&& !request.getRequestURI().contains(";")) {
					foundWithVariables++;
				}
			}
		}
		literal.setIndexed(true);
		assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(300);
		assertThat(literal.answeredFromIndex.sum() - fromIndex).as("answered from the index, not the full lookup")
			.isGreaterThan(foundWithVariables * 3L / 4).isPositive();
		assertThat(found).isGreaterThan(mapping.getHandlerMethods().size());
		MockHttpServletRequest bid = new MockHttpServletRequest("POST", "/api/v1/auctions/42/bids");
		bid.setContentType(MediaType.APPLICATION_JSON_VALUE);
		assertThat(outcome(bid)).contains("AuctionApiController").contains("bid(");
	}

	private String outcome(MockHttpServletRequest template) {
		MockHttpServletRequest request = new MockHttpServletRequest(template.getMethod(), template.getRequestURI());
		if (template.getContentType() != null) {
			request.setContentType(template.getContentType());
		}
		if (template.getHeader("Accept") != null) {
			request.addHeader("Accept", template.getHeader("Accept"));
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return chain == null ? "none" : "handler " + chain.getHandler() + " pattern "
					+ request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
					+ " variables "
					+ request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
					+ " interceptors " + chain.getInterceptorList().size();
		}
		catch (Exception e) {
			return "exception " + e.getClass().getName();
		}
	}

	private static MockHttpServletRequest request(String method, String path, RequestMappingInfo info) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
		if (!consumes.isEmpty()) {
			request.setContentType(consumes.iterator().next().toString().replace("*", "x"));
		}
		Set<MediaType> produces = info.getProducesCondition().getProducibleMediaTypes();
		if (!produces.isEmpty()) {
			request.addHeader("Accept", produces.iterator().next().toString());
		}
		return request;
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*[^}]+}|\\{[^}]+}|\\*\\*|\\*|\\?");

	/** Paths the pattern matches: each variable filled with a number or a word, whichever the pattern accepts. */
	static Set<String> concrete(String pattern) {
		Set<String> paths = new LinkedHashSet<>();
		for (String value : List.of("7", "ab")) {
			Matcher m = VARIABLE.matcher(pattern);
			StringBuilder sb = new StringBuilder();
			while (m.find()) {
				String v = m.group();
				String replacement = v.startsWith("{*") || v.equals("**") ? value + "/c" : v.equals("?") ? "x" : value;
				m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
			}
			m.appendTail(sb);
			String path = sb.toString().isEmpty() ? "/" : sb.toString();
			if (PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path))) {
				paths.add(path);
			}
		}
		return paths;
	}

	/** The same path with its last letter or digit percent-escaped (the pattern matcher decodes it). */
	static String escapeLast(String path) {
		for (int i = path.length() - 1; i >= 0; i--) {
			char c = path.charAt(i);
			if (Character.isLetterOrDigit(c) && c < 128) {
				return path.substring(0, i) + String.format("%%%02X", (int) c) + path.substring(i + 1);
			}
		}
		return path + "%2F";
	}
}
