package org.opentechmarket.institution;

/**
 * The subject of ratings and complaints.
 * @param kind organisation or broker
 * @param id the organisation id (people.Organisations) for {@link SubjectKind#ORGANISATION}, the user id for
 *        {@link SubjectKind#BROKER}
 */
public record FeedbackSubject(SubjectKind kind, long id) {

	public FeedbackSubject {
		if (kind == null) {
			throw new IllegalArgumentException("kind is required");
		}
	}

	public static FeedbackSubject organisation(long organisationId) {
		return new FeedbackSubject(SubjectKind.ORGANISATION, organisationId);
	}

	public static FeedbackSubject broker(long userId) {
		return new FeedbackSubject(SubjectKind.BROKER, userId);
	}
}
