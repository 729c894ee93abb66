package org.opentechmarket.evaluation;

import java.util.List;
import java.util.Optional;

import org.opentechmarket.platform.CurrentUser;

/** The review service other modules use: open a review of their subject, look it up, list a subject's reviews. */
public interface Reviews {

	/**
	 * Opens a review and draws its panel (administrators only).
	 * @throws org.opentechmarket.platform.DomainException 404 unknown subject, 400 invalid request, 409 too few eligible experts
	 */
	ReviewSummary open(CurrentUser admin, OpenReview request);

	/** The review when the viewer may see it. */
	Optional<ReviewSummary> find(long reviewId, CurrentUser viewer);

	/** The subject's reviews the viewer may see (administrators: all; reader organisations' members: all but private). */
	List<ReviewSummary> forSubject(ReviewSubjectType type, long subjectId, CurrentUser viewer);

	/**
	 * Whether the user holds a seat on the panel of a review of this subject that is not cancelled (invited, accepted or
	 * submitted): the subject's module lets panel members read the material they review, which may not be public.
	 */
	boolean onPanel(ReviewSubjectType type, long subjectId, CurrentUser user);

	/**
	 * Whether the user sits on the panel of a review of this subject that is not cancelled, having accepted the invitation
	 * (recusal confirmed) or submitted scores: the subject's module lets such panelists read what they score (e.g. opened
	 * tender offers, which nobody else outside the parties may read).
	 */
	boolean seatedOnPanel(ReviewSubjectType type, long subjectId, long userId);
}
