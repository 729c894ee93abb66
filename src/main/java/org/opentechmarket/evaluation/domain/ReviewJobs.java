package org.opentechmarket.evaluation.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The review clocks: expired invitations (with replacements), reminders and lateness. Scheduling is switched off for the
 * command line and in tests (otm.scheduling.enabled), which call the service's job methods with a moved clock instead.
 */
@Component
class ReviewJobs {

	private static final Logger log = LoggerFactory.getLogger(ReviewJobs.class);
	private final ReviewService service;

	ReviewJobs(ReviewService service) {
		this.service = service;
	}

	@Scheduled(fixedDelayString = "${otm.evaluation.job-interval:PT15M}", initialDelayString = "PT45S")
	void run() {
		try {
			int expired = service.expireInvitations();
			int reminded = service.sendReminders();
			int late = service.recordLateness();
			if (expired + reminded + late > 0) {
				log.info("Expert reviews: {} invitations expired, {} reminders sent, {} late reviews recorded", expired,
						reminded, late);
			}
		}
		catch (RuntimeException e) {
			log.warn("Expert review jobs failed: {}", e.getMessage());
		}
	}
}
