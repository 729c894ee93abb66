package org.opentechmarket.platform.internal;

import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. The API ({@code /api/**}, actuator) is stateless HTTP Basic, so it needs no CSRF token and cannot be ridden by a
 * browser session. The web pages use a session with form login and CSRF on every form.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/achievements", "/api/v1/achievements/*", "/api/v1/codes/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/institutions", "/api/v1/institutions/**", "/api/v1/providers",
						"/api/v1/providers/**", "/api/v1/rankings/**", "/api/v1/brokers", "/api/v1/brokers/*", "/api/v1/needs",
						"/api/v1/needs/*", "/api/v1/notices", "/api/v1/notices/*")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/challenges", "/api/v1/challenges/{id:[0-9]+}").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/auctions", "/api/v1/auctions/**").permitAll()
				// listings and tenders are public; what a caller may see beyond that is decided in the listing module
				.requestMatchers(HttpMethod.GET, "/api/v1/listings", "/api/v1/listings/**", "/api/v1/tenders", "/api/v1/tenders/**")
				.permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"OpenTechMarket\"");
				problem(response, json, HttpStatus.UNAUTHORIZED, "Authentication required", request.getRequestURI());
			}))
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problem(response, json,
					HttpStatus.FORBIDDEN, "You are not allowed to do this", request.getRequestURI())))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/** Known sessions, so that disabling a user or changing their roles ends the sessions they have open. */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/achievements", "/achievements/facets", "/notices", "/achievements/{id:[0-9]+}", "/signup", "/login",
						"/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/v3/api-docs/**",
						"/swagger-ui/**", "/swagger-ui.html", "/codes/**")
				.permitAll()
				// public directories, rankings and review publicity (评审公示)
				.requestMatchers(HttpMethod.GET, "/institutions", "/institutions/**", "/providers", "/providers/**", "/brokers",
						"/brokers/**", "/review-notices", "/review-notices/**", "/needs", "/needs/{id:[0-9]+}",
						"/trade-notices", "/trade-notices/{id:[0-9]+}")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/challenges", "/challenges/{id:[0-9]+}").permitAll()
				// matching parts of the public need and achievement pages (matching module; non-public needs answer 404)
				.requestMatchers(HttpMethod.GET, "/needs/{id:[0-9]+}/matches", "/achievements/{id:[0-9]+}/needs",
						"/achievements/{id:[0-9]+}/similar")
				.permitAll()
				// the unsubscribe link of digest mails works without signing in: its signed token is the proof (subscription)
				.requestMatchers("/unsubscribe")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/auctions", "/auctions/*", "/auctions/*/bids", "/auctions/*/events").permitAll()
				.requestMatchers(HttpMethod.GET, "/listings", "/listings/{id:[0-9]+}", "/tenders", "/tenders/{id:[0-9]+}")
				.permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			// RFC 8058 one-click unsubscribe: mail providers POST without a CSRF token; the signed token guards it
			.csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers(headers -> {
				// security headers are written before the request is handled, not when its response is committed: a live
				// auction's event stream is committed by the sender thread while the request thread is still leaving the
				// filter chain, and both touching the headers at once broke streams under load
				headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
					@Override
					public <O extends HeaderWriterFilter> O postProcess(O filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				});
				headers
					.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
					.contentSecurityPolicy(csp -> csp.policyDirectives(
							"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
									+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"));
			});
		return http.build();
	}

	private static void problem(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail, String uri)
			throws java.io.IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(uri));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
