package org.opentechmarket.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.ModelAndView;

/** A write that lost a race with another (unique key, version check) is a 409 with a readable message, not a 500. */
class ConcurrentChangeHandlingTest {

	private final StaticMessageSource messages = new StaticMessageSource();

	ConcurrentChangeHandlingTest() {
		messages.addMessage("error.concurrentChange", Locale.ENGLISH, "Someone else changed this. Reload.");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void apiAnswersAConflictProblem() {
		ResponseEntity<ProblemDetail> response = new ApiExceptionHandler(messages).concurrentChange(
				new DataIntegrityViolationException("duplicate key value violates unique constraint"),
				new MockHttpServletRequest("POST", "/api/v1/things"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getBody().getDetail()).isEqualTo("Someone else changed this. Reload.");
		assertThat(response.getBody().getDetail()).doesNotContain("duplicate key");
	}

	@Test
	void pagesShowTheConflictOnTheErrorPage() {
		ModelAndView page = new WebExceptionHandler(messages)
			.concurrentChange(new ObjectOptimisticLockingFailureException(Object.class, 1L));
		assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(page.getModel()).containsEntry("message", "Someone else changed this. Reload.");
	}
}
