package org.opentechmarket.challenge.domain;

import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.Reviews;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what, in one place. The poster organisation's members (enterprise members, or the administrators of a
 * government poster) and whoever posted the call manage it; administrators manage every call; an application is the
 * applicant organisation's, and others read it only when entitled (the poster once the window has closed, administrators,
 * and the experts on its review panel). Whatever a user may not see answers "not found".
 */
@Component
public class ChallengeAccess {

	private final Reviews reviews;

	public ChallengeAccess(Reviews reviews) {
		this.reviews = reviews;
	}

	public boolean mayManage(CurrentUser user, Challenge c) {
		if (user == null) {
			return false;
		}
		return user.isAdmin() || user.getUsername().equals(c.getPostedBy())
				|| (user.belongsTo(c.getPosterOrganisationId()) && user.has(Role.ENTERPRISE));
	}

	/** Public calls for everyone; drafts and calls under review only for those who manage them. */
	public boolean mayView(CurrentUser user, Challenge c) {
		return c.isPublic() || mayManage(user, c);
	}

	/** Members of the applicant organisation who hold the research-holder role (or who submitted it) act for it. */
	public boolean mayActFor(CurrentUser user, ChallengeApplication a) {
		return user != null && user.belongsTo(a.getApplicantOrganisationId())
				&& (user.has(Role.INSTITUTION) || user.getUsername().equals(a.getSubmittedBy()));
	}

	/** The applicant organisation, administrators, the poster once the window is over, and the proposal's review panel. */
	public boolean mayRead(CurrentUser user, ChallengeApplication a, Challenge c) {
		if (user == null) {
			return false;
		}
		if (user.belongsTo(a.getApplicantOrganisationId()) || user.isAdmin()) {
			return true;
		}
		if (a.getStatus() == ApplicationStatus.WITHDRAWN) {
			return false;
		}
		if (mayManage(user, c) && c.applicationsUnsealed()) {
			return true;
		}
		return reviews.onPanel(ReviewSubjectType.CHALLENGE_APPLICATION, a.getId(), user);
	}

	/**
	 * The review's score, outcome and reasons: the applicant organisation, the poster (who awards) and administrators; never
	 * another applicant.
	 */
	public boolean mayReadResults(CurrentUser user, ChallengeApplication a, Challenge c) {
		return user != null && (user.belongsTo(a.getApplicantOrganisationId()) || mayManage(user, c));
	}

	/**
	 * A file: the call's own files with the call; a proposal's with the proposal; progress reports and the acceptance for the
	 * poster side, the winning team and administrators.
	 */
	public boolean mayDownload(CurrentUser user, ChallengeFile f, Challenge c, ChallengeApplication a) {
		return switch (f.getKind()) {
			case CHALLENGE -> mayView(user, c);
			case APPLICATION -> a != null && mayRead(user, a, c);
			case REPORT -> a != null && user != null && (user.belongsTo(a.getApplicantOrganisationId()) || mayManage(user, c));
			case ACCEPTANCE -> user != null && (mayManage(user, c) || (a != null
					&& user.belongsTo(a.getApplicantOrganisationId())));
		};
	}
}
