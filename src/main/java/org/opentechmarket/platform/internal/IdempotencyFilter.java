package org.opentechmarket.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} request header on {@code POST /api/**} (draft-ietf-httpapi-idempotency-key-header): the first
 * request with a key runs and its response is stored; a retry with the same key and the same request gets the stored response
 * again (header {@code Idempotent-Replayed: true}) and changes nothing; the same key with another request is refused (422);
 * a retry while the first is still running gets 409. Keys belong to the signed-in user (another user's key is another key)
 * and are kept for {@code otm.api.idempotency.retention}.
 *
 * <p>A response with a server error (5xx) is not kept (its transaction rolled back), so the client may retry. Should the
 * process stop while a request runs, its key stays "in progress" until it expires: the outcome is unknown, and the client is
 * told (409) to look at the resource rather than blindly repeat. The domain's own transitions are idempotent as well, so the
 * key is a second line of defence for money and bids, not the only one.
 *
 * <p>Runs after Spring Security (the default filter order), so the user is known.
 */
@Component
@ConditionalOnWebApplication
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";
	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
	private static final int MAX_KEY_LENGTH = 255;

	private final JdbcTemplate jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final Duration retention;

	IdempotencyFilter(JdbcTemplate jdbc, JsonMapper json, Clock clock,
			@Value("${otm.api.idempotency.retention:P1D}") Duration retention) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.retention = retention;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
			problem(request, response, HttpStatus.BAD_REQUEST,
					"The Idempotency-Key header must be 1–255 visible ASCII characters.");
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
			// unauthenticated requests are refused by security before any effect; nothing to remember
			chain.doFilter(request, response);
			return;
		}
		String user = auth.getName();
		String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		boolean multipart = request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		// a multipart body is parsed by the container, which keeps its parts readable: hash those, leave the stream alone
		byte[] body = multipart ? partsDigest(request) : request.getInputStream().readAllBytes();
		String hash = hash(request.getMethod(), path, multipart ? "multipart" : request.getContentType(), body);

		int inserted = jdbc.update("""
				insert into idempotency_key (username, idempotency_key, request_hash, method, path, state, created_at)
				values (?, ?, ?, ?, ?, 'IN_PROGRESS', ?) on conflict do nothing""", user, key, hash, request.getMethod(),
				truncate(path, 2000), Timestamp.from(clock.instant()));
		if (inserted == 0) {
			answerRepeat(request, response, user, key, hash);
			return;
		}
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(multipart ? request : new ReplayedBody(request, body), captured);
			if (captured.getStatus() < 500) {
				jdbc.update("""
						update idempotency_key set state = 'COMPLETED', response_status = ?, response_type = ?,
						       response_location = ?, response_body = ?, completed_at = ?
						 where username = ? and idempotency_key = ?""", captured.getStatus(), captured.getContentType(),
						truncate(captured.getHeader("Location"), 2000), captured.getContentAsByteArray(),
						Timestamp.from(clock.instant()), user, key);
				stored = true;
			}
		}
		finally {
			if (!stored) {
				// a server error (or an exception) rolled the request's work back: free the key for a retry
				jdbc.update("delete from idempotency_key where username = ? and idempotency_key = ? and state = 'IN_PROGRESS'",
						user, key);
			}
			captured.copyBodyToResponse();
		}
	}

	private void answerRepeat(HttpServletRequest request, HttpServletResponse response, String user, String key, String hash)
			throws IOException {
		List<Stored> rows = jdbc.query("""
				select request_hash, state, response_status, response_type, response_location, response_body
				  from idempotency_key where username = ? and idempotency_key = ?""",
				(rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						rs.getBytes(6)),
				user, key);
		if (rows.isEmpty()) {
			// the first request failed and freed the key between our insert and this read: ask for a retry
			response.setHeader("Retry-After", "1");
			problem(request, response, HttpStatus.CONFLICT,
					"A request with this Idempotency-Key has just ended without a result; send it again.");
			return;
		}
		Stored first = rows.get(0);
		if (!first.requestHash().equals(hash)) {
			problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
					"This Idempotency-Key was already used for a different request; use a new key for a new request.");
			return;
		}
		if (!"COMPLETED".equals(first.state())) {
			response.setHeader("Retry-After", "1");
			problem(request, response, HttpStatus.CONFLICT,
					"A request with this Idempotency-Key is still being processed (or its outcome is unknown); "
							+ "look at the resource before sending it again.");
			return;
		}
		response.setStatus(first.status());
		if (first.type() != null) {
			response.setContentType(first.type());
		}
		if (first.location() != null) {
			response.setHeader("Location", first.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		if (first.body() != null) {
			response.setContentLength(first.body().length);
			response.getOutputStream().write(first.body());
		}
	}

	/** Keys older than the retention are forgotten: a retry that late is a new request. */
	@Scheduled(fixedDelayString = "${otm.api.idempotency.purge-interval:PT1H}", initialDelayString = "PT2M")
	void purge() {
		int purged = jdbc.update("delete from idempotency_key where created_at < ?",
				Timestamp.from(clock.instant().minus(retention)));
		if (purged > 0) {
			log.info("Forgot {} idempotency keys older than {}", purged, retention);
		}
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(problem));
	}

	static String hash(String method, String path, String contentType, byte[] body) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update((method + "\n" + path + "\n" + (contentType == null ? "" : contentType) + "\n")
				.getBytes(StandardCharsets.UTF_8));
			sha.update(body);
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] partsDigest(HttpServletRequest request) throws IOException, ServletException {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (jakarta.servlet.http.Part part : request.getParts()) {
				sha.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
				try (var in = part.getInputStream()) {
					sha.update(in.readAllBytes());
				}
			}
			return sha.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	private record Stored(String requestHash, String state, int status, String type, String location, byte[] body) {
	}

	/** The body was read to hash it; the handler reads it again from memory. */
	private static final class ReplayedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					java.nio.charset.Charset.forName(encoding)));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
