package org.opentechmarket.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.evaluation.domain.AssignmentStatus;
import org.opentechmarket.evaluation.domain.Review;
import org.opentechmarket.evaluation.domain.ReviewAssignment;
import org.opentechmarket.evaluation.domain.ReviewService;
import org.opentechmarket.evaluation.domain.ReviewStatus;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Readers of a published review (the parties, or everyone for public ones) and the public board 评审公示. */
@Controller
class ReaderController {

	private final ReviewService service;

	ReaderController(ReviewService service) {
		this.service = service;
	}

	/**
	 * One reviewer as readers see them: an alias letter when the review is anonymous (专家A, B… in submission order),
	 * otherwise name, title and organisation.
	 */
	public record Reviewer(String alias, String name, String title, String organisation, ReviewAssignment assignment) {
	}

	static List<Reviewer> reviewers(Review review, List<ReviewAssignment> panel) {
		List<Reviewer> out = new ArrayList<>();
		List<ReviewAssignment> submitted = panel.stream()
			.filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED)
			.sorted(java.util.Comparator.comparing(ReviewAssignment::getSubmittedAt).thenComparing(ReviewAssignment::getId))
			.toList();
		for (int i = 0; i < submitted.size(); i++) {
			ReviewAssignment a = submitted.get(i);
			String alias = String.valueOf((char) ('A' + (i % 26))) + (i >= 26 ? String.valueOf(i / 26) : "");
			out.add(review.isAnonymous() ? new Reviewer(alias, null, null, null, a)
					: new Reviewer(alias, a.getExpertName(), a.getExpertTitle(), a.getOrganisationName(), a));
		}
		return out;
	}

	@GetMapping("/reviews/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser viewer, @PathVariable long id, Model model) {
		Review review = service.readable(viewer, id);
		boolean published = review.getStatus() == ReviewStatus.PUBLISHED;
		model.addAttribute("review", review);
		model.addAttribute("published", published);
		model.addAttribute("deadlineDay", service.deadlineDay(review));
		model.addAttribute("reviewers", published ? reviewers(review, service.panel(id)) : List.of());
		model.addAttribute("trimmed", published && service.trimmed(id));
		return "evaluation/review";
	}

	public record Notice(Review review, List<Reviewer> reviewers) {
	}

	@GetMapping("/review-notices")
	String board(Model model) {
		List<Notice> notices = service.publicBoard()
			.stream()
			.map(r -> new Notice(r, reviewers(r, service.panel(r.getId()))))
			.toList();
		model.addAttribute("notices", notices);
		return "evaluation/notices";
	}

}
