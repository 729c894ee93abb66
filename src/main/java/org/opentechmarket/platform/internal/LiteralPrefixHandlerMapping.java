package org.opentechmarket.platform.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler lookup, indexed. A path without a fixed mapping (every path with an id in it) is matched by Spring MVC
 * against each of the application's ~470 request mappings in turn, each evaluating its method, header, media-type and
 * pattern conditions: under load that was a quarter of an API call's CPU (docs/benchmarks.md §Live auctions). Here the
 * mappings are indexed by the first segment of their patterns' literal beginning (up to the first variable or wildcard), so
 * a lookup evaluates only the few mappings that can match: those whose literal beginning the path starts with.
 *
 * <p>The answer is always Spring MVC's own. A mapping whose literal beginning the path does not start with cannot match it,
 * so when exactly one candidate matches (or one is strictly best by Spring's comparator) it is the handler Spring MVC would
 * choose, and it is handled the same way ({@code handleMatch}). Everything else — no match (404/405 reasoning), a tie, a CORS
 * pre-flight, a path with a fixed mapping, a path with a percent-escape or a matrix parameter ({@code ;}: the pattern
 * matcher decodes before comparing), a case-insensitive pattern parser — goes to Spring MVC's full lookup unchanged.
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

	/** Mappings by the first path segment of their literal beginning; {@code ""}: those without a complete first segment. */
	private record Index(Map<String, List<Candidate>> bySegment, List<Candidate> always, Set<String> fixedPaths,
			Map<RequestMappingInfo, HandlerMethod> handlers) {
	}

	private record Candidate(RequestMappingInfo info, String[] prefixes) {
	}

	private volatile Index index;
	private volatile boolean indexed = true;
	/** Lookups answered from the index (for the test that shows the index is used, not only fallen back from). */
	final LongAdder answeredFromIndex = new LongAdder();

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		Index current = indexed ? index() : null;
		if (current == null || lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0
				|| current.fixedPaths().contains(lookupPath) || CorsUtils.isPreFlightRequest(request)
				|| (getPatternParser() != null && !getPatternParser().isCaseSensitive())) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		List<RequestMappingInfo> matches = new ArrayList<>(2);
		collect(current.bySegment().get(firstSegment(lookupPath)), lookupPath, request, matches);
		collect(current.always(), lookupPath, request, matches);
		RequestMappingInfo best;
		if (matches.size() == 1) {
			best = matches.get(0);
		}
		else if (matches.size() > 1) {
			Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
			matches.sort(comparator);
			if (comparator.compare(matches.get(0), matches.get(1)) == 0) {
				return super.lookupHandlerMethod(lookupPath, request); // ambiguous: Spring MVC says so
			}
			best = matches.get(0);
		}
		else {
			return super.lookupHandlerMethod(lookupPath, request); // no match: Spring MVC works out 404, 405, 406 or 415
		}
		HandlerMethod handler = current.handlers().get(best);
		if (handler == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(best, lookupPath, request);
		answeredFromIndex.increment();
		return handler;
	}

	private void collect(List<Candidate> candidates, String lookupPath, HttpServletRequest request,
			List<RequestMappingInfo> matches) {
		if (candidates == null) {
			return;
		}
		for (Candidate candidate : candidates) {
			if (fits(lookupPath, candidate.prefixes())) {
				RequestMappingInfo match = getMatchingMapping(candidate.info(), request);
				if (match != null) {
					matches.add(match);
				}
			}
		}
	}

	private Index index() {
		Index current = index;
		if (current == null) {
			current = build();
			if (current == null) {
				indexed = false; // patterns not parsed (AntPathMatcher): every lookup is Spring MVC's, without trying again
			}
			index = current;
		}
		return current;
	}

	private Index build() {
		Map<RequestMappingInfo, HandlerMethod> handlers = new HashMap<>(getHandlerMethods());
		Map<String, List<Candidate>> bySegment = new HashMap<>();
		List<Candidate> always = new ArrayList<>();
		Set<String> fixedPaths = new HashSet<>();
		for (RequestMappingInfo info : handlers.keySet()) {
			fixedPaths.addAll(getDirectPaths(info));
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null) {
				return null; // not parsed patterns (AntPathMatcher): no index
			}
			Set<String> patterns = condition.getPatternValues();
			String[] prefixes = patterns.stream().map(LiteralPrefixHandlerMapping::literalPrefix).toArray(String[]::new);
			Candidate candidate = new Candidate(info, prefixes);
			Set<String> segments = new HashSet<>();
			for (String pattern : patterns) {
				segments.add(completeFirstSegment(pattern));
			}
			if (segments.contains(null)) {
				always.add(candidate);
			}
			else {
				segments.forEach(s -> bySegment.computeIfAbsent(s, k -> new ArrayList<>()).add(candidate));
			}
		}
		return new Index(bySegment, always, fixedPaths, handlers);
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		index = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		index = null;
	}

	/** For the equivalence test: with {@code false} every lookup is Spring MVC's full one. */
	void setIndexed(boolean indexed) {
		this.indexed = indexed;
	}

	/** A pattern up to its first variable ({@code {id}}, {@code {*rest}}) or wildcard ({@code *}, {@code ?}). */
	static String literalPrefix(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?' || c == '\\') {
				return pattern.substring(0, i);
			}
		}
		return pattern;
	}

	/** The pattern's first segment when it is wholly literal, else {@code null} (such a pattern is always a candidate). */
	static String completeFirstSegment(String pattern) {
		String prefix = literalPrefix(pattern);
		if (!prefix.startsWith("/")) {
			return null;
		}
		int slash = prefix.indexOf('/', 1);
		if (slash > 0) {
			return prefix.substring(1, slash);
		}
		// "/login" (all literal) has the complete segment "login"; "/log{x}" or "/{id}" has none
		return prefix.equals(pattern) && prefix.length() > 1 ? prefix.substring(1) : null;
	}

	static String firstSegment(String path) {
		if (path.length() < 2) {
			return "";
		}
		int slash = path.indexOf('/', 1);
		return slash < 0 ? path.substring(1) : path.substring(1, slash);
	}

	static boolean fits(String path, String[] prefixes) {
		for (String prefix : prefixes) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return prefixes.length == 0;
	}
}
