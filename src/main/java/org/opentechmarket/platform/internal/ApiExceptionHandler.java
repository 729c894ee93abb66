package org.opentechmarket.platform.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error is an RFC 9457 problem; validation problems list their field errors; no stack trace ever leaves. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		HttpStatus status = switch (e.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(e.code(), e.args(), e.code(), locale));
		problem.setType(URI.create("urn:opentechmarket:problem:" + e.code()));
		problem.setInstance(URI.create(request.getRequestURI()));
		if (!e.violations().isEmpty()) {
			problem.setProperty("errors", errors(e.violations(), locale));
		}
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(RuntimeException e, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	/** Two writes of the same thing at the same moment (a unique key or a version check): the database kept one. */
	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e, HttpServletRequest request) {
		log.info("Concurrent change refused on {}: {}", request.getRequestURI(), e.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("error.concurrentChange", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:opentechmarket:problem:error.concurrentChange"));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
		log.error("Unexpected error on {}", request.getRequestURI(), e);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				messages.getMessage("error.unexpected", null, LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.validation", null, locale));
		problem.setType(URI.create("urn:opentechmarket:problem:error.validation"));
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private List<Map<String, Object>> errors(List<FieldViolation> violations, Locale locale) {
		return violations.stream()
			.map(v -> Map.<String, Object>of("field", v.field(), "code", v.code(), "message",
					messages.getMessage(v.code(), v.argsArray(), v.code(), locale)))
			.toList();
	}
}
