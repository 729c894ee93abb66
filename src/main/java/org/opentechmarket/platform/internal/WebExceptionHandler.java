package org.opentechmarket.platform.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.opentechmarket.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Pages: a refused action shows the reason in the user's language on the error page, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

	private final MessageSource messages;

	WebExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException e, HttpServletResponse response) {
		HttpStatus status = switch (e.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale()));
		return page;
	}

	/** Two writes of the same thing at the same moment: the database kept one; the other user is asked to reload. */
	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class })
	ModelAndView concurrentChange(RuntimeException e) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.CONFLICT);
		page.addObject("status", HttpStatus.CONFLICT.value());
		page.addObject("message", messages.getMessage("error.concurrentChange", null, LocaleContextHolder.getLocale()));
		return page;
	}
}
